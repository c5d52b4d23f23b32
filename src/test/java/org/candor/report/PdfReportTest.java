package org.candor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.candor.engine.Condition;
import org.candor.engine.Contribution;
import org.candor.engine.DimensionKind;
import org.candor.engine.DimensionScore;
import org.candor.engine.Fact;
import org.candor.engine.FiredRule;
import org.candor.engine.Outcome;
import org.candor.engine.PromptText;
import org.candor.engine.Recommendation;
import org.candor.engine.Stage;
import org.candor.engine.StagePlan;
import org.junit.jupiter.api.Test;

class PdfReportTest {

  private static final Instant WHEN = Instant.parse("2026-03-03T10:15:00Z");

  private static AssessmentReport staged() {
    Recommendation recommendation = new Recommendation("1.0.0", "release-strategy", "2.1.0", "ab".repeat(32), true, List.of(), List.of("q1"),
        List.of(new DimensionScore("release_hazard", "Release hazard", DimensionKind.RISK, 6, 0, 10, 6)),
        Outcome.STAGED_RELEASE,
        new FiredRule("staged_when_hazardous", Outcome.STAGED_RELEASE, "Misuse is plausible.", false, "score.release_hazard >= 5",
            List.of(new Fact("score.release_hazard", "6"))),
        List.of(new Contribution("q1", "release_hazard", 6)),
        List.of(new Condition("misuse_review", "Review misuse before each stage.", "Catches harm early.")),
        new StagePlan("plan", "Staged model release", List.of(
            new Stage("internal", "Internal only", "The lab alone.", "Misuse review passed"),
            new Stage("open", "Open release", "Everyone.", null))),
        List.of(new PromptText("p", "Who could be harmed first?")),
        List.of(), List.of());
    return new AssessmentReport(7, "Speech model release", "A small speech model.", 2, "Informatics · Speech lab", "FINISHED",
        "release-strategy", "Release strategy", "2.1.0", "ab".repeat(32), WHEN, WHEN, WHEN, WHEN,
        List.of(new AssessmentReport.Person("Lena Lead", "LEAD", null), new AssessmentReport.Person("Alice Member", "MEMBER", WHEN)),
        List.of(new AssessmentReport.Settled("q1", "How capable is it?", "Very", "Benchmarks show it.", "Lena Lead", WHEN)),
        List.of(new AssessmentReport.Disagreement("q1", "How capable is it?", "Alice Member", "Less than it seems.", WHEN)),
        List.of(new AssessmentReport.ConditionStatus("misuse_review", "Review misuse before each stage.", true, "Done in March")),
        recommendation,
        List.of(new AssessmentReport.EarlierVersion(5, 1, "GO", WHEN)));
  }

  @Test
  void theReportCarriesWhatAReviewBoardFiles() throws Exception {
    byte[] pdf = new PdfReport(ResourceBundle.getBundle("org.candor.messages", Locale.ENGLISH)).render(staged());
    // Kept for a person to look at, like the browser tests' screenshots.
    Path sample = Path.of("target", "report-sample.pdf");
    Files.createDirectories(sample.getParent());
    Files.write(sample, pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Assessment report: Speech model release")
          .contains("Release strategy (release-strategy 2.1.0)")
          .contains("ab".repeat(32))
          .contains("STAGED RELEASE")
          .contains("Rule staged_when_hazardous: Misuse is plausible.")
          .contains("score.release_hazard = 6")
          .contains("[x] Review misuse before each stage. — Done in March")
          .contains("1. Internal only — gate: Misuse review passed")
          .contains("Who could be harmed first?")
          .contains("Rationale: Benchmarks show it.")
          .contains("Alice Member: Less than it seems.")
          .contains("Version 1: GO, finished 2026-03-03 10:15 UTC");
    }
  }
}
