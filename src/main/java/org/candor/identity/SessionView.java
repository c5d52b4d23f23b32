package org.candor.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.candor.audit.AuditLog;

/** The signed-in person as the layout shows them, and signing out. */
@Named
@RequestScoped
public class SessionView {

  @Inject CurrentAccount current;
  @Inject FacesContext faces;
  @Inject AuditLog audit;

  public boolean isSignedIn() {
    return current.find().isPresent();
  }

  public String getDisplayName() {
    return current.find().map(Account::displayName).orElse("");
  }

  public boolean isAdmin() {
    return current.hasRole(Role.ADMIN);
  }

  /** Facilitators run workshops; admins may too. */
  public boolean isFacilitator() {
    return current.hasRole(Role.FACILITATOR) || current.hasRole(Role.ADMIN);
  }

  public boolean isDepartmentHead() {
    return current.hasRole(Role.DEPARTMENT_HEAD);
  }

  public void logout() throws IOException, ServletException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    current.find().ifPresent(me -> audit.record("account.logout", "account", me.id(), null));
    request.logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + CandorAuthenticationMechanism.LOGIN_PAGE + "?signedOut=true");
  }
}
