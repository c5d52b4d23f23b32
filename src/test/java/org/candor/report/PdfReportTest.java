package org.candor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.candor.engine.Condition;
import org.candor.engine.Contribution;
import org.candor.engine.DimensionKind;
import org.candor.engine.DimensionScore;
import org.candor.engine.Engine;
import org.candor.engine.Fact;
import org.candor.engine.FiredRule;
import org.candor.deliberation.ChangeDescriptions;
import org.candor.engine.Outcome;
import org.candor.engine.PromptText;
import org.candor.engine.Questionnaire;
import org.candor.engine.QuestionnaireLoader;
import org.candor.engine.Recommendation;
import org.candor.engine.Stage;
import org.candor.engine.StagePlan;
import org.candor.platform.Dates;
import org.candor.testing.CjkFont;
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
        List.of(),
        List.of(new AssessmentReport.EarlierVersion(5, 1, "GO", WHEN)));
  }

  @Test
  void theReportCarriesWhatAReviewBoardFiles() throws Exception {
    byte[] pdf = new PdfReport(Locale.ENGLISH).render(staged());
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
          .contains("Version 1: GO, finished " + Dates.format(WHEN, Locale.ENGLISH));
    }
  }

  /** An assessment on the quick screen that ends in GO WITH CONDITIONS: an agreement that neither limits use nor lets the team leave. */
  private static AssessmentReport onTheQuickScreen(Locale locale) throws Exception {
    Questionnaire quick =
        new QuestionnaireLoader().loadPaths(List.of(Path.of("surveys/quick-screen.yaml")), Path.of("")).latest("quick-screen").orElseThrow().in(locale);
    Map<String, Object> answers =
        Map.ofEntries(
            Map.entry("qs_military", "no"),
            Map.entry("qs_partner_record", "checked_none"),
            Map.entry("qs_agreement", "neither"),
            Map.entry("qs_pressure", "some"),
            Map.entry("qs_users", List.of("research_health_public")),
            Map.entry("qs_persecution_use", "no"),
            Map.entry("qs_capability", "general"),
            Map.entry("qs_errors", "not_about_people"),
            Map.entry("qs_context", "strong"),
            Map.entry("qs_release", List.of("paper")),
            Map.entry("qs_uplift", "little"),
            Map.entry("qs_benefit", "clear_narrow"));
    Recommendation recommendation = new Engine().evaluate(quick, answers);
    String agreement = quick.question("qs_agreement").orElseThrow().prompt();
    return new AssessmentReport(8, "Joint sensor study", "A study with a partner lab.", 1, "Physics · Sensors", "FINISHED",
        quick.id(), quick.title(), quick.version(), quick.contentHash(), WHEN, WHEN, WHEN, WHEN,
        List.of(new AssessmentReport.Person("Lena Lead", "LEAD", WHEN)),
        List.of(new AssessmentReport.Settled("qs_agreement", agreement, "Neither", "The draft has no such clause.", "Lena Lead", WHEN)),
        List.of(),
        recommendation.conditions().stream().map(c -> new AssessmentReport.ConditionStatus(c.id(), c.text(), false, null)).toList(),
        recommendation,
        recommendation.whatWouldChange().stream().map(change -> ChangeDescriptions.describe(change, quick, locale)).toList(),
        List.of());
  }

  /** Needs a CJK font from the machine: see {@link CjkFont}. */
  @Test
  void aReportOnTheChineseQuickScreenShowsItsChineseTexts() throws Exception {
    CjkFont.assumeInstalled();
    AssessmentReport report = onTheQuickScreen(Locale.SIMPLIFIED_CHINESE);
    byte[] pdf = new PdfReport(Locale.SIMPLIFIED_CHINESE).render(report);
    Files.write(Path.of("target", "report-sample-zh.pdf"), pdf);
    Recommendation r = report.recommendation();
    assertThat(r.outcome()).isEqualTo(Outcome.GO_WITH_CONDITIONS);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(fontNames(document))
          .as("a subset of the CJK font is embedded (needs Debian's fonts-wqy-microhei or CANDOR_CJK_FONT, see README)")
          .anyMatch(name -> name.matches("[A-Z]{6}\\+WenQuanYi.*"));
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
      assertThat(text)
          .contains("快速筛查")
          .contains(withoutSpaces(report.consensus().get(0).prompt()))
          .contains("是否有书面协议限制合作方对成果和数据的使用，并允许你们在情况变化时退出？")
          .contains(withoutSpaces(r.firedRule().reason()))
          .contains("成果或数据将交给合作方，却没有一份既限制其用途、又允许你们退出的协议。")
          .contains(withoutSpaces(r.conditions().get(0).text()))
          .contains("如果明天资金或声望都不复存在，你们还愿意和这个合作方做这件事吗？")
          .contains("附条件通过")
          .contains("只有对“是否有书面协议限制合作方对成果和数据的使用，并允许你们在情况变化时退出？”作出不同回答")
          .contains("quick-screen1.1.0");
    }
  }

  @Test
  void aReportWithoutChineseDoesNotCarryTheChineseFont() throws Exception {
    try (PDDocument document = Loader.loadPDF(new PdfReport(Locale.ENGLISH).render(onTheQuickScreen(Locale.ENGLISH)))) {
      assertThat(new PDFTextStripper().getText(document)).contains("Quick screen");
      assertThat(fontNames(document)).isNotEmpty().noneMatch(name -> name.contains("WenQuanYi"));
    }
  }

  private static String withoutSpaces(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static List<String> fontNames(PDDocument document) throws Exception {
    List<String> names = new ArrayList<>();
    for (PDPage page : document.getPages()) {
      PDResources resources = page.getResources();
      for (COSName name : resources.getFontNames()) {
        names.add(resources.getFont(name).getName());
      }
    }
    return names;
  }
}
