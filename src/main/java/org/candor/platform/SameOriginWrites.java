package org.candor.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * Refuses, with 403, a change that a browser sends from another site with the cookies it holds
 * for Candor: an API write or WebSocket handshake that carries an {@code Origin} other than
 * Candor's own. Clients with a bearer token are not riding on cookies and pass; so does a request
 * without {@code Origin}, which browsers send with every cross-site write.
 */
@WebFilter(urlPatterns = {"/api/*", "/ws/*", "/language"})
public class SameOriginWrites extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean handshake = "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
    boolean write = !READS.contains(request.getMethod());
    boolean cookieBorne = request.getHeader("Authorization") == null;
    if ((write || handshake) && cookieBorne && fromAnotherSite(request.getHeader("Origin"), request.getHeader("Host"))) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType(Problem.MEDIA_TYPE);
      try (Jsonb json = JsonbBuilder.create()) {
        response.getWriter().write(json.toJson(
            Problem.of(403, "Forbidden", "Changes to Candor are accepted only from Candor's own pages.")));
      } catch (Exception e) {
        throw new IOException(e);
      }
      return;
    }
    chain.doFilter(request, response);
  }

  /** Whether an Origin names another site than the Host the request was sent to. */
  static boolean fromAnotherSite(String origin, String host) {
    if (origin == null) {
      return false;
    }
    try {
      return !String.valueOf(URI.create(origin).getAuthority()).equalsIgnoreCase(host);
    } catch (IllegalArgumentException malformed) {
      return true;
    }
  }
}
