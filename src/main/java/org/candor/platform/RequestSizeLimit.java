package org.candor.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Refuses request bodies over {@code candor.api.max-body-bytes}, declared or streamed. */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {

  @Inject
  @ConfigProperty(name = "candor.api.max-body-bytes", defaultValue = "524288")
  long maxBodyBytes;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > maxBodyBytes) {
      throw tooLarge();
    }
    request.setEntityStream(new LimitedStream(request.getEntityStream(), maxBodyBytes));
  }

  private WebApplicationException tooLarge() {
    Problem problem =
        Problem.of(413, "Request body too large", "Request bodies are limited to " + maxBodyBytes + " bytes.");
    return new WebApplicationException(ProblemResponses.respond(problem));
  }

  private final class LimitedStream extends FilterInputStream {
    private long remaining;

    LimitedStream(InputStream in, long limit) {
      super(in);
      this.remaining = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        consumed(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        consumed(n);
      }
      return n;
    }

    private void consumed(int n) {
      remaining -= n;
      if (remaining < 0) {
        throw tooLarge();
      }
    }
  }
}
