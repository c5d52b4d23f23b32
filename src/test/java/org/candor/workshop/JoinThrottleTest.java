package org.candor.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JoinThrottleTest {

  private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
  private final JoinThrottle throttle = new JoinThrottle(100, 10, Duration.ofMinutes(10));

  @Test
  void tenWrongCodesBlockTheClientUntilTheWindowEnds() {
    for (int i = 0; i < 10; i++) {
      assertThat(throttle.attempt("a", now)).isZero();
      throttle.failed("a", now);
    }
    assertThat(throttle.attempt("a", now.plusSeconds(60))).isEqualTo(Duration.ofMinutes(9));
    assertThat(throttle.attempt("b", now.plusSeconds(60))).as("another client").isZero();
    assertThat(throttle.attempt("a", now.plus(Duration.ofMinutes(10)))).isZero();
  }

  @Test
  void aWholeClassJoiningFromOneAddressIsNotBlocked() {
    for (int i = 0; i < 100; i++) {
      assertThat(throttle.attempt("router", now)).isZero();
    }
    assertThat(throttle.attempt("router", now)).isPositive();
  }

  @Test
  void failuresAreCountedPerWindow() {
    assertThat(throttle.failed("a", now)).isEqualTo(1);
    assertThat(throttle.failed("a", now)).isEqualTo(2);
    assertThat(throttle.failed("a", now.plus(Duration.ofMinutes(10)))).isEqualTo(1);
  }
}
