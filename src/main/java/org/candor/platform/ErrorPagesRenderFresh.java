package org.candor.platform;

import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An error page is a new page, not a postback of the form whose request failed: the failed form's
 * view state is hidden from it. Otherwise Faces treats rendering the error page as a postback, and
 * PrimeFaces' CSP mode looks for the failed form's script nonce, fails without one (a forged or
 * scripted post) and leaves an empty 500 instead of "The page expired".
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPagesRenderFresh extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(new WithoutViewState(request), response);
  }

  private static final class WithoutViewState extends HttpServletRequestWrapper {

    WithoutViewState(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getParameter(String name) {
      return ResponseStateManager.VIEW_STATE_PARAM.equals(name) ? null : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
      return ResponseStateManager.VIEW_STATE_PARAM.equals(name) ? null : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return super.getParameterMap().entrySet().stream()
          .filter(e -> !ResponseStateManager.VIEW_STATE_PARAM.equals(e.getKey()))
          .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(getParameterMap().keySet());
    }
  }
}
