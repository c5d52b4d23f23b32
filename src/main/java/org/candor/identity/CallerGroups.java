package org.candor.identity;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.Set;
import java.util.stream.Collectors;

/** The container groups of an account: its application-wide role names. */
final class CallerGroups {

  private CallerGroups() {}

  static Set<String> of(Account account) {
    return account.roles().stream().map(Role::name).collect(Collectors.toSet());
  }

  static CredentialValidationResult validResult(Account account) {
    return new CredentialValidationResult(account.username(), of(account));
  }
}
