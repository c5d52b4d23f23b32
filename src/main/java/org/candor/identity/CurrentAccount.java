package org.candor.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.candor.platform.Problem;
import org.candor.platform.ProblemException;

/** The account behind the current request, for services that check who may do what. */
@RequestScoped
public class CurrentAccount {

  @Inject SecurityContext security;
  @Inject Accounts accounts;

  private Account cached;

  public Optional<Account> find() {
    if (cached == null) {
      Principal principal = security.getCallerPrincipal();
      if (principal != null) {
        cached = accounts.byUsername(principal.getName()).filter(Account::enabled).orElse(null);
      }
    }
    return Optional.ofNullable(cached);
  }

  public Account require() {
    return find()
        .orElseThrow(
            () -> new ProblemException(Problem.of(401, "Unauthorized", "Sign in or send a bearer token.")));
  }

  public boolean hasRole(Role role) {
    return find().map(a -> a.hasRole(role)).orElse(false);
  }
}
