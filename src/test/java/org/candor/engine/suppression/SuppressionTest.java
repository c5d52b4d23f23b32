package org.candor.engine.suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {

  private final Suppression five = new Suppression(5);

  @Test
  void theThresholdIsNeverBelowFive() {
    assertThatThrownBy(() -> new Suppression(4)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Suppression(7).threshold()).isEqualTo(7);
  }

  @Test
  void aRowWhoseCellsAllComeFromKOrMorePeopleIsReleasedWhole() {
    ReleasedRow row = five.release(new TallyRow(List.of(new Tally(3, 9), Tally.NONE, new Tally(2, 5)), new Tally(5, 12)));
    assertThat(row.cells()).containsExactly(3L, 0L, 2L);
    assertThat(row.total()).isEqualTo(5L);
  }

  @Test
  void oneSmallCellIsWithheldWithTheSmallestSafeCellSoTheTotalCannotRevealIt() {
    ReleasedRow row = five.release(new TallyRow(
        List.of(new Tally(9, 12), new Tally(1, 4), new Tally(6, 8), Tally.NONE), new Tally(16, 20)));
    assertThat(row.cells()).containsExactly(9L, null, null, 0L);
    assertThat(row.total()).isEqualTo(16L);
  }

  @Test
  void withoutASafeCellToHideBehindEveryCellIsWithheld() {
    ReleasedRow row = five.release(new TallyRow(List.of(new Tally(2, 3), new Tally(2, 3), Tally.NONE), new Tally(4, 6)));
    assertThat(row.cells()).containsExactly(null, null, null);
    assertThat(row.total()).isEqualTo(4L);
  }

  @Test
  void aSmallTotalIsWithheldWithItsCells() {
    ReleasedRow row = five.release(new TallyRow(List.of(new Tally(2, 4), Tally.NONE), new Tally(2, 4)));
    // not even the zero: beside a small total it would say where its few records are
    assertThat(row.cells()).containsExactly(null, null);
    assertThat(row.total()).isNull();
  }

  @Test
  void aPeriodFigureIsReleasedOnlyWhenEveryQuarterReleasesIt() {
    ReleasedRow whole = new ReleasedRow(List.of(4L, 2L), 6L);
    ReleasedRow partial = new ReleasedRow(Arrays.asList(null, null), 3L);
    ReleasedRow period = Suppression.combine(List.of(whole, partial), 2);
    assertThat(period.cells()).containsExactly(null, null);
    assertThat(period.total()).isEqualTo(9L);
    assertThat(Suppression.combine(List.of(whole, whole), 2).cells()).containsExactly(8L, 4L);
    assertThat(Suppression.combine(List.of(), 2)).isEqualTo(new ReleasedRow(List.of(0L, 0L), 0L));
  }

  @Test
  void aDerivedSumNeedsEveryPart() {
    ReleasedRow row = new ReleasedRow(Arrays.asList(1L, null, 3L), null);
    assertThat(row.sumOf(List.of(0, 2))).isEqualTo(4L);
    assertThat(row.sumOf(List.of(0, 1))).isNull();
  }
}
