package org.candor.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.candor.engine.Case;
import org.candor.engine.Catalog;
import org.candor.engine.Engine;
import org.candor.engine.Outcome;
import org.candor.engine.Question;
import org.candor.engine.Questionnaire;
import org.candor.engine.QuestionnaireLoader;
import org.candor.engine.Recommendation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The questionnaires and cases Candor ships, as golden tests: every documented case still leads to
 * the outcome and the reasons that events or expert commentary support.
 */
class BundledContentTest {

  private static final Engine ENGINE = new Engine();
  private static Catalog catalog;

  /** Loaded once for the parameter source and all tests: compiling every expression takes seconds. */
  private static synchronized Catalog bundled() throws IOException {
    if (catalog == null) {
      catalog = new QuestionnaireLoader().loadDirectory(Path.of("surveys"));
    }
    return catalog;
  }

  @BeforeAll
  static void loadSurveys() throws IOException {
    bundled();
  }

  static Stream<Case> cases() throws IOException {
    return bundled().cases().stream();
  }

  @Test
  void everyBundledFileLoadsWithoutProblems() {
    assertThat(catalog.problems()).isEmpty();
    assertThat(catalog.questionnaires())
        .extracting(Questionnaire::id)
        .containsExactlyInAnyOrder(
            "collaboration-review", "dual-use-end-users", "release-strategy", "full-project-review", "quick-screen");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theCaseLeadsToTheOutcomeAndReasonsTheRecordSupports(Case documented) {
    Questionnaire questionnaire = catalog.latest(documented.questionnaireId()).orElseThrow();
    Recommendation recommendation = ENGINE.evaluate(questionnaire, documented.answers());

    assertThat(recommendation.complete()).as("every required question is answered").isTrue();
    assertThat(recommendation.outcome()).isEqualTo(documented.expected().outcome());
    assertThat(recommendation.firedRule().id()).isEqualTo(documented.expected().firedRule());
    assertThat(recommendation.conditions().stream().map(c -> c.id()).toList())
        .containsAll(documented.expected().conditions());
    if (recommendation.outcome() == Outcome.STAGED_RELEASE) {
      assertThat(recommendation.stagePlan()).as("a staged release comes with its stage plan").isNotNull();
      assertThat(recommendation.stagePlan().stages()).hasSizeGreaterThanOrEqualTo(2);
    }
    for (String language : questionnaire.languages()) {
      Recommendation translated = ENGINE.evaluate(questionnaire.in(Locale.forLanguageTag(language)), documented.answers());
      assertThat(translated.firedRule().id()).as("the outcome in " + language).isEqualTo(recommendation.firedRule().id());
      assertThat(translated.conditions()).extracting(c -> c.id()).isEqualTo(recommendation.conditions().stream().map(c -> c.id()).toList());
    }
    assertThat(documented.sources()).as("a case cites where it comes from").isNotEmpty();
    assertThat(documented.justification()).isNotBlank();
  }

  @Test
  void theCasesTogetherExerciseEveryOutcome() {
    Set<Outcome> reached = catalog.cases().stream().map(c -> c.expected().outcome()).collect(Collectors.toSet());
    assertThat(reached).isEqualTo(EnumSet.allOf(Outcome.class));
    assertThat(catalog.cases()).hasSizeGreaterThanOrEqualTo(10);
  }

  @Test
  void everyQuestionSaysWhyItMattersAndCitesASource() {
    for (Questionnaire questionnaire : catalog.questionnaires()) {
      for (Question question : questionnaire.questions()) {
        assertThat(question.help().why()).as(questionnaire.id() + "/" + question.id()).isNotBlank();
        assertThat(question.help().source()).as(questionnaire.id() + "/" + question.id()).isNotBlank();
      }
    }
  }

  @Test
  void theQuickScreenTakesAboutTenMinutes() {
    assertThat(catalog.latest("quick-screen").orElseThrow().questions()).hasSizeBetween(10, 14);
  }

  @Test
  void theQuickScreenIsInEnglishFrenchAndChineseWithEveryTextTranslated() {
    Questionnaire quick = catalog.latest("quick-screen").orElseThrow();
    assertThat(quick.languages()).containsExactly("en", "fr", "zh");
    assertThat(catalog.warnings()).as("no text lacks a translation").isEmpty();
    assertThat(quick.in(Locale.FRENCH).title()).isEqualTo("Examen rapide");
    assertThat(quick.in(Locale.SIMPLIFIED_CHINESE).question("qs_military").orElseThrow().prompt())
        .isEqualTo("是否有合作方、接待机构或合著者属于军事组织、军事院校，或本人拥有军衔或担任军职？");
    assertThat(quick.in(Locale.SIMPLIFIED_CHINESE).rule("default_go").orElseThrow().reason()).startsWith("本次筛查没有触及红线");
  }

  @Test
  void theFullReviewSharesItsQuestionsWithTheThreeTopicalQuestionnaires() {
    Set<String> full = ids(catalog.latest("full-project-review").orElseThrow());
    for (String topical : new String[] {"collaboration-review", "dual-use-end-users", "release-strategy"}) {
      assertThat(full).containsAll(ids(catalog.latest(topical).orElseThrow()));
    }
  }

  private static Set<String> ids(Questionnaire questionnaire) {
    return questionnaire.questions().stream().map(Question::id).collect(Collectors.toSet());
  }
}
