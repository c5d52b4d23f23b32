package org.candor.engine.suppression;

import java.util.ArrayList;
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
   * Primary and complementary suppression of one quarter's row: the cells are released all
   * together or not at all (all are withheld as soon as one is unsafe, so that the total minus the
   * shown cells cannot reveal it); the total on its own merit.
   */
  public ReleasedRow release(TallyRow row) {
    boolean allCells = safe(row.total()) && row.cells().stream().allMatch(this::safe);
    List<Long> cells = new ArrayList<>(row.cells().size());
    row.cells().forEach(cell -> cells.add(allCells ? cell.value() : null));
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
