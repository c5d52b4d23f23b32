package org.candor.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.candor.platform.Messages;

/** The login page. */
@Named
@RequestScoped
public class LoginView {

  static final String HOME = "/app/home.xhtml";

  @Inject SecurityContext security;
  @Inject Authenticator authenticator;
  @Inject FacesContext faces;
  @Inject Messages messages;

  private String username;
  private String password;
  private String next;

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    Duration locked = authenticator.lockRemaining(username);
    if (!locked.isZero()) {
      throttled(locked);
      return;
    }
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(Accounts.normalise(username), new Password(password))));
    switch (status) {
      case SUCCESS -> external.redirect(external.getRequestContextPath() + safeNext());
      case SEND_CONTINUE -> faces.responseComplete();
      default -> {
        Duration lockedNow = authenticator.lockRemaining(username);
        if (!lockedNow.isZero()) {
          throttled(lockedNow);
        } else {
          faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("login.failed"), null));
        }
      }
    }
  }

  private void throttled(Duration locked) {
    long seconds = Math.max(1, locked.toSeconds());
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.format("login.throttled", seconds), null));
  }

  /** Only paths inside Candor: an absolute or protocol-relative URL would make this an open redirect. */
  private String safeNext() {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\") || next.startsWith("/login")) {
      return HOME;
    }
    return next;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
