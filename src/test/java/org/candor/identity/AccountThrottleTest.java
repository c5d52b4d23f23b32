package org.candor.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountThrottleTest {

  private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

  private Account account() {
    return new Account("lena", "Lena", "hash", Set.of(), now);
  }

  @Test
  void fourFailuresDoNotLockTheFifthDoes() {
    Account account = account();
    for (int i = 0; i < 4; i++) {
      account.recordFailedLogin(now);
    }
    assertThat(account.lockRemaining(now)).isZero();
    account.recordFailedLogin(now);
    assertThat(account.lockRemaining(now)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void eachFurtherFailureDoublesTheLockUpToFifteenMinutes() {
    Account account = account();
    for (int i = 0; i < 6; i++) {
      account.recordFailedLogin(now);
    }
    assertThat(account.lockRemaining(now)).isEqualTo(Duration.ofSeconds(60));
    for (int i = 0; i < 20; i++) {
      account.recordFailedLogin(now);
    }
    assertThat(account.lockRemaining(now)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void theLockRunsOutAndASuccessfulLoginClearsTheCount() {
    Account account = account();
    for (int i = 0; i < 5; i++) {
      account.recordFailedLogin(now);
    }
    assertThat(account.lockRemaining(now.plusSeconds(29))).isEqualTo(Duration.ofSeconds(1));
    assertThat(account.lockRemaining(now.plusSeconds(30))).isZero();

    account.recordSuccessfulLogin();
    account.recordFailedLogin(now);
    assertThat(account.lockRemaining(now)).isZero();
    assertThat(account.failedLogins()).isEqualTo(1);
  }

  @Test
  void passwordRulesExplainWhatIsWrong() {
    assertThat(Passwords.weakness("short", "lena").english()).isEqualTo("Use at least 10 characters.");
    assertThat(Passwords.weakness("short", "lena").in(Locale.FRENCH)).isEqualTo("Utilisez au moins 10 caractères.");
    assertThat(Passwords.weakness("lena.lead.1", "lena.lead.1").english()).isEqualTo("The password must differ from the username.");
    assertThat(Passwords.weakness("x".repeat(201), "lena").in(Locale.forLanguageTag("zh"))).isEqualTo("最多 200 个字符。");
    assertThat(Passwords.weakness("a-good-long-password", "lena")).isNull();
  }
}
