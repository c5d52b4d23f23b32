package org.candor.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** The database identity store: usernames and PBKDF2 password hashes in the account table. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject Authenticator authenticator;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    LoginOutcome outcome = authenticator.login(credential.getCaller(), credential.getPasswordAsString());
    if (outcome instanceof LoginOutcome.Accepted accepted) {
      return CallerGroups.validResult(accepted.account());
    }
    return CredentialValidationResult.INVALID_RESULT;
  }
}
