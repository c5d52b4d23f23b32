package org.candor.identity;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import org.candor.platform.FormErrors;
import org.candor.platform.Messages;
import org.candor.platform.ProblemException;

/** The administrator's accounts page. */
@Named
@ViewScoped
public class AccountsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AccountAdministration administration;
  @Inject transient Accounts accounts;
  @Inject transient FacesContext faces;
  @Inject transient Messages messages;

  private String username;
  private String displayName;
  private String password;
  private Role[] roles = new Role[0];

  private Long editedId;
  private String editedName;
  private Role[] editedRoles = new Role[0];
  private String newPassword;

  public List<Account> getAccounts() {
    return accounts.all();
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public void create() {
    try {
      Account created = administration.create(username, displayName, password, asSet(roles));
      FormErrors.info(faces, messages.format("accounts.createdMessage", created.username()));
      username = null;
      displayName = null;
      password = null;
      roles = new Role[0];
    } catch (ProblemException e) {
      FormErrors.show(faces, "create", e);
    }
  }

  public void edit(Account account) {
    editedId = account.id();
    editedName = account.username();
    editedRoles = account.roles().toArray(Role[]::new);
    newPassword = null;
  }

  public void saveEdit() {
    try {
      administration.changeRoles(editedId, asSet(editedRoles));
      if (newPassword != null && !newPassword.isEmpty()) {
        administration.resetPassword(editedId, newPassword);
      }
      FormErrors.info(faces, messages.format("accounts.savedMessage", editedName));
      editedId = null;
    } catch (ProblemException e) {
      FormErrors.show(faces, "edit", e);
    }
  }

  public void toggleEnabled(Account account) {
    try {
      administration.setEnabled(account.id(), !account.enabled());
    } catch (ProblemException e) {
      FormErrors.show(faces, "accounts", e);
    }
  }

  /** Arrays, not lists: Faces converts enum values only when it can see the element type. */
  private static EnumSet<Role> asSet(Role[] chosen) {
    EnumSet<Role> set = EnumSet.noneOf(Role.class);
    if (chosen != null) {
      set.addAll(List.of(chosen));
    }
    return set;
  }

  public String getUsername() { return username; }
  public void setUsername(String username) { this.username = username; }
  public String getDisplayName() { return displayName; }
  public void setDisplayName(String displayName) { this.displayName = displayName; }
  public String getPassword() { return password; }
  public void setPassword(String password) { this.password = password; }
  public Role[] getRoles() { return roles; }
  public void setRoles(Role[] roles) { this.roles = roles; }
  public Long getEditedId() { return editedId; }
  public String getEditedName() { return editedName; }
  public Role[] getEditedRoles() { return editedRoles; }
  public void setEditedRoles(Role[] editedRoles) { this.editedRoles = editedRoles; }
  public String getNewPassword() { return newPassword; }
  public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
}
