package org.candor.engine.suppression;

import java.util.List;

/**
 * One row of an aggregate table for one quarter (the smallest period anyone can choose): a tally
 * per column and the row's total. The columns partition the total: every record counted in the
 * total is counted in exactly one column.
 */
public record TallyRow(List<Tally> cells, Tally total) {
  public TallyRow {
    cells = List.copyOf(cells);
  }
}
