package org.candor.audit;

import org.candor.identity.Account;

/**
 * Who did something, as the audit log names them: an account by its username, a workshop
 * participant by the pseudonymous row id only (never the pseudonym they typed), Candor itself, or
 * nobody known.
 */
public record AuditActor(String name, Long accountId) {

  public static final AuditActor ANONYMOUS = new AuditActor("anonymous", null);
  /** Candor itself, at startup. */
  public static final AuditActor SYSTEM = new AuditActor("system", null);

  public static AuditActor of(Account account) {
    return new AuditActor(account.username(), account.id());
  }

  public static AuditActor participant(long participantId) {
    return new AuditActor("participant:" + participantId, null);
  }
}
