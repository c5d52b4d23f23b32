package org.candor.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.candor.platform.ApiApplication;
import org.candor.platform.Problem;
import org.candor.platform.SecurityHeaders;

/**
 * One mechanism for both channels, because Jakarta Security 3 allows only one per application:
 * API calls authenticate statelessly with a bearer token; browsers log in on the login page and
 * keep an HTTP session whose id is renewed at login.
 */
@ApplicationScoped
public class CandorAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String SESSION_ACCOUNT = "candor.accountId";
  public static final String LOGIN_PAGE = "/login.xhtml";

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject IdentityStoreHandler identityStores;
  @Inject Accounts accounts;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // It runs before the servlet filters and may answer on its own (401, the login redirect).
    SecurityHeaders.addTo(request, response);
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return bearer(authorization.substring(7).trim(), request, response, context);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return login(credential, request, context);
    }
    Optional<Account> sessionAccount = sessionAccount(request);
    if (sessionAccount.isPresent()) {
      Account account = sessionAccount.get();
      return context.notifyContainerAboutLogin(account.username(), CallerGroups.of(account));
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(request)) {
      return unauthorized(response, context, "Authenticate with 'Authorization: Bearer <token>'.");
    }
    return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next=" + next(request));
  }

  private AuthenticationStatus bearer(
      String token, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    CredentialValidationResult result = identityStores.validate(new BearerTokenCredential(token));
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      return context.notifyContainerAboutLogin(result);
    }
    if (!context.isProtected() && !isApi(request)) {
      return context.doNothing();
    }
    return unauthorized(response, context, "The bearer token is unknown, expired or revoked.");
  }

  private AuthenticationStatus login(
      Credential credential, HttpServletRequest request, HttpMessageContext context) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      // No error response: the login page renders its own message.
      return AuthenticationStatus.SEND_FAILURE;
    }
    HttpSession existing = request.getSession(false);
    if (existing != null) {
      request.changeSessionId();
    }
    HttpSession session = request.getSession(true);
    accounts
        .byUsername(result.getCallerPrincipal().getName())
        .ifPresent(account -> session.setAttribute(SESSION_ACCOUNT, account.id()));
    return context.notifyContainerAboutLogin(result);
  }

  /** The session's account, re-read on every request so that disabling an account takes effect at once. */
  private Optional<Account> sessionAccount(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(SESSION_ACCOUNT) instanceof Long id)) {
      return Optional.empty();
    }
    Optional<Account> account = accounts.byId(id).filter(Account::enabled);
    if (account.isEmpty()) {
      session.invalidate();
    }
    return account;
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + ApiApplication.PATH + "/");
  }

  private static String next(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String query = request.getQueryString();
    return URLEncoder.encode(query == null ? path : path + "?" + query, StandardCharsets.UTF_8);
  }

  private static AuthenticationStatus unauthorized(
      HttpServletResponse response, HttpMessageContext context, String detail) {
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Bearer realm=\"candor\"");
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(JSON.toJson(Problem.of(401, "Unauthorized", detail)));
    } catch (IOException e) {
      // The client went away; there is nobody left to tell.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
