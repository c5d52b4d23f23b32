package org.candor.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code Idempotency-Key} for methods marked {@link Idempotent}. The request filter claims the
 * (caller, key) pair in the database before the method runs; the response filter and the writer
 * interceptor record the status and body the client is sent. A retry then gets that response back
 * without running the method, on whichever node it lands.
 *
 * <p>The claim commits before the method's own transaction, so a node dying in between leaves a
 * claim without a response; a retry takes it over once it is older than the lease and runs the
 * method again. That is safe for methods that set state (like saving an answer); a method that
 * appends must not rely on this alone.
 */
public final class Idempotency {

  private Idempotency() {}

  private static final Logger LOG = Logger.getLogger(Idempotency.class.getName());
  private static final int MAX_KEY_LENGTH = 255;
  /** Request property naming the key this request has claimed and must record or release. */
  private static final String CLAIMED = Idempotency.class.getName() + ".claimed";
  private static final String STATUS = Idempotency.class.getName() + ".status";

  private record Claim(String caller, String key) {}

  @Provider
  @Idempotent
  @Priority(Priorities.USER)
  public static class ClaimFilter implements ContainerRequestFilter {

    @Inject IdempotencyStore store;

    @Inject
    @ConfigProperty(name = "candor.idempotency.lease-seconds", defaultValue = "15")
    long leaseSeconds;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
      String key = request.getHeaderString(Idempotent.HEADER);
      Principal caller = request.getSecurityContext().getUserPrincipal();
      if (key == null || caller == null) {
        return;
      }
      if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
        throw new ProblemException(
            Problem.forField(400, "Invalid request", Idempotent.HEADER, "Send a key of 1 to " + MAX_KEY_LENGTH + " characters."));
      }
      byte[] body = request.getEntityStream().readAllBytes();
      request.setEntityStream(new ByteArrayInputStream(body));
      String hash = hash(request.getMethod(), request.getUriInfo().getRequestUri().getRawPath(), body);
      Claim claim = new Claim(caller.getName(), key);
      try {
        Optional<IdempotencyStore.Stored> existing = store.claim(claim.caller(), key, hash);
        if (existing.isEmpty()) {
          request.setProperty(CLAIMED, claim);
          return;
        }
        IdempotencyStore.Stored stored = existing.get();
        if (!stored.requestHash().equals(hash)) {
          request.abortWith(
              ProblemResponses.respond(
                  Problem.forField(
                      422,
                      "Idempotency key reused",
                      Idempotent.HEADER,
                      "This key was used for a different request; use a new key for a new request.")));
        } else if (stored.finished()) {
          request.abortWith(
              Response.status(stored.status())
                  .type(stored.type())
                  .entity(stored.body())
                  .header(Idempotent.REPLAYED_HEADER, "true")
                  .build());
        } else if (store.takeOverAbandoned(claim.caller(), key, hash, Duration.ofSeconds(leaseSeconds))) {
          request.setProperty(CLAIMED, claim);
        } else {
          request.abortWith(
              Response.fromResponse(
                      ProblemResponses.respond(
                          Problem.of(409, "Request in progress", "A request with this idempotency key is still running; retry shortly.")))
                  .header("Retry-After", "1")
                  .build());
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Idempotency key store unavailable", e);
      }
    }

    private static String hash(String method, String path, byte[] body) {
      try {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(body);
        return HexFormat.of().formatHex(digest.digest());
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * Records what the claimed request answered. Responses with a body are recorded once the body is
   * written ({@link RecordingInterceptor}); a 5xx frees the key instead, because nothing was done.
   */
  @Provider
  @Idempotent
  public static class RecordingFilter implements ContainerResponseFilter {

    @Inject IdempotencyStore store;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (!(request.getProperty(CLAIMED) instanceof Claim claim)) {
        return;
      }
      try {
        if (response.getStatus() >= 500) {
          request.removeProperty(CLAIMED);
          store.release(claim.caller(), claim.key());
        } else if (!response.hasEntity()) {
          request.removeProperty(CLAIMED);
          store.complete(claim.caller(), claim.key(), response.getStatus(), null, null);
        } else {
          request.setProperty(STATUS, response.getStatus());
        }
      } catch (SQLException e) {
        // The client still gets its answer; a retry would find the claim and take it over after the lease.
        LOG.log(Level.WARNING, "Could not record the result of idempotency key " + claim.key(), e);
      }
    }
  }

  @Provider
  @Idempotent
  public static class RecordingInterceptor implements WriterInterceptor {

    @Inject IdempotencyStore store;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
      if (!(context.getProperty(CLAIMED) instanceof Claim claim) || !(context.getProperty(STATUS) instanceof Integer status)) {
        context.proceed();
        return;
      }
      ByteArrayOutputStream copy = new ByteArrayOutputStream();
      OutputStream original = context.getOutputStream();
      context.setOutputStream(new TeeStream(original, copy));
      context.proceed();
      context.removeProperty(CLAIMED);
      MediaType type = context.getMediaType();
      try {
        store.complete(claim.caller(), claim.key(), status, type == null ? null : type.toString(), copy.toByteArray());
      } catch (SQLException e) {
        LOG.log(Level.WARNING, "Could not record the result of idempotency key " + claim.key(), e);
      }
    }
  }

  private static final class TeeStream extends FilterOutputStream {
    private final OutputStream copy;

    TeeStream(OutputStream out, OutputStream copy) {
      super(out);
      this.copy = copy;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      copy.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
      copy.write(bytes, offset, length);
    }
  }
}
