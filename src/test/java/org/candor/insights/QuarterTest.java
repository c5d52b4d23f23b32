package org.candor.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuarterTest {

  @Test
  void quartersAreCalendarQuartersInUtc() {
    assertThat(Quarter.of(Instant.parse("2026-03-31T23:59:59Z"))).isEqualTo(new Quarter(2026, 1));
    assertThat(Quarter.of(Instant.parse("2026-04-01T00:00:00Z"))).isEqualTo(new Quarter(2026, 2));
    assertThat(Quarter.of(Instant.parse("2026-12-31T12:00:00Z")).code()).isEqualTo(20264);
  }

  @Test
  void quartersReadWriteAndStep() {
    assertThat(Quarter.parse("2025-Q4")).isEqualTo(new Quarter(2025, 4));
    assertThat(Quarter.parse("2025-Q5")).isNull();
    assertThat(Quarter.parse("soon")).isNull();
    assertThat(new Quarter(2025, 4).next()).hasToString("2026-Q1");
    assertThat(new Quarter(2026, 2).minus(7)).hasToString("2024-Q3");
    assertThat(Quarter.fromCode(20263)).isEqualTo(new Quarter(2026, 3));
  }

  @Test
  void scoresFallInFiveBandsOfTwoPoints() {
    assertThat(ScoreBand.of(0)).isZero();
    assertThat(ScoreBand.of(1.99)).isZero();
    assertThat(ScoreBand.of(2)).isEqualTo(1);
    assertThat(ScoreBand.of(10)).isEqualTo(4);
    assertThat(ScoreBand.label(4)).isEqualTo("8\u201310");
  }
}
