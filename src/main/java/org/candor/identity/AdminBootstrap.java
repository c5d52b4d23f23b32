package org.candor.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.candor.audit.AuditActor;
import org.candor.audit.AuditLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On an empty database, creates the {@code admin} account: with {@code CANDOR_ADMIN_PASSWORD} when
 * set, otherwise with a random password printed once to the log.
 */
@ApplicationScoped
public class AdminBootstrap {

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  @Inject Accounts accounts;
  @Inject AuditLog audit;
  @Inject Passwords passwords;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "candor.admin.password")
  Optional<String> configuredPassword;

  /** The account just created; {@code generatedPassword} is null when it came from the configuration. */
  public record FirstAdmin(String generatedPassword) {

    /** Tells the operator, once the account is committed: a rolled-back password must never be shown. */
    public void announce() {
      if (generatedPassword != null) {
        LOG.warning(
            "\n\n  Created the first account.  username: admin   password: "
                + generatedPassword
                + "\n  This password is shown only once: sign in and change it.\n");
      } else {
        LOG.info("Created the first account 'admin' with the password from CANDOR_ADMIN_PASSWORD.");
      }
    }
  }

  /** Creates the admin account if there is no account at all; empty when there was one already. */
  @Transactional
  public Optional<FirstAdmin> createFirstAdmin() {
    if (accounts.count() > 0) {
      return Optional.empty();
    }
    String password = configuredPassword.filter(p -> !p.isBlank()).orElse(null);
    boolean generated = password == null;
    if (generated) {
      password = randomPassword();
    } else if (Passwords.weakness(password, "admin") != null) {
      throw new IllegalStateException(
          "CANDOR_ADMIN_PASSWORD is unacceptable: " + Passwords.weakness(password, "admin").english());
    }
    Account admin = accounts.add(
        new Account("admin", "Administrator", passwords.hash(password), EnumSet.of(Role.ADMIN), clock.instant()));
    audit.record(AuditActor.SYSTEM, "account.create", "account", admin.id(), "first administrator, roles " + admin.roles());
    return Optional.of(new FirstAdmin(generated ? password : null));
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
