package org.candor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules that can never fire are reported; rules that can fire never are. */
class ReachabilityTest {

  private static final String QUESTIONS =
      """
            - id: partner
              type: yesno
              prompt: Military partner?
              help: { why: Because., source: Test }
              required: true
              weights:
                yes: { risk: 10 }
            - id: kinds
              type: multi
              prompt: Kinds?
              help: { why: Because., source: Test }
              options:
                - { value: a, label: A, weights: { risk: 1, benefit: 1 } }
                - { value: b, label: B, weights: { benefit: 2 } }
      """;

  /** Problems of a policy made of the given conditions (rules r1, r2, ...) and a final catch-all. */
  private static List<String> problems(String... conditions) {
    StringBuilder rules = new StringBuilder();
    for (int i = 0; i < conditions.length; i++) {
      rules.append("    - { id: r").append(i + 1).append(", when: \"").append(conditions[i]).append("\", outcome: ESCALATE, reason: Test. }\n");
    }
    rules.append("    - { id: fallback, when: \"true\", outcome: GO, reason: Fine. }\n");
    return TestDefinitions.problems(TestDefinitions.minimal(QUESTIONS, rules.toString())).stream()
        .map(p -> p.substring(p.indexOf(": ") + 2))
        .toList();
  }

  @Test
  void rulesThatSplitOnAnAnswerAreBothReachable() {
    assertThat(problems("score.risk >= 5.0 && partner == 'yes'", "score.risk >= 5.0 && partner == 'no'")).isEmpty();
  }

  @Test
  void aLooserThresholdAfterAStricterOneIsReachable() {
    assertThat(problems("score.risk >= 7", "score.risk >= 5")).isEmpty();
  }

  @Test
  void aStricterThresholdAfterALooserOneIsNot() {
    assertThat(problems("score.risk >= 5", "score.risk > 6 && score.benefit < 3"))
        .containsExactly("rule 'r2' can never fire: rule 'r1' (line 29) comes first and matches every assessment this rule matches");
  }

  @Test
  void aRuleWhosePartsAreCoveredByDifferentEarlierRulesIsReported() {
    assertThat(problems("partner == 'yes'", "score.risk >= 4", "partner == 'yes' || score.risk >= 5"))
        .containsExactly("rule 'r3' can never fire: rules 'r1', 'r2' come first and together match every assessment this rule matches");
  }

  @Test
  void coverageThatNeedsCaseAnalysisIsNotClaimed() {
    // r1 and r2 together match everything, but no single earlier rule covers r3: the analysis stays silent
    assertThat(problems("score.risk >= 5", "score.risk < 5", "score.benefit >= 2")).isEmpty();
  }

  @Test
  void aDisjunctionCoversEachOfItsParts() {
    assertThat(problems("score.risk >= 5 || partner == 'yes'", "partner == 'yes'"))
        .containsExactly("rule 'r2' can never fire: rule 'r1' (line 29) comes first and matches every assessment this rule matches");
  }

  @Test
  void answersImplyThatTheQuestionWasAnswered() {
    assertThat(problems("answered.partner", "partner == 'no'"))
        .containsExactly("rule 'r2' can never fire: rule 'r1' (line 29) comes first and matches every assessment this rule matches");
    assertThat(problems("partner != 'yes'", "partner == 'no'"))
        .containsExactly("rule 'r2' can never fire: rule 'r1' (line 29) comes first and matches every assessment this rule matches");
    assertThat(problems("partner == 'no'", "partner != 'yes'")).isEmpty();
  }

  @Test
  void partsTheAnalysisDoesNotUnderstandAreNeverReportedUnlessWrittenTheSame() {
    assertThat(problems("size(kinds) > 1", "size(kinds) > 1 && score.risk > 2.0")).containsExactly(
        "rule 'r2' can never fire: rule 'r1' (line 29) comes first and matches every assessment this rule matches");
    assertThat(problems("size(kinds) > 1", "size(kinds) > 0")).isEmpty();
  }

  @Test
  void thresholdsOutsideTheRangeOfAScoreCanNeverHold() {
    assertThat(problems("raw.risk > 11")).containsExactly("rule 'r1' can never fire: its condition can never be true");
    assertThat(problems("raw.risk >= 11")).isEmpty();
    assertThat(problems("score.benefit < 0")).containsExactly("rule 'r1' can never fire: its condition can never be true");
    assertThat(problems("'a' in kinds && !('a' in kinds)")).containsExactly("rule 'r1' can never fire: its condition can never be true");
    assertThat(problems("partner == 'yes' && partner == 'no'")).containsExactly("rule 'r1' can never fire: its condition can never be true");
    assertThat(problems("false")).containsExactly("rule 'r1' can never fire: its condition can never be true");
  }
}
