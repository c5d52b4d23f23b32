package org.candor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each question type: which answers it accepts and what they contribute. */
class QuestionTypesTest {

  private final Questionnaire q = TestDefinitions.resource("all-types");
  private final Engine engine = new Engine();

  private Recommendation evaluate(Map<String, Object> extra) {
    Map<String, Object> answers = new HashMap<>(Map.of("partner", "no", "field", "other"));
    answers.putAll(extra);
    return engine.evaluate(q, answers);
  }

  private List<Contribution> contributionsOf(Recommendation r, String question) {
    return r.contributions().stream().filter(c -> c.question().equals(question)).toList();
  }

  private static void rejects(Questionnaire q, String question, Object value, String message) {
    assertThatThrownBy(() -> q.checkAnswer(question, value))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessage(message)
        .extracting(e -> ((InvalidAnswerException) e).questionId())
        .isEqualTo(question);
  }

  @Test
  void questionTypesAreReadFromTheFile() {
    assertThat(q.questions())
        .extracting(Question::id, Question::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("partner", QuestionType.YESNO),
            org.assertj.core.groups.Tuple.tuple("field", QuestionType.SINGLE),
            org.assertj.core.groups.Tuple.tuple("outputs", QuestionType.MULTI),
            org.assertj.core.groups.Tuple.tuple("severity", QuestionType.SCALE),
            org.assertj.core.groups.Tuple.tuple("people", QuestionType.NUMBER),
            org.assertj.core.groups.Tuple.tuple("budget_share", QuestionType.NUMBER),
            org.assertj.core.groups.Tuple.tuple("notes", QuestionType.TEXT));
    assertThat(q.question("severity").orElseThrow().scale()).isEqualTo(new ScaleSpec(1, 5, "Minor", "Catastrophic"));
    assertThat(q.question("people").orElseThrow().number()).isEqualTo(new NumberSpec(0.0, 50.0, true, "people"));
    assertThat(q.question("notes").orElseThrow().maxLength()).isEqualTo(10);
    assertThat(q.question("partner").orElseThrow().help()).isEqualTo(new Help("Military partners can steer the work.", "Test"));
  }

  @Test
  void anUnknownQuestionIsRefused() {
    rejects(q, "colour", "red", "there is no question 'colour' in all-types 2.1.0");
    assertThatThrownBy(() -> engine.evaluate(q, Map.of("partner", "no", "field", "other", "colour", "red")))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessage("there is no question 'colour' in all-types 2.1.0");
  }

  @Test
  void nullIsNotAnAnswerToSave() {
    rejects(q, "partner", null, "no answer given");
  }

  @Nested
  class YesNo {
    @Test
    void acceptsYesNoAndUnsureOnly() {
      q.checkAnswer("partner", "yes");
      q.checkAnswer("partner", "no");
      q.checkAnswer("partner", "unsure");
      rejects(q, "partner", "Yes", "'Yes' is not an option; choose one of: yes, no, unsure");
      rejects(q, "partner", true, "the answer must be one of: yes, no, unsure");
    }

    @Test
    void contributesTheWeightsOfTheAnswer() {
      assertThat(contributionsOf(evaluate(Map.of("partner", "yes")), "partner")).containsExactly(new Contribution("partner", "risk", 6));
      assertThat(contributionsOf(evaluate(Map.of("partner", "unsure")), "partner")).containsExactly(new Contribution("partner", "risk", 3));
      assertThat(contributionsOf(evaluate(Map.of("partner", "no")), "partner")).containsExactly(new Contribution("partner", "safeguards", 1));
    }
  }

  @Nested
  class Single {
    @Test
    void acceptsOneOfItsOptions() {
      q.checkAnswer("field", "health");
      rejects(q, "field", "biology", "'biology' is not an option; choose one of: health, security, other");
      rejects(q, "field", List.of("health"), "the answer must be one of: health, security, other");
    }

    @Test
    void contributesTheOptionsWeightsOnEachDimension() {
      assertThat(contributionsOf(evaluate(Map.of("field", "security")), "field"))
          .containsExactly(new Contribution("field", "risk", 2), new Contribution("field", "benefit", 1));
      assertThat(contributionsOf(evaluate(Map.of("field", "other")), "field")).isEmpty();
    }
  }

  @Nested
  class Multi {
    @Test
    void acceptsAListOfDistinctOptions() {
      q.checkAnswer("outputs", List.of("paper", "code"));
      q.checkAnswer("outputs", List.of());
      rejects(q, "outputs", "paper", "the answer must be a list of options");
      rejects(q, "outputs", List.of("paper", "poster"), "'poster' is not an option; choose from: paper, code, weights, audit");
      rejects(q, "outputs", List.of("paper", "paper"), "'paper' is chosen twice");
    }

    @Test
    void contributesTheSumOfTheChosenOptions() {
      Recommendation r = evaluate(Map.of("outputs", List.of("paper", "code", "weights")));
      assertThat(contributionsOf(r, "outputs"))
          .containsExactly(new Contribution("outputs", "risk", 4), new Contribution("outputs", "benefit", 3));
    }

    @Test
    void anEmptyListIsNotAnAnswer() {
      Recommendation r = evaluate(Map.of("outputs", List.of()));
      assertThat(contributionsOf(r, "outputs")).isEmpty();
    }
  }

  @Nested
  class Scale {
    @Test
    void acceptsWholeNumbersInItsRange() {
      q.checkAnswer("severity", 1);
      q.checkAnswer("severity", 5L);
      q.checkAnswer("severity", 3.0);
      q.checkAnswer("severity", new BigDecimal("4"));
      rejects(q, "severity", 2.5, "the answer must be a whole number from 1 to 5");
      rejects(q, "severity", 6, "6 is out of range: choose from 1 to 5");
      rejects(q, "severity", 0, "0 is out of range: choose from 1 to 5");
      rejects(q, "severity", "3", "the answer must be a whole number from 1 to 5");
    }

    @Test
    void contributesTheWeightPerPointAboveTheMinimum() {
      assertThat(contributionsOf(evaluate(Map.of("severity", 5)), "severity")).containsExactly(new Contribution("severity", "risk", 2));
      assertThat(contributionsOf(evaluate(Map.of("severity", 1)), "severity")).isEmpty();
    }
  }

  @Nested
  class NumberQuestion {
    @Test
    void aWholeNumberQuestionRefusesFractionsAndValuesOutOfRange() {
      q.checkAnswer("people", 12);
      rejects(q, "people", 2.5, "the answer must be a whole number");
      rejects(q, "people", 51, "51 is out of range: enter a number from 0 to 50");
      rejects(q, "people", -1, "-1 is out of range: enter a number from 0 to 50");
      rejects(q, "people", Double.NaN, "the answer must be a number");
      rejects(q, "people", "12", "the answer must be a number");
    }

    @Test
    void aDecimalNumberQuestionAcceptsFractions() {
      q.checkAnswer("budget_share", 0.25);
      rejects(q, "budget_share", 1.5, "1.5 is out of range: enter a number from 0 to 1");
    }

    @Test
    void contributesTheValueTimesItsWeight() {
      assertThat(contributionsOf(evaluate(Map.of("people", 30)), "people"))
          .singleElement()
          .satisfies(c -> assertThat(c.amount()).isCloseTo(3.0, within(1e-9)));
      assertThat(contributionsOf(evaluate(Map.of("budget_share", 0.5)), "budget_share")).isEmpty();
    }
  }

  @Nested
  class Text {
    @Test
    void acceptsTextUpToItsMaximumLength() {
      q.checkAnswer("notes", "0123456789");
      q.checkAnswer("notes", "\uD83D\uDE00".repeat(10)); // ten characters, twenty chars in Java
      rejects(q, "notes", "01234567890", "the answer is too long: 11 characters, at most 10");
      rejects(q, "notes", 42, "the answer must be text");
    }

    @Test
    void carriesNoWeightAndEmptyTextIsNotAnAnswer() {
      assertThat(contributionsOf(evaluate(Map.of("notes", "hello")), "notes")).isEmpty();
    }

    @Test
    void withoutMaxLengthTheDefaultLimitApplies() {
      Questionnaire plain =
          TestDefinitions.questionnaire(
              TestDefinitions.minimal(
                  """
                        - id: note
                          type: text
                          prompt: Note?
                          help: { why: Because., source: Test }
                        - id: pick
                          type: single
                          prompt: Pick one
                          help: { why: Because., source: Test }
                          options:
                            - { value: a, label: A, weights: { risk: 1, benefit: 1 } }
                            - { value: b, label: B }
                  """,
                  """
                      - { id: fallback, when: "true", outcome: GO, reason: Fine. }
                  """));
      assertThat(plain.question("note").orElseThrow().maxLength()).isEqualTo(Question.DEFAULT_MAX_LENGTH);
      plain.checkAnswer("note", "x".repeat(Question.DEFAULT_MAX_LENGTH));
      rejects(plain, "note", "x".repeat(Question.DEFAULT_MAX_LENGTH + 1), "the answer is too long: 5001 characters, at most 5000");
    }
  }

  @Test
  void scoresAreNormalisedBetweenTheLowestAndHighestRawScores() {
    assertThat(q.dimensions())
        .extracting(Dimension::id, Dimension::min, Dimension::max)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("risk", 0.0, 19.0),
            org.assertj.core.groups.Tuple.tuple("benefit", 0.0, 6.0),
            org.assertj.core.groups.Tuple.tuple("safeguards", 0.0, 3.0));
    Recommendation r =
        evaluate(Map.of("partner", "yes", "field", "security", "outputs", List.of("weights"), "severity", 3, "people", 10));
    DimensionScore risk = r.score("risk");
    assertThat(risk.raw()).isCloseTo(6 + 2 + 3 + 1 + 1, within(1e-9));
    assertThat(risk.normalised()).isCloseTo(10 * 13 / 19.0, within(1e-9));
    assertThat(r.score("benefit").normalised()).isCloseTo(10 * 1 / 6.0, within(1e-9));
    assertThat(r.score("safeguards").normalised()).isZero();
  }

  @Test
  void aRequiredMultiQuestionCannotScoreBelowItsSmallestOption() {
    Questionnaire required =
        TestDefinitions.questionnaire(
            TestDefinitions.minimal(
                """
                      - id: pick
                        type: multi
                        prompt: Pick
                        help: { why: Because., source: Test }
                        required: true
                        options:
                          - { value: a, label: A, weights: { risk: 2, benefit: -1 } }
                          - { value: b, label: B, weights: { risk: 3, benefit: 2 } }
                """,
                """
                    - { id: fallback, when: "true", outcome: GO, reason: Fine. }
                """));
    assertThat(required.dimensions())
        .extracting(Dimension::min, Dimension::max)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2.0, 5.0), org.assertj.core.groups.Tuple.tuple(-1.0, 2.0));
  }
}
