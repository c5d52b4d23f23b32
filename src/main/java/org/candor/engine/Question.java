package org.candor.engine;

import java.util.List;
import java.util.Map;

/**
 * One question of a questionnaire.
 *
 * @param id unique in its questionnaire; the variable name of its answer in expressions
 * @param type what kind of answer it takes
 * @param prompt the question as asked
 * @param help why it matters, with its source
 * @param required whether an assessment is incomplete while it is visible and unanswered
 * @param showIf a CEL condition over earlier answers, or {@code null} (always shown)
 * @param options the choices of single and multi questions, otherwise empty
 * @param answerWeights yesno only: weights per dimension for each answer (yes, no, unsure)
 * @param weights scale: weight per point above the minimum; number: weight per unit
 * @param scale the range of a scale question, otherwise {@code null}
 * @param number the range of a number question, otherwise {@code null}
 * @param maxLength the longest accepted text answer (text questions), otherwise {@code null}
 * @param sectionId the id of the section the question appears in
 */
public record Question(
    String id,
    QuestionType type,
    String prompt,
    Help help,
    boolean required,
    String showIf,
    List<Option> options,
    Map<String, Map<String, Double>> answerWeights,
    Map<String, Double> weights,
    ScaleSpec scale,
    NumberSpec number,
    Integer maxLength,
    String sectionId) {

  /** The answers every yesno question accepts. */
  public static final List<String> YESNO_VALUES = List.of("yes", "no", "unsure");

  /** The longest text answer when a text question does not set maxLength. */
  public static final int DEFAULT_MAX_LENGTH = 5000;

  public Question {
    options = options == null ? List.of() : List.copyOf(options);
    Map<String, Map<String, Double>> frozen = new java.util.LinkedHashMap<>();
    if (answerWeights != null) {
      answerWeights.forEach((value, w) -> frozen.put(value, Maps.frozen(w)));
    }
    answerWeights = Maps.frozen(frozen);
    weights = Maps.frozen(weights);
  }

  /** The values an answer can take (single, multi: option values; yesno: yes, no, unsure). */
  public List<String> optionValues() {
    return switch (type) {
      case SINGLE, MULTI -> options.stream().map(Option::value).toList();
      case YESNO -> YESNO_VALUES;
      default -> List.of();
    };
  }
}
