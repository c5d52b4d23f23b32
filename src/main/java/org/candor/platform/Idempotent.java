package org.candor.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API method that honours the {@code Idempotency-Key} request header (see {@link
 * Idempotency}): a retried request with the same key gets the first result again and changes
 * nothing; the same key with a different request is refused with 422; a duplicate arriving while
 * the first is still running is refused with 409.
 */
@jakarta.ws.rs.NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {
  String HEADER = "Idempotency-Key";
  /** Set on a response that repeats a stored result instead of running the request again. */
  String REPLAYED_HEADER = "Idempotent-Replayed";
}
