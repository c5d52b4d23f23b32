package org.candor.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.candor.audit.AuditActor;
import org.candor.audit.AuditLog;

/** Checks a username and password, applying the account's login throttle. */
@ApplicationScoped
public class Authenticator {

  @Inject AuditLog audit;
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
      // The username is left out: people type their password into it by mistake.
      audit.record(AuditActor.ANONYMOUS, "account.login.refused", "account", null, "unknown account");
      return new LoginOutcome.Rejected();
    }
    Account account = found.get();
    Duration locked = account.lockRemaining(now);
    if (!locked.isZero()) {
      audit.record(AuditActor.ANONYMOUS, "account.login.refused", "account", account.id(), "locked");
      return new LoginOutcome.Throttled(locked);
    }
    if (!passwords.matches(password, account.passwordHash()) || !account.enabled()) {
      account.recordFailedLogin(now);
      audit.record(AuditActor.ANONYMOUS, "account.login.refused", "account", account.id(), account.enabled() ? "wrong password" : "disabled");
      Duration lockedNow = account.lockRemaining(now);
      return lockedNow.isZero() ? new LoginOutcome.Rejected() : new LoginOutcome.Throttled(lockedNow);
    }
    account.recordSuccessfulLogin();
    audit.record(AuditActor.of(account), "account.login", "account", account.id(), null);
    return new LoginOutcome.Accepted(account);
  }
}
