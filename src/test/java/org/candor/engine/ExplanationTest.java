package org.candor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Each element of a recommendation's explanation. */
class ExplanationTest {

  private final Questionnaire q = TestDefinitions.resource("policy");
  private final Engine engine = new Engine();

  /** military unsure (8) + surveillance unsure (3) + weights (4) = raw risk 15 of 24: score 6.25. */
  private Recommendation staged() {
    return engine.evaluate(q, Map.of("military", "unsure", "surveillance", "unsure", "outputs", List.of("weights"), "users", "labs"));
  }

  @Test
  void theResultNamesTheEngineAndTheQuestionnaireVersion() {
    Recommendation r = staged();
    assertThat(r.engineVersion()).isEqualTo(Engine.VERSION);
    assertThat(r.questionnaireId()).isEqualTo("policy");
    assertThat(r.questionnaireVersion()).isEqualTo("1.0.0");
    assertThat(r.contentHash()).isEqualTo(q.contentHash()).hasSize(64);
  }

  @Test
  void theFiredRuleSaysWhyWithTheValuesItRead() {
    FiredRule fired = staged().firedRule();
    assertThat(fired.id()).isEqualTo("staged_weights");
    assertThat(fired.outcome()).isEqualTo(Outcome.STAGED_RELEASE);
    assertThat(fired.reason()).isEqualTo("Weights with a real risk should be released in stages.");
    assertThat(fired.expression()).isEqualTo("'weights' in outputs && score.risk >= 4");
    assertThat(fired.facts()).containsExactly(new Fact("outputs", "['weights']"), new Fact("score.risk", "6.25"));
  }

  @Test
  void everyAnswersContributionToEachDimensionIsListed() {
    assertThat(staged().contributions())
        .containsExactly(
            new Contribution("military", "risk", 8),
            new Contribution("surveillance", "risk", 3),
            new Contribution("outputs", "risk", 4),
            new Contribution("outputs", "benefit", 1));
  }

  @Test
  void scoresCarryRawNormalisedAndTheirLimits() {
    assertThat(staged().scores())
        .containsExactly(
            new DimensionScore("risk", "Risk", DimensionKind.RISK, 15, 0, 24, 6.25),
            new DimensionScore("benefit", "Benefit", DimensionKind.BENEFIT, 1, 1, 7, 0));
  }

  @Test
  void conditionsStagePlanAndPromptsComeWithTheOutcome() {
    Recommendation r = staged();
    assertThat(r.conditions()).extracting(Condition::id).containsExactly("misuse_review");
    assertThat(r.stagePlan().title()).isEqualTo("Staged release");
    assertThat(r.stagePlan().stages().get(1))
        .isEqualTo(new Stage("vetted", "Vetted researchers", "Access under a signed agreement.", "Three months without reported misuse."));
    assertThat(r.prompts())
        .containsExactly(
            new PromptText("who_else", "Who else could use this within five years?"), new PromptText("stop", "What would make you stop?"));
  }

  @Test
  void anEarlierThresholdRuleShowsTheMarginAndTheAnswersThatContributeMost() {
    Change change = staged().whatWouldChange().get(0);
    assertThat(change.kind()).isEqualTo(Change.Kind.WOULD_FIRE);
    assertThat(change.rule()).isEqualTo("very_high_risk");
    assertThat(change.outcome()).isEqualTo(Outcome.NO_GO);
    Gap gap = change.gaps().get(0);
    assertThat(gap.variable()).isEqualTo("score.risk");
    assertThat(gap.comparison()).isEqualTo(">= 7");
    assertThat(gap.current()).isEqualTo(6.25);
    assertThat(gap.threshold()).isEqualTo(7.0);
    assertThat(gap.margin()).isCloseTo(0.75, within(1e-9));
    assertThat(gap.direction()).isEqualTo(Gap.Direction.RISE);
    assertThat(gap.strict()).isFalse();
    assertThat(gap.topContributions())
        .containsExactly(
            new Contribution("military", "risk", 8), new Contribution("outputs", "risk", 4), new Contribution("surveillance", "risk", 3));
    assertThat(change.text())
        .isEqualTo(
            "Rule 'very_high_risk' (NO_GO) comes first and would decide instead if score.risk rose from 6.25 to 7 or more"
                + " (by 0.75; it comes most from military (+8), outputs (+4), surveillance (+3)).");
  }

  @Test
  void theFiredRuleShowsWhatWouldStopItAndWhichRuleWouldDecideThen() {
    List<Change> changes = staged().whatWouldChange();
    assertThat(changes).hasSize(2);
    Change stop = changes.get(1);
    assertThat(stop.kind()).isEqualTo(Change.Kind.STOP_FIRING);
    assertThat(stop.rule()).isEqualTo("staged_weights");
    assertThat(stop.questions()).containsExactly("outputs");
    assertThat(stop.gaps()).singleElement().satisfies(gap -> {
      assertThat(gap.margin()).isCloseTo(2.25, within(1e-9));
      assertThat(gap.direction()).isEqualTo(Gap.Direction.FALL);
      assertThat(gap.strict()).isTrue();
    });
    assertThat(stop.nextRule()).isEqualTo("some_risk");
    assertThat(stop.nextOutcome()).isEqualTo(Outcome.GO_WITH_CONDITIONS);
    assertThat(stop.text())
        .isEqualTo(
            "This rule would no longer apply if score.risk fell from 6.25 below 4 (by more than 2.25; it comes most from"
                + " military (+8), outputs (+4), surveillance (+3)), or with different answers to outputs; with the other"
                + " answers as they are, rule 'some_risk' (GO_WITH_CONDITIONS) would then decide.");
  }

  @Test
  void aRuleOnRawScoresShowsEveryThresholdThatWouldStopIt() {
    Recommendation r = engine.evaluate(q, Map.of("military", "no", "surveillance", "unsure", "outputs", List.of("paper")));
    Change stop = r.whatWouldChange().get(r.whatWouldChange().size() - 1);
    assertThat(stop.rule()).isEqualTo("some_risk");
    assertThat(stop.gaps()).extracting(Gap::variable, Gap::margin, Gap::direction)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("raw.risk", 0.0, Gap.Direction.FALL),
            org.assertj.core.groups.Tuple.tuple("raw.benefit", 2.0, Gap.Direction.RISE));
    assertThat(stop.nextRule()).isEqualTo("fallback");
    // staged_weights needs an answer that is not given, so it is not offered as a score change
    assertThat(r.whatWouldChange()).extracting(Change::rule).containsExactly("very_high_risk", "some_risk");
  }

  @Test
  void underTheCatchAllEveryThresholdRuleWithinReachIsListed() {
    Recommendation r = engine.evaluate(q, Map.of("military", "no", "surveillance", "no", "outputs", List.of("paper")));
    assertThat(r.firedRule().id()).isEqualTo("fallback");
    assertThat(r.whatWouldChange()).extracting(Change::kind, Change::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Change.Kind.WOULD_FIRE, "very_high_risk"),
            org.assertj.core.groups.Tuple.tuple(Change.Kind.WOULD_FIRE, "some_risk"));
    Gap rawRisk = r.whatWouldChange().get(1).gaps().get(0);
    assertThat(rawRisk.variable()).isEqualTo("raw.risk");
    assertThat(rawRisk.margin()).isEqualTo(3.0);
    assertThat(rawRisk.topContributions()).isEmpty();
  }

  @Test
  void aRedLineIsChangedOnlyByItsAnswers() {
    Recommendation r = engine.evaluate(q, Map.of("military", "yes", "surveillance", "no", "outputs", List.of("paper")));
    assertThat(r.whatWouldChange()).singleElement().satisfies(change -> {
      assertThat(change.kind()).isEqualTo(Change.Kind.STOP_FIRING);
      assertThat(change.gaps()).isEmpty();
      assertThat(change.questions()).containsExactly("military");
      assertThat(change.nextRule()).isEqualTo("some_risk");
      assertThat(change.text())
          .isEqualTo(
              "This rule would no longer apply only with different answers to military; with the other answers as they are,"
                  + " rule 'some_risk' (GO_WITH_CONDITIONS) would then decide.");
    });
  }

  @Test
  void anIncompleteAssessmentListsWhatIsMissingAndExplainsNoOutcome() {
    Recommendation r = engine.evaluate(q, Map.of("outputs", List.of("weights")));
    assertThat(r.complete()).isFalse();
    assertThat(r.missingRequired()).containsExactly("military", "surveillance", "users");
    assertThat(r.visibleQuestions()).containsExactly("military", "surveillance", "outputs", "users");
    assertThat(r.outcome()).isNull();
    assertThat(r.firedRule()).isNull();
    assertThat(r.whatWouldChange()).isEmpty();
  }

  @Test
  void theSameAnswersAlwaysGiveTheSameRecommendation() {
    Map<String, Object> ordered = new LinkedHashMap<>();
    ordered.put("users", "labs");
    ordered.put("outputs", List.of("weights"));
    ordered.put("surveillance", "unsure");
    ordered.put("military", "unsure");
    Recommendation first = staged();
    assertThat(engine.evaluate(q, ordered)).isEqualTo(first);
    assertThat(engine.evaluate(q, new TreeMap<>(ordered))).isEqualTo(first);
    assertThat(engine.evaluate(q, new HashMap<>(ordered))).isEqualTo(first);
    Questionnaire reloaded = TestDefinitions.resource("policy");
    assertThat(new Engine().evaluate(reloaded, ordered)).isEqualTo(first);
  }

  @Test
  void numbersGivenAsAnyJsonNumberTypeGiveTheSameResult() {
    Questionnaire types = TestDefinitions.resource("all-types");
    Map<String, Object> base = Map.of("partner", "no", "field", "other");
    Map<String, Object> asInt = new HashMap<>(base);
    asInt.put("severity", 3);
    asInt.put("people", 10);
    Map<String, Object> asDouble = new HashMap<>(base);
    asDouble.put("severity", 3.0);
    asDouble.put("people", 10.0);
    assertThat(engine.evaluate(types, asDouble)).isEqualTo(engine.evaluate(types, asInt));
  }
}
