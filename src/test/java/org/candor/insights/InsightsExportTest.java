package org.candor.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** Every text cell of both exports is neutralised, headings and labels included; counts stay numbers. */
class InsightsExportTest {

  private final Insights insights = new Insights(7, "=cmd|' /C calc'!A0", 5, 12, "quick-screen", "+Quick screen",
      new Quarter(2026, 1), new Quarter(2026, 2), List.of("@team", "\tTabbed team"),
      List.of(new InsightTable("outcomes", "-Outcomes", "=Heading", List.of("=GO", "+NO-GO"),
          List.of(new InsightTable.Row("2026-Q1", Arrays.asList(3L, null)), new InsightTable.Row("\rrow", List.of(1L, 2L))))));

  @Test
  void csvCellsNeverStartLikeAFormula() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new InsightsExport(insights, Locale.ENGLISH).csv(out);
    List<String> cells = new ArrayList<>();
    for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(out.toString(StandardCharsets.UTF_8)))) {
      cells.addAll(record.toList());
    }
    assertThat(cells).contains("'=cmd|' /C calc'!A0", "'+Quick screen (quick-screen)", "'@team", "'\tTabbed team", "'-Outcomes",
        "'=Heading", "'=GO", "'+NO-GO", "'\rrow", "3", "withheld");
    assertThat(cells).noneMatch(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0);
  }

  @Test
  void xlsxCellsAreTextOrNumbersNeverFormulas() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new InsightsExport(insights, Locale.ENGLISH).xlsx(out);
    List<Cell> cells = new ArrayList<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()));
        var rows = workbook.getFirstSheet().openStream()) {
      rows.map(Row::stream).forEach(r -> r.filter(c -> c != null).forEach(cells::add));
    }
    assertThat(cells).noneMatch(c -> c.getType() == CellType.FORMULA);
    assertThat(cells).extracting(Cell::getText).contains("'=cmd|' /C calc'!A0", "'=Heading", "'=GO", "'@team", "withheld");
    assertThat(cells).filteredOn(c -> c.getType() == CellType.NUMBER).extracting(c -> c.asNumber().longValue()).contains(3L, 5L);
    assertThat(cells).filteredOn(c -> c.getType() == CellType.STRING)
        .noneMatch(c -> !c.getText().isEmpty() && "=+-@\t\r".indexOf(c.getText().charAt(0)) >= 0);
  }
}
