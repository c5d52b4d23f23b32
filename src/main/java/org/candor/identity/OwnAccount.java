package org.candor.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.candor.audit.AuditLog;
import org.candor.platform.Language;
import org.candor.platform.ProblemException;
import org.candor.platform.Text;

/** What every signed-in person may do to their own account. */
@ApplicationScoped
public class OwnAccount {

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;
  @Inject CurrentAccount current;
  @Inject Passwords passwords;

  /** Changes my password after checking the current one; the new one must be repeated exactly. */
  @Transactional
  public void changePassword(String currentPassword, String newPassword, String repeated) {
    Account me = em.merge(current.require());
    if (currentPassword == null || !passwords.matches(currentPassword, me.passwordHash())) {
      throw ProblemException.invalidField("currentPassword", Text.of("problem.notCurrentPassword"));
    }
    Text weakness = Passwords.weakness(newPassword, me.username());
    if (weakness != null) {
      throw ProblemException.invalidField("newPassword", weakness);
    }
    if (!newPassword.equals(repeated)) {
      throw ProblemException.invalidField("repeated", Text.of("problem.passwordsDiffer"));
    }
    me.changePassword(passwords.hash(newPassword));
    audit.record("account.changePassword", "account", me.id(), null);
  }

  /** Remembers the interface language I chose, for my next sign-in on any device. */
  @Transactional
  public void chooseLanguage(Language language) {
    Account me = em.merge(current.require());
    me.preferLanguage(language.tag());
    audit.record("account.language", "account", me.id(), "language " + language.tag());
  }
}
