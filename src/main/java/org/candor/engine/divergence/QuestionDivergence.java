package org.candor.engine.divergence;

import java.util.List;
import java.util.Map;

/**
 * How much a team disagrees on one question.
 *
 * @param score from 0 (everyone gave the same answer) to 1 (as far apart as possible); {@code null}
 *     for text questions, which are not measured
 * @param answered how many members answered the question
 * @param distribution how many members gave each value (option values in the questionnaire's order;
 *     scale and number values ascending); a multiple-choice answer counts once per option chosen.
 *     Empty for text questions.
 */
public record QuestionDivergence(
    String questionId, Measure measure, Double score, int answered, List<Count> distribution) {

  public QuestionDivergence {
    distribution = List.copyOf(distribution);
  }

  /** How many members gave one value. */
  public record Count(String value, int members) {}

  public boolean measured() {
    return score != null;
  }

  static List<Count> counts(Map<String, Integer> byValue) {
    return byValue.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
  }
}
