package org.candor.identity;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.candor.platform.FormErrors;
import org.candor.platform.Messages;
import org.candor.platform.ProblemException;

/** The "My account" page: change my password, see and revoke my API tokens. */
@Named
@ViewScoped
public class MyAccountView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient OwnAccount ownAccount;
  @Inject transient ApiTokens tokens;
  @Inject transient CurrentAccount current;
  @Inject transient FacesContext faces;
  @Inject transient Messages messages;

  private String currentPassword;
  private String newPassword;
  private String repeated;

  public List<ApiToken> getTokens() {
    return tokens.of(current.require());
  }

  public void changePassword() {
    try {
      ownAccount.changePassword(currentPassword, newPassword, repeated);
      FormErrors.info(faces, messages.get("myAccount.passwordChanged"));
    } catch (ProblemException e) {
      FormErrors.show(faces, "password", e);
    } finally {
      currentPassword = null;
      newPassword = null;
      repeated = null;
    }
  }

  public void revoke(ApiToken token) {
    tokens.revoke(current.require(), token.id());
    FormErrors.info(faces, messages.format("myAccount.revoked", token.name()));
  }

  public String getCurrentPassword() { return currentPassword; }
  public void setCurrentPassword(String v) { currentPassword = v; }
  public String getNewPassword() { return newPassword; }
  public void setNewPassword(String v) { newPassword = v; }
  public String getRepeated() { return repeated; }
  public void setRepeated(String v) { repeated = v; }
}
