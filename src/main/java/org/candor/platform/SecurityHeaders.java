package org.candor.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Sends the browser-side protections with every response — pages, API, static files, error pages:
 * the Content-Security-Policy, {@code nosniff}, a same-origin Referrer-Policy and frame denial.
 *
 * <p>The policy is written once, as the {@code primefaces.CSP_POLICY} context parameter in web.xml,
 * and ends with its {@code script-src}. On a Faces page PrimeFaces appends that render's nonce to
 * it (for the scripts it writes itself) and adds the header again; this filter makes that second
 * header replace the first, because a browser enforces every CSP header it receives and the
 * nonce-less one would block PrimeFaces' own scripts. Everywhere else the policy goes out as
 * written: scripts from Candor's own files only.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String CSP = "Content-Security-Policy";
  static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";

  @Override
  public void init() throws ServletException {
    String configured = getServletContext().getInitParameter(POLICY_PARAMETER);
    if (configured == null || !configured.trim().endsWith("script-src 'self'")) {
      throw new ServletException(POLICY_PARAMETER + " must be set in web.xml and end with script-src 'self'");
    }
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    addTo(request, response);
    chain.doFilter(request, new OnePolicy(response));
  }

  /**
   * Sets the headers on a response; also for the answers the authentication mechanism gives before
   * any filter runs (401 to the API, the redirect to the login page).
   */
  public static void addTo(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader(CSP, request.getServletContext().getInitParameter(POLICY_PARAMETER).trim() + ";");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    // Payara sends SAMEORIGIN by default; nothing is meant to frame Candor (frame-ancestors 'none' too).
    response.setHeader("X-Frame-Options", "DENY");
  }

  /** Turns a second Content-Security-Policy header (PrimeFaces', with its nonce) into a replacement. */
  private static final class OnePolicy extends HttpServletResponseWrapper {

    OnePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
