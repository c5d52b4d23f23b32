package org.candor.workshop;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import org.candor.platform.ClientAddress;
import org.candor.platform.FormErrors;
import org.candor.platform.Messages;
import org.candor.platform.ProblemException;

/** The participant's join page: a code (filled in from the QR link) and an optional pseudonym. */
@Named
@ViewScoped
public class JoinView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ClientAddress clientAddress;
  @Inject transient Workshops workshops;
  @Inject transient FacesContext faces;
  @Inject transient Messages messages;

  private String code;
  private String pseudonym;

  public String join() {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    try {
      JoinOutcome outcome = workshops.join(clientAddress.get(), code, pseudonym, Pseudonyms.generate(messages.get("workshop.pseudonym.generated")));
      if (outcome instanceof JoinOutcome.Joined joined) {
        RoomCookie.set(request, (HttpServletResponse) external.getResponse(), joined.token());
        return "/room?faces-redirect=true";
      }
      String message = outcome instanceof JoinOutcome.Throttled throttled
          ? messages.format("join.throttled", Math.max(1, throttled.retryAfter().toSeconds()))
          : messages.get("join.wrongCode");
      FormErrors.show(faces, "join", ProblemException.invalidField("code", message));
    } catch (ProblemException e) {
      FormErrors.show(faces, "join", e);
    }
    return null;
  }

  public String getCode() { return code; }
  public void setCode(String v) { code = v; }
  public String getPseudonym() { return pseudonym; }
  public void setPseudonym(String v) { pseudonym = v; }
}
