package org.candor.workshop;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A workshop's aggregate distributions as CSV: one row per answer value of each shown question, one
 * row with the count alone for a hidden one. No individual answer is ever written. Cells a
 * spreadsheet would run as a formula are neutralised.
 */
public final class ResultsCsv {

  private ResultsCsv() {}

  public static String render(WorkshopSummary summary, ResourceBundle text) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      csv.printRecord("question_id", "question", "answers", "visibility", "value", "label", "count", "percent");
      for (LiveState.TallyView q : summary.live().questions()) {
        if (q.bars().isEmpty()) {
          csv.printRecord(safe(q.questionId()), safe(q.prompt()), q.answers(), safe(text.getString("workshop.visibility." + q.visibility().name())), "", "", "", "");
        }
        for (LiveState.BarView bar : q.bars()) {
          csv.printRecord(safe(q.questionId()), safe(q.prompt()), q.answers(), safe(text.getString("workshop.visibility." + q.visibility().name())),
              safe(bar.value()), safe(bar.label()), bar.count(), bar.percent());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * A cell that a spreadsheet would take for a formula (starting with = + - @, a tab or a carriage
   * return) gets a leading apostrophe, so it is shown as text (OWASP CSV injection).
   */
  static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + cell : cell;
  }
}
