package org.candor.engine.suppression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A row as it may be shown, served and exported: each cell and the total is a count, or
 * {@code null} where it is withheld.
 */
public record ReleasedRow(List<Long> cells, Long total) {

  public ReleasedRow {
    cells = Collections.unmodifiableList(new ArrayList<>(cells));
  }

  /** Whether every cell is released (the total may still be withheld only if the row is). */
  public boolean cellsReleased() {
    return cells.stream().allMatch(c -> c != null);
  }

  /** The sum of some columns, or {@code null} unless every one of them is released. */
  public Long sumOf(List<Integer> columns) {
    long sum = 0;
    for (int column : columns) {
      Long cell = cells.get(column);
      if (cell == null) {
        return null;
      }
      sum += cell;
    }
    return sum;
  }
}
