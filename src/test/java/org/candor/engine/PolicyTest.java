package org.candor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of rule: red lines, answer rules, score thresholds, raw thresholds, the catch-all. */
class PolicyTest {

  private final Questionnaire q = TestDefinitions.resource("policy");
  private final Engine engine = new Engine();

  @Test
  void aRedLineDecidesEvenWhenLaterRulesMatchToo() {
    Recommendation r = engine.evaluate(q, Map.of("military", "yes", "surveillance", "yes", "outputs", List.of("weights"), "users", "anyone"));
    assertThat(r.outcome()).isEqualTo(Outcome.NO_GO);
    assertThat(r.firedRule().id()).isEqualTo("military_red_line");
    assertThat(r.firedRule().redLine()).isTrue();
  }

  @Test
  void aRedLineCanCombineAnswers() {
    Recommendation r = engine.evaluate(q, Map.of("military", "no", "surveillance", "yes", "outputs", List.of("weights"), "users", "police"));
    assertThat(r.outcome()).isEqualTo(Outcome.ESCALATE);
    assertThat(r.firedRule().id()).isEqualTo("surveillance_red_line");
  }

  @Test
  void aScoreThresholdRuleFiresAtItsThreshold() {
    Recommendation r = engine.evaluate(q, Map.of("military", "unsure", "surveillance", "yes", "outputs", List.of("code")));
    assertThat(r.score("risk").normalised()).isEqualTo(7.5);
    assertThat(r.outcome()).isEqualTo(Outcome.NO_GO);
    assertThat(r.firedRule().id()).isEqualTo("very_high_risk");
    assertThat(r.firedRule().redLine()).isFalse();
  }

  @Test
  void aRuleCanMixAnswersAndScoresAndAttachesItsStagePlanAndConditions() {
    Recommendation r = engine.evaluate(q, Map.of("military", "unsure", "surveillance", "unsure", "outputs", List.of("weights"), "users", "labs"));
    assertThat(r.outcome()).isEqualTo(Outcome.STAGED_RELEASE);
    assertThat(r.firedRule().id()).isEqualTo("staged_weights");
    assertThat(r.stagePlan()).isEqualTo(q.stagePlan("staged").orElseThrow());
    assertThat(r.stagePlan().stages()).extracting(Stage::id).containsExactly("internal", "vetted", "open");
    assertThat(r.conditions()).extracting(Condition::id).containsExactly("misuse_review");
  }

  @Test
  void aRawScoreRuleComparesSumsNotNormalisedScores() {
    Recommendation r = engine.evaluate(q, Map.of("military", "no", "surveillance", "unsure", "outputs", List.of("paper")));
    assertThat(r.score("risk").raw()).isEqualTo(3.0);
    assertThat(r.score("benefit").raw()).isEqualTo(4.0);
    assertThat(r.outcome()).isEqualTo(Outcome.GO_WITH_CONDITIONS);
    assertThat(r.firedRule().id()).isEqualTo("some_risk");
    assertThat(r.conditions())
        .containsExactly(
            new Condition("misuse_review", "Commission a misuse review before each stage.", "Each stage should be informed by evidence."),
            new Condition("name_contact", "Name a contact for misuse reports.", "People who see misuse need someone to tell."));
    assertThat(r.stagePlan()).isNull();
  }

  @Test
  void theCatchAllDecidesWhenNothingElseMatches() {
    Recommendation r = engine.evaluate(q, Map.of("military", "no", "surveillance", "no", "outputs", List.of("paper")));
    assertThat(r.outcome()).isEqualTo(Outcome.GO);
    assertThat(r.firedRule().id()).isEqualTo("fallback");
    assertThat(r.conditions()).isEmpty();
  }

  @Test
  void theFirstMatchingRuleWinsInPolicyOrder() {
    // matches very_high_risk, staged_weights, some_risk and fallback: the first decides
    Recommendation r = engine.evaluate(q, Map.of("military", "unsure", "surveillance", "unsure", "outputs", List.of("code", "weights"), "users", "x"));
    assertThat(r.firedRule().id()).isEqualTo("very_high_risk");
  }

  @Test
  void anIncompleteAssessmentHasNoOutcome() {
    Recommendation r = engine.evaluate(q, Map.of("military", "yes"));
    assertThat(r.complete()).isFalse();
    assertThat(r.missingRequired()).containsExactly("surveillance", "outputs");
    assertThat(r.outcome()).isNull();
    assertThat(r.firedRule()).isNull();
    assertThat(r.conditions()).isEmpty();
    assertThat(r.stagePlan()).isNull();
    assertThat(r.whatWouldChange()).isEmpty();
    assertThat(r.scores()).hasSize(2);
  }

  @Test
  void theModelKeepsThePolicyAsWritten() {
    assertThat(q.rules()).extracting(Rule::id)
        .containsExactly("military_red_line", "surveillance_red_line", "very_high_risk", "staged_weights", "some_risk", "fallback");
    Rule staged = q.rule("staged_weights").orElseThrow();
    assertThat(staged.when()).isEqualTo("'weights' in outputs && score.risk >= 4");
    assertThat(staged.stagePlan()).isEqualTo("staged");
    assertThat(staged.outcome()).isEqualTo(Outcome.STAGED_RELEASE);
  }
}
