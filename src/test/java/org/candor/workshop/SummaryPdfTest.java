package org.candor.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.candor.engine.Outcome;
import org.candor.platform.Dates;
import org.candor.testing.CjkFont;
import org.junit.jupiter.api.Test;

/** A workshop summary reads in the facilitator's language, Chinese glyphs included. */
class SummaryPdfTest {

  private static final Instant WHEN = Instant.parse("2026-03-03T10:15:00Z");

  private static WorkshopSummary summary(String title, String prompt, String yes, String reason) {
    LiveState live = new LiveState(3, WorkshopStatus.ENDED, 0, 6, List.of(
        new LiveState.TallyView("qs_military", prompt, 6, true, QuestionTally.Visibility.SHOWN, "", List.of(
            new LiveState.BarView("yes", yes, 2, 33), new LiveState.BarView("no", "—", 4, 67)))));
    return new WorkshopSummary(3, title, "quick-screen", "1.1.0", Pace.FACILITATOR_LED, WorkshopStatus.ENDED, WHEN, WHEN, live,
        new WorkshopSummary.Verdict(true, Outcome.GO_WITH_CONDITIONS, reason), null);
  }

  /** Needs a CJK font from the machine: see {@link CjkFont}. */
  @Test
  void aChineseSummaryCarriesItsChineseTextsAndLabels() throws Exception {
    CjkFont.assumeInstalled();
    byte[] pdf = new SummaryPdf(Locale.forLanguageTag("zh"))
        .render(summary("快速筛查", "是否有合作方属于军事组织？", "是", "协议没有限制用途。"));

    assertThat(text(pdf))
        .contains("研讨会总结：快速筛查")
        .contains("是否有合作方属于军事组织？")
        .contains("附条件通过—协议没有限制用途。")
        .contains("6个回答")
        .contains(Dates.format(WHEN, Locale.forLanguageTag("zh")).replaceAll("\\s+", ""));
  }

  @Test
  void anEnglishSummaryUsesEnglishLabelsAndDates() throws Exception {
    byte[] pdf = new SummaryPdf(Locale.ENGLISH).render(summary("Quick screen", "Is any partner military?", "Yes", "No agreement."));

    assertThat(text(pdf))
        .contains("Workshopsummary:Quickscreen")
        .contains("GOWITHCONDITIONS—Noagreement.")
        .contains("6answers")
        .contains(Dates.format(WHEN, Locale.ENGLISH).replaceAll("\\s+", ""));
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
  }
}
