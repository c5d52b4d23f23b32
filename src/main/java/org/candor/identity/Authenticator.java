package org.candor.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Checks a username and password, applying the account's login throttle. */
@ApplicationScoped
public class Authenticator {

  @Inject Accounts accounts;
  @Inject Passwords passwords;
  @Inject Clock clock;

  /** How long the named account is locked out, zero when it is not (or does not exist). */
  public Duration lockRemaining(String username) {
    return accounts.byUsername(username).map(a -> a.lockRemaining(clock.instant())).orElse(Duration.ZERO);
  }

  /**
   * Runs in its own transaction so that a failed attempt is counted even when the caller's work is
   * rolled back.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public LoginOutcome login(String username, String password) {
    Instant now = clock.instant();
    Optional<Account> found = accounts.byUsername(username);
    if (found.isEmpty() || password == null) {
      passwords.verifyDecoy(password == null ? "" : password);
      return new LoginOutcome.Rejected();
    }
    Account account = found.get();
    Duration locked = account.lockRemaining(now);
    if (!locked.isZero()) {
      return new LoginOutcome.Throttled(locked);
    }
    if (!passwords.matches(password, account.passwordHash()) || !account.enabled()) {
      account.recordFailedLogin(now);
      Duration lockedNow = account.lockRemaining(now);
      return lockedNow.isZero() ? new LoginOutcome.Rejected() : new LoginOutcome.Throttled(lockedNow);
    }
    account.recordSuccessfulLogin();
    return new LoginOutcome.Accepted(account);
  }
}
