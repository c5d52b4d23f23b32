package org.candor.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;
import java.util.regex.Pattern;
import org.candor.audit.AuditLog;
import org.candor.platform.ProblemException;
import org.candor.platform.Text;

/** What an administrator does to accounts: create, change roles, reset passwords, disable. */
@ApplicationScoped
public class AccountAdministration {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  @Inject AuditLog audit;
  @Inject Accounts accounts;
  @Inject Passwords passwords;
  @Inject CurrentAccount current;
  @Inject Clock clock;

  @Transactional
  public Account create(String username, String displayName, String password, Set<Role> roles) {
    requireAdmin();
    String name = Accounts.normalise(username);
    if (!USERNAME.matcher(name).matches()) {
      throw ProblemException.invalidField(
          "username", Text.of("problem.usernamePattern"));
    }
    if (accounts.byUsername(name).isPresent()) {
      throw ProblemException.invalidField("username", Text.of("problem.usernameTaken", name));
    }
    String display = displayName == null || displayName.isBlank() ? name : displayName.trim();
    if (display.length() > 200) {
      throw ProblemException.invalidField("displayName", Text.of("problem.tooLong", 200));
    }
    checkPassword(password, name);
    Account created = accounts.add(new Account(name, display, passwords.hash(password), roles, clock.instant()));
    audit.record("account.create", "account", created.id(), "roles " + created.roles());
    return created;
  }

  @Transactional
  public void changeRoles(long accountId, Set<Role> roles) {
    Account admin = requireAdmin();
    Account account = find(accountId);
    if (account.id().equals(admin.id()) && !roles.contains(Role.ADMIN)) {
      throw ProblemException.invalidField("roles", Text.of("problem.ownAdminRole"));
    }
    account.grantRoles(roles);
    audit.record("account.roles", "account", accountId, "roles " + account.roles());
  }

  @Transactional
  public void resetPassword(long accountId, String password) {
    requireAdmin();
    Account account = find(accountId);
    checkPassword(password, account.username());
    account.changePassword(passwords.hash(password));
    audit.record("account.resetPassword", "account", accountId, null);
  }

  @Transactional
  public void setEnabled(long accountId, boolean enabled) {
    Account admin = requireAdmin();
    Account account = find(accountId);
    if (account.id().equals(admin.id()) && !enabled) {
      throw ProblemException.invalidField("enabled", Text.of("problem.ownAccountDisabled"));
    }
    if (enabled) {
      account.enable();
    } else {
      account.disable();
    }
    audit.record(enabled ? "account.enable" : "account.disable", "account", accountId, null);
  }

  private Account find(long accountId) {
    return accounts.byId(accountId).orElseThrow(() -> ProblemException.notFound("There is no account " + accountId + "."));
  }

  private void checkPassword(String password, String username) {
    Text weakness = Passwords.weakness(password, username);
    if (weakness != null) {
      throw ProblemException.invalidField("password", weakness);
    }
  }

  private Account requireAdmin() {
    Account account = current.require();
    if (!account.hasRole(Role.ADMIN)) {
      throw ProblemException.forbidden("Only administrators manage accounts.");
    }
    return account;
  }
}
