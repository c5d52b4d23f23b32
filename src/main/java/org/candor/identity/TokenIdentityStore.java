package org.candor.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Validates personal API tokens: unknown, expired, revoked tokens and disabled accounts fail. */
@ApplicationScoped
public class TokenIdentityStore implements IdentityStore {

  @Inject ApiTokens tokens;

  public CredentialValidationResult validate(BearerTokenCredential credential) {
    return tokens
        .authenticate(credential.token())
        .map(CallerGroups::validResult)
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
