package org.candor.insights;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One table of released figures, as the page, the API and the exports all show it.
 *
 * @param id stable name for API clients and exports
 * @param rowHeading what the rows are (quarter, dimension, question …)
 * @param columns column headings
 * @param rows each row's cells are counts, or {@code null} where withheld
 */
public record InsightTable(String id, String title, String rowHeading, List<String> columns, List<Row> rows) {

  public InsightTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  public record Row(String label, List<Long> cells) {
    public Row {
      cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }

    public boolean withheld(int column) {
      return cells.get(column) == null;
    }
  }
}
