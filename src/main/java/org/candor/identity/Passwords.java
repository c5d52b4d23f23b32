package org.candor.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.candor.platform.Text;

/**
 * Password hashing with PBKDF2-HMAC-SHA256 at 600,000 iterations (OWASP's 2023 figure; the Jakarta
 * default of 2,048 is far too low), a 32-byte salt and a 32-byte key.
 */
@ApplicationScoped
public class Passwords {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 200;
  static final int ITERATIONS = 600_000;

  @Inject Pbkdf2PasswordHash hash;

  /** Verified against when the username is unknown, so a miss costs as long as a wrong password. */
  private String decoy;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = hash.generate("decoy-password-never-used".toCharArray());
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return hash.verify(password.toCharArray(), storedHash);
  }

  /** Spends the time of one verification, for unknown usernames. */
  public void verifyDecoy(String password) {
    hash.verify(password.toCharArray(), decoy);
  }

  /** Why a new password is unacceptable, or null when it is fine. */
  public static Text weakness(String password, String username) {
    if (password == null || password.length() < MIN_LENGTH) {
      return Text.of("problem.passwordShort", MIN_LENGTH);
    }
    if (password.length() > MAX_LENGTH) {
      return Text.of("problem.tooLong", MAX_LENGTH);
    }
    if (password.equalsIgnoreCase(username)) {
      return Text.of("problem.passwordIsUsername");
    }
    return null;
  }
}
