package org.candor.language;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.candor.identity.Account;
import org.candor.identity.CurrentAccount;
import org.candor.engine.Questionnaire;
import org.candor.platform.ApiApplication;
import org.candor.platform.Language;

/**
 * The language of this request: for pages, the one chosen in this browser session, else the one
 * saved in the signed-in person's profile, else the browser's, else English; for the API, the
 * request's Accept-Language, else English, so that a script's output does not depend on a profile.
 */
@Named("language")
@RequestScoped
public class LanguageSelection {

  static final String SESSION_LANGUAGE = "candor.language";

  @Inject HttpServletRequest request;
  @Inject CurrentAccount current;

  private Language resolved;

  public Language getCurrent() {
    if (resolved == null) {
      resolved = resolve();
    }
    return resolved;
  }

  public Locale getLocale() {
    return getCurrent().locale();
  }

  public String getTag() {
    return getCurrent().tag();
  }

  public List<Language> getChoices() {
    return List.of(Language.values());
  }

  /** Where the language switch returns to: this page with its query, relative to the application. */
  public String getReturnPath() {
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String uri = forwarded instanceof String original ? original : request.getRequestURI();
    String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    String query = forwarded == null ? request.getQueryString() : (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
    return query == null ? path : path + "?" + query;
  }

  /** The questionnaire with its texts in this request's language, where it has them. */
  public Questionnaire translate(Questionnaire questionnaire) {
    return questionnaire.in(getLocale());
  }

  private Language resolve() {
    Language requested =
        request.getHeader("Accept-Language") == null
            ? null
            : Language.firstSpoken(Collections.list(request.getLocales())).orElse(null);
    if (request.getRequestURI().startsWith(request.getContextPath() + ApiApplication.PATH + "/")) {
      return requested == null ? Language.DEFAULT : requested;
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_LANGUAGE) instanceof String chosen) {
      return Language.byTag(chosen).orElse(Language.DEFAULT);
    }
    return current
        .find()
        .map(Account::preferredLanguage)
        .flatMap(Language::byTag)
        .or(() -> Optional.ofNullable(requested))
        .orElse(Language.DEFAULT);
  }
}
