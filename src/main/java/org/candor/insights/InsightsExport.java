package org.candor.insights;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.candor.platform.Messages;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The released figures as CSV or XLSX, written straight to the response as they are produced.
 * Both formats get the same rows: the scope (department, questionnaire, period, k, teams), then
 * each table with its headings. Every text cell is neutralised against formula injection; counts
 * are numbers; withheld figures are written as "withheld".
 */
public final class InsightsExport {

  /** Where rows go: a CSV printer or a worksheet. A cell is a text, a count, or null (withheld). */
  private interface Sheet {
    void row(List<Object> cells) throws IOException;
  }

  private final Insights insights;
  private final ResourceBundle text;

  public InsightsExport(Insights insights, Locale locale) {
    this.insights = insights;
    this.text = ResourceBundle.getBundle(Messages.BUNDLE, locale);
  }

  public String fileName(String extension) {
    return "candor-insights-" + insights.departmentId() + "-" + insights.questionnaireId() + "-" + insights.from() + "-" + insights.to()
        + "." + extension;
  }

  public void csv(OutputStream out) throws IOException {
    OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    write(cells -> printer.printRecord(cells.stream().map(this::csvCell).toList()));
    printer.flush();
  }

  public void xlsx(OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "Candor", "1.0");
    Worksheet sheet = workbook.newWorksheet(text.getString("insights.title"));
    int[] next = {0};
    write(cells -> {
      int row = next[0]++;
      for (int column = 0; column < cells.size(); column++) {
        Object cell = cells.get(column);
        if (cell instanceof Long count) {
          sheet.value(row, column, count);
        } else {
          sheet.inlineString(row, column, SpreadsheetText.neutralise(cell == null ? text.getString("insights.export.withheld") : (String) cell));
        }
      }
      if (row % 100 == 99) {
        sheet.flush();
      }
    });
    workbook.finish();
  }

  private String csvCell(Object cell) {
    if (cell instanceof Long count) {
      return count.toString();
    }
    return SpreadsheetText.neutralise(cell == null ? text.getString("insights.export.withheld") : (String) cell);
  }

  private void write(Sheet sheet) throws IOException {
    sheet.row(List.of(text.getString("insights.title")));
    sheet.row(List.of(text.getString("insights.department"), insights.department()));
    sheet.row(List.of(text.getString("insights.questionnaire"), insights.questionnaireTitle() + " (" + insights.questionnaireId() + ")"));
    sheet.row(List.of(text.getString("insights.export.period"), insights.from() + " \u2013 " + insights.to()));
    sheet.row(List.of(text.getString("insights.threshold"), (long) insights.threshold()));
    List<Object> teams = new ArrayList<>();
    teams.add(text.getString("insights.teams"));
    teams.addAll(insights.teams());
    sheet.row(teams);
    for (InsightTable table : insights.tables()) {
      sheet.row(List.of(""));
      sheet.row(List.of(table.title()));
      List<Object> headings = new ArrayList<>();
      headings.add(table.rowHeading());
      headings.addAll(table.columns());
      sheet.row(headings);
      for (InsightTable.Row row : table.rows()) {
        List<Object> cells = new ArrayList<>();
        cells.add(row.label());
        cells.addAll(row.cells());
        sheet.row(cells);
      }
    }
  }
}
