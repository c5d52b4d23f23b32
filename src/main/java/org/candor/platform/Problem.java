package org.candor.platform;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} names each field at fault, so a client can show the
 * message beside the input that caused it.
 */
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public record FieldError(String field, String message) {}

  /** A problem that also tells the object as it is now ({@link ProblemException#withCurrent}). */
  public record WithCurrent(String type, String title, int status, String detail, List<FieldError> errors, Object current) {}

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, List.of());
  }

  public static Problem forField(int status, String title, String field, String message) {
    return new Problem("about:blank", title, status, message, List.of(new FieldError(field, message)));
  }
}
