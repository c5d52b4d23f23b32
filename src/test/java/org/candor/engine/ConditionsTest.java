package org.candor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** showIf conditions: which questions are visible, and what hidden answers count for. */
class ConditionsTest {

  private static final String QUESTIONS =
      """
            - id: shares_code
              type: yesno
              prompt: Will you share code?
              help: { why: Code can be reused., source: Test }
              required: true
              weights:
                yes: { risk: 1 }
            - id: licence
              type: single
              prompt: Under which licence?
              help: { why: Licences limit use., source: Test }
              required: true
              showIf: "shares_code == 'yes'"
              options:
                - { value: open, label: Open, weights: { risk: 2 } }
                - { value: restricted, label: Restricted, weights: { benefit: 1 } }
            - id: licence_terms
              type: text
              prompt: Which terms restrict use?
              help: { why: Terms matter., source: Test }
              required: true
              showIf: "answered.licence && licence == 'restricted'"
            - id: parts
              type: multi
              prompt: Which parts?
              help: { why: Parts differ., source: Test }
              showIf: "answered.shares_code"
              options:
                - { value: training, label: Training code, weights: { risk: 1 } }
                - { value: inference, label: Inference code, weights: { benefit: 1 } }
            - id: users
              type: number
              prompt: How many users?
              help: { why: Reach matters., source: Test }
              number: { min: 0, max: 1000000, integer: true }
              showIf: "'training' in parts"
            - id: big_reach
              type: yesno
              prompt: Could it reach the public?
              help: { why: Reach matters., source: Test }
              required: true
              showIf: "users > 1000 || size(parts) == 2"
              weights:
                yes: { risk: 3 }
      """;

  private static final String RULES =
      """
          - { id: fallback, when: "true", outcome: GO, reason: Fine. }
      """;

  private static final String PROMPTS =
      """
      prompts:
        - { id: risky, text: Who else could use it?, showIf: "score.risk >= 5.0" }
        - { id: restricted, text: Are the terms enforceable?, showIf: "licence == 'restricted'" }
        - { id: always, text: What would make you stop? }
      """;

  private final Questionnaire q = TestDefinitions.questionnaire(TestDefinitions.minimal(QUESTIONS, RULES) + PROMPTS);
  private final Engine engine = new Engine();

  @Test
  void aQuestionWithoutShowIfIsAlwaysVisible() {
    Recommendation r = engine.evaluate(q, Map.of());
    assertThat(r.visibleQuestions()).containsExactly("shares_code");
    assertThat(r.missingRequired()).containsExactly("shares_code");
    assertThat(r.complete()).isFalse();
  }

  @Test
  void aShowIfOnAnEarlierAnswerShowsTheQuestion() {
    Recommendation r = engine.evaluate(q, Map.of("shares_code", "yes"));
    assertThat(r.visibleQuestions()).containsExactly("shares_code", "licence", "parts");
    assertThat(r.missingRequired()).containsExactly("licence");
  }

  @Test
  void aHiddenQuestionIsNeitherMissingNorCounted() {
    Recommendation r = engine.evaluate(q, Map.of("shares_code", "no", "licence", "open", "parts", List.of("training")));
    assertThat(r.visibleQuestions()).containsExactly("shares_code", "parts", "users");
    assertThat(r.complete()).isTrue();
    assertThat(r.contributions()).containsExactly(new Contribution("parts", "risk", 1));
  }

  @Test
  void aHiddenAnswerIsUnansweredForLaterConditions() {
    // licence is hidden, so licence_terms (answered.licence && ...) stays hidden even though licence has a value
    Recommendation r = engine.evaluate(q, Map.of("shares_code", "no", "licence", "restricted"));
    assertThat(r.visibleQuestions()).doesNotContain("licence", "licence_terms");
    assertThat(r.prompts()).extracting(PromptText::id).containsExactly("always");
  }

  @Test
  void conditionsChainThroughVisibleAnswers() {
    Recommendation r = engine.evaluate(q, Map.of("shares_code", "yes", "licence", "restricted"));
    assertThat(r.visibleQuestions()).containsExactly("shares_code", "licence", "licence_terms", "parts");
    assertThat(r.missingRequired()).containsExactly("licence_terms");
  }

  @Test
  void emptyTextCountsAsUnanswered() {
    Recommendation r = engine.evaluate(q, Map.of("shares_code", "yes", "licence", "restricted", "licence_terms", ""));
    assertThat(r.missingRequired()).containsExactly("licence_terms");
  }

  @Test
  void conditionsCanTestChoicesNumbersAndListSizes() {
    Recommendation few = engine.evaluate(q, Map.of("shares_code", "yes", "licence", "open", "parts", List.of("training"), "users", 10));
    assertThat(few.visibleQuestions()).containsExactly("shares_code", "licence", "parts", "users");

    Recommendation many = engine.evaluate(q, Map.of("shares_code", "yes", "licence", "open", "parts", List.of("training"), "users", 5000));
    assertThat(many.visibleQuestions()).endsWith("users", "big_reach");
    assertThat(many.missingRequired()).containsExactly("big_reach");

    Recommendation both = engine.evaluate(q, Map.of("shares_code", "yes", "licence", "open", "parts", List.of("inference", "training")));
    assertThat(both.visibleQuestions()).endsWith("users", "big_reach");
  }

  @Test
  void promptsShowWhenTheirConditionHolds() {
    Recommendation r =
        engine.evaluate(
            q,
            Map.of("shares_code", "yes", "licence", "open", "parts", List.of("training", "inference"), "users", 5000, "big_reach", "yes"));
    assertThat(r.score("risk").normalised()).isGreaterThanOrEqualTo(5.0);
    assertThat(r.prompts())
        .containsExactly(
            new PromptText("risky", "Who else could use it?"), new PromptText("always", "What would make you stop?"));
  }

  @Test
  void anExpressionThatFailsCountsAsFalseAndIsNoted() {
    Questionnaire dividing =
        TestDefinitions.questionnaire(
            TestDefinitions.minimal(
                """
                      - id: people
                        type: number
                        prompt: How many?
                        help: { why: Because., source: Test }
                        number: { min: 0, max: 10, integer: true }
                        weights: { risk: 1, benefit: 1 }
                      - id: follow_up
                        type: text
                        prompt: Why so few?
                        help: { why: Because., source: Test }
                        showIf: "100 / people > 20"
                """,
                RULES));
    Recommendation r = new Engine().evaluate(dividing, Map.of("people", 0));
    assertThat(r.visibleQuestions()).containsExactly("people");
    assertThat(r.notes()).singleElement().asString().startsWith("the showIf of question 'follow_up' could not be evaluated (");
    assertThat(new Engine().evaluate(dividing, Map.of("people", 4)).visibleQuestions()).containsExactly("people", "follow_up");
  }
}
