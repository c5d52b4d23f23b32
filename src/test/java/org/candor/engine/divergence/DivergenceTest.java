package org.candor.engine.divergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.candor.engine.DefinitionSource;
import org.candor.engine.DimensionKind;
import org.candor.engine.DimensionScore;
import org.candor.engine.NumberSpec;
import org.candor.engine.Option;
import org.candor.engine.Question;
import org.candor.engine.QuestionType;
import org.candor.engine.Questionnaire;
import org.candor.engine.QuestionnaireLoader;
import org.candor.engine.Recommendation;
import org.candor.engine.ScaleSpec;
import org.junit.jupiter.api.Test;

class DivergenceTest {

  private static Question question(QuestionType type, List<String> options, ScaleSpec scale, NumberSpec number) {
    List<Option> choices = options.stream().map(v -> new Option(v, v, Map.of())).toList();
    return new Question("q", type, "Prompt?", null, true, null, choices, Map.of(), Map.of(), scale, number, null, "s");
  }

  private static final Question SINGLE = question(QuestionType.SINGLE, List.of("a", "b", "c"), null, null);
  private static final Question YESNO = question(QuestionType.YESNO, List.of(), null, null);
  private static final Question MULTI = question(QuestionType.MULTI, List.of("a", "b", "c", "d"), null, null);
  private static final Question SCALE = question(QuestionType.SCALE, List.of(), new ScaleSpec(1, 5, null, null), null);

  @Test
  void unanimousChoicesDoNotDiverge() {
    QuestionDivergence d = Divergence.measure(SINGLE, List.of("b", "b", "b"));
    assertThat(d.score()).isZero();
    assertThat(d.measure()).isEqualTo(Measure.NON_MODAL_SHARE);
    assertThat(d.distribution()).containsExactly(
        new QuestionDivergence.Count("a", 0), new QuestionDivergence.Count("b", 3), new QuestionDivergence.Count("c", 0));
  }

  @Test
  void choicesSpreadAsEvenlyAsPossibleDivergeFully() {
    assertThat(Divergence.measure(YESNO, List.of("yes", "no")).score()).isEqualTo(1.0);
    assertThat(Divergence.measure(SINGLE, List.of("a", "b", "c")).score()).isEqualTo(1.0);
  }

  @Test
  void aLoneDissenterDivergesPartly() {
    // 1 of 4 differs: 0.25, of at most 2/3 when four answers spread over three options
    assertThat(Divergence.measure(SINGLE, List.of("a", "a", "a", "b")).score()).isCloseTo(0.375, within(1e-9));
  }

  @Test
  void oneAnswerCannotDiverge() {
    assertThat(Divergence.measure(SINGLE, List.of("a")).score()).isZero();
    assertThat(Divergence.measure(MULTI, List.of(List.of("a"))).score()).isZero();
    assertThat(Divergence.measure(SCALE, List.of(3L)).score()).isZero();
  }

  @Test
  void multipleChoiceUsesMeanPairwiseJaccardDistance() {
    assertThat(Divergence.jaccardDistance(Set.of("a", "b"), Set.of("b", "c"))).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(Divergence.jaccardDistance(Set.of(), Set.of())).isZero();
    QuestionDivergence d = Divergence.measure(MULTI, List.of(List.of("a", "b"), List.of("a", "b"), List.of("c")));
    // pairs: 0, 1, 1
    assertThat(d.score()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(d.distribution()).extracting(QuestionDivergence.Count::members).containsExactly(2, 2, 1, 0);
    assertThat(Divergence.measure(MULTI, List.of(List.of("a", "b"), List.of("b", "a"))).score()).isZero();
  }

  @Test
  void scalesUseTheRangeOfAnswersOverTheScale() {
    QuestionDivergence d = Divergence.measure(SCALE, List.of(2L, 4L, 4L));
    assertThat(d.score()).isCloseTo(0.5, within(1e-9));
    assertThat(d.distribution()).containsExactly(new QuestionDivergence.Count("2", 1), new QuestionDivergence.Count("4", 2));
    assertThat(Divergence.measure(SCALE, List.of(1L, 5L)).score()).isEqualTo(1.0);
  }

  @Test
  void boundedNumbersUseTheirDeclaredRangeAndOpenOnesTheAnswersOwnSize() {
    Question bounded = question(QuestionType.NUMBER, List.of(), null, new NumberSpec(0.0, 100.0, false, null));
    assertThat(Divergence.measure(bounded, List.of(10.0, 35.0)).score()).isCloseTo(0.25, within(1e-9));
    Question open = question(QuestionType.NUMBER, List.of(), null, new NumberSpec(0.0, null, true, "people"));
    assertThat(Divergence.measure(open, List.of(10L, 20L)).score()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(Divergence.measure(open, List.of(0L, 0L)).score()).isZero();
  }

  @Test
  void rankingPutsTheMostDisputedQuestionFirstAndTextLast() throws Exception {
    Questionnaire check =
        new QuestionnaireLoader()
            .load(List.of(new DefinitionSource("institution-check.yaml",
                Files.readString(Path.of("src/test/resources/institution-surveys/institution-check.yaml")))))
            .latest("institution-check")
            .orElseThrow();
    List<QuestionDivergence> ranked = Divergence.rank(check, List.of(
        Map.of("military_partner", "no", "partner_kind", "company", "notes", "fine"),
        Map.of("military_partner", "no", "partner_kind", "state_owned"),
        Map.of()));
    assertThat(ranked).extracting(QuestionDivergence::questionId).containsExactly("partner_kind", "military_partner", "notes");
    assertThat(ranked.get(0).score()).isEqualTo(1.0);
    assertThat(ranked.get(1).score()).isZero();
    assertThat(ranked.get(1).answered()).isEqualTo(2);
  }

  @Test
  void textIsNotMeasured() {
    Question text = question(QuestionType.TEXT, List.of(), null, null);
    QuestionDivergence d = Divergence.measure(text, List.of("x", "y"));
    assertThat(d.measured()).isFalse();
    assertThat(d.measure()).isEqualTo(Measure.NONE);
    assertThat(d.answered()).isEqualTo(2);
  }

  @Test
  void spreadOfScoresIsTheLowestAndHighestPerDimension() {
    Recommendation low = recommendation(2.0);
    Recommendation high = recommendation(7.5);
    assertThat(Divergence.scoreSpread(List.of(low, high)))
        .containsExactly(new DimensionSpread("risk", "Risk", 2.0, 7.5, 2));
    assertThat(Divergence.scoreSpread(List.of())).isEmpty();
  }

  private static Recommendation recommendation(double risk) {
    return new Recommendation("1", "q", "1", "h", false, List.of(), List.of(),
        List.of(new DimensionScore("risk", "Risk", DimensionKind.RISK, risk, 0, 10, risk)),
        null, null, List.of(), List.of(), null, List.of(), List.of(), List.of());
  }
}
