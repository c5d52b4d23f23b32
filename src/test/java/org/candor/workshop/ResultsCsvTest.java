package org.candor.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ResultsCsvTest {

  private static final ResourceBundle TEXT = ResourceBundle.getBundle("org.candor.messages", Locale.ENGLISH);

  private static WorkshopSummary summary(LiveState.TallyView... questions) {
    LiveState live = new LiveState(1, WorkshopStatus.ENDED, 0, 6, List.of(questions));
    return new WorkshopSummary(1, "Quick screen", "quick-screen", "1.0.0", Pace.FACILITATOR_LED, WorkshopStatus.ENDED,
        Instant.EPOCH, Instant.EPOCH, live, new WorkshopSummary.Verdict(false, null, null), null);
  }

  private static List<CSVRecord> parse(String csv) throws Exception {
    return CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
  }

  @Test
  void cellsASpreadsheetWouldRunAsFormulasGetAnApostrophe() throws Exception {
    List<LiveState.BarView> bars = List.of(
        new LiveState.BarView("a", "=HYPERLINK(\"http://evil\")", 1, 20),
        new LiveState.BarView("b", "+1", 1, 20),
        new LiveState.BarView("c", "-1", 1, 20),
        new LiveState.BarView("d", "@SUM(A1)", 1, 20),
        new LiveState.BarView("e", "\tTab", 1, 20),
        new LiveState.BarView("f", "\rReturn", 0, 0));
    String csv = ResultsCsv.render(summary(new LiveState.TallyView(
        "q", "=1+1 is a prompt", 5, true, QuestionTally.Visibility.SHOWN, "revealed", bars)), TEXT);
    List<CSVRecord> rows = parse(csv);
    assertThat(rows.get(0).values()).containsExactly("question_id", "question", "answers", "visibility", "value", "label", "count", "percent");
    assertThat(rows.get(1).get(1)).isEqualTo("'=1+1 is a prompt");
    assertThat(rows.stream().skip(1).map(r -> r.get(5)).toList())
        .containsExactly("'=HYPERLINK(\"http://evil\")", "'+1", "'-1", "'@SUM(A1)", "'\tTab", "'\rReturn");
  }

  @Test
  void aHiddenQuestionIsOneRowWithItsCountAndNoDistribution() throws Exception {
    String csv = ResultsCsv.render(summary(new LiveState.TallyView(
        "q", "Prompt", 4, true, QuestionTally.Visibility.TOO_FEW_ANSWERS, "hidden", List.of())), TEXT);
    List<CSVRecord> rows = parse(csv);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).values()).containsExactly("q", "Prompt", "4", "hidden until at least 5 people have answered", "", "", "", "");
  }
}
