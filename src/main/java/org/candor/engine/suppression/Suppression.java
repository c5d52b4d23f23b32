package org.candor.engine.suppression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Decides which aggregates may be released to a department head; the reasoning is in
 * {@code package-info.java}. Pure and stateless apart from the threshold k.
 */
public final class Suppression {

  /** No department may set a smaller threshold than this. */
  public static final int MINIMUM_THRESHOLD = 5;

  private final int threshold;

  public Suppression(int threshold) {
    if (threshold < MINIMUM_THRESHOLD) {
      throw new IllegalArgumentException("The suppression threshold is at least " + MINIMUM_THRESHOLD + ", not " + threshold);
    }
    this.threshold = threshold;
  }

  public int threshold() {
    return threshold;
  }

  /** Whether a single figure may be released: nobody, or at least k respondents, feed it. */
  public boolean safe(Tally tally) {
    return tally.respondents() == 0 || tally.respondents() >= threshold;
  }

  /**
   * Primary and complementary suppression of one quarter's row. Unsafe cells are withheld; if any
   * is, so is the smallest safe non-empty cell, so that the withheld cells together — all that the
   * total minus the shown cells reveals — include a group of at least k respondents. If no such
   * cell exists, or the total itself is unsafe, every cell is withheld (zeros beside a small
   * total would say where its few records are). The total is released on its own merit.
   */
  public ReleasedRow release(TallyRow row) {
    List<Tally> tallies = row.cells();
    boolean[] withheld = new boolean[tallies.size()];
    boolean any = false;
    for (int i = 0; i < withheld.length; i++) {
      withheld[i] = !safe(tallies.get(i));
      any |= withheld[i];
    }
    if (any || !safe(row.total())) {
      int complement = -1;
      for (int i = 0; i < withheld.length; i++) {
        if (!withheld[i] && tallies.get(i).respondents() > 0
            && (complement < 0 || tallies.get(i).value() < tallies.get(complement).value())) {
          complement = i;
        }
      }
      if (complement < 0 || !safe(row.total())) {
        Arrays.fill(withheld, true);
      } else {
        withheld[complement] = true;
      }
    }
    List<Long> cells = new ArrayList<>(tallies.size());
    for (int i = 0; i < withheld.length; i++) {
      cells.add(withheld[i] ? null : tallies.get(i).value());
    }
    return new ReleasedRow(cells, safe(row.total()) ? row.total().value() : null);
  }

  /**
   * The row of a longer period, from its quarters' released rows: a cell (or the total) is
   * released only if it is released in every quarter, so that a period's figure is always a sum
   * of released quarter figures and comparing two periods reveals nothing withheld.
   *
   * @param columns the number of columns, for a period without quarters
   */
  public static ReleasedRow combine(List<ReleasedRow> quarters, int columns) {
    List<Long> cells = new ArrayList<>(Collections.nCopies(columns, 0L));
    Long total = 0L;
    for (ReleasedRow quarter : quarters) {
      for (int column = 0; column < columns; column++) {
        cells.set(column, add(cells.get(column), quarter.cells().get(column)));
      }
      total = add(total, quarter.total());
    }
    return new ReleasedRow(cells, total);
  }

  private static Long add(Long sum, Long figure) {
    return sum == null || figure == null ? null : sum + figure;
  }
}
