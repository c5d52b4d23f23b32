package org.candor.language;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.candor.identity.CurrentAccount;
import org.candor.identity.OwnAccount;
import org.candor.platform.Language;

/**
 * The language links on every page post here (from Candor's own pages only: {@code
 * platform.SameOriginWrites}). The choice holds for the browser session and, for a signed-in
 * person, is saved in their profile; then the browser goes back to the page it was on.
 */
@WebServlet("/language")
public class LanguageSwitch extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject CurrentAccount current;
  @Inject OwnAccount ownAccount;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<Language> language = Language.byTag(request.getParameter("lang"));
    if (language.isEmpty()) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Unknown language: choose en, fr or zh.");
      return;
    }
    request.getSession(true).setAttribute(LanguageSelection.SESSION_LANGUAGE, language.get().tag());
    if (current.find().isPresent()) {
      ownAccount.chooseLanguage(language.get());
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + safeReturnPath(request.getParameter("return")));
  }

  /** Only a path inside the application: never another host, so the switch cannot be used to redirect away. */
  static String safeReturnPath(String requested) {
    if (requested == null
        || !requested.startsWith("/")
        || requested.startsWith("//")
        || requested.contains("\\")
        || requested.chars().anyMatch(Character::isISOControl)) {
      return "/";
    }
    return requested;
  }
}
