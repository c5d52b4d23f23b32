package org.candor.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.candor.engine.DimensionKind;
import org.candor.engine.Option;
import org.candor.engine.Question;
import org.candor.engine.QuestionType;
import org.candor.engine.Questionnaire;
import org.candor.engine.Rule;

/**
 * Which answers a department's insights count as concerning, read from the questionnaire itself: a
 * choice (an option of a single or multi question, or yes / no / unsure) is concerning when it adds
 * weight to a risk dimension, or when a red-line rule tests for it. Scale, number and text answers
 * are never counted (text answers never reach department heads at all).
 */
public final class ConcerningAnswers {

  /**
   * One concerning choice as a SQL LIKE pattern (escape character backslash) over the stored
   * answer JSON: a single or yesno answer is exactly the JSON string, a multi answer contains it.
   */
  public record Pattern(String questionId, String answerPattern) {}

  private ConcerningAnswers() {}

  public static List<Pattern> of(Questionnaire questionnaire) {
    Set<String> risks = questionnaire.dimensions().stream()
        .filter(d -> d.kind() == DimensionKind.RISK).map(d -> d.id()).collect(Collectors.toSet());
    List<Rule> redLines = questionnaire.rules().stream().filter(Rule::redLine).toList();
    List<Pattern> patterns = new ArrayList<>();
    for (Question question : questionnaire.questions()) {
      List<Rule> redLinesOnIt = redLinesReading(redLines, question.id());
      for (String value : question.optionValues()) {
        if (addsRisk(weightsOf(question, value), risks) || testedByRedLine(redLinesOnIt, value)) {
          String json = like("\"" + value + "\"");
          patterns.add(new Pattern(question.id(), question.type() == QuestionType.MULTI ? "%" + json + "%" : json));
        }
      }
    }
    return patterns;
  }

  private static Map<String, Double> weightsOf(Question question, String value) {
    if (question.type() == QuestionType.YESNO) {
      return question.answerWeights().getOrDefault(value, Map.of());
    }
    return question.options().stream().filter(o -> o.value().equals(value)).map(Option::weights).findFirst().orElse(Map.of());
  }

  private static boolean addsRisk(Map<String, Double> weights, Set<String> risks) {
    return weights.entrySet().stream().anyMatch(w -> risks.contains(w.getKey()) && w.getValue() > 0);
  }

  /** The red lines whose condition reads the question (one pattern per question: the dashboard computes this per request). */
  private static List<Rule> redLinesReading(List<Rule> redLines, String questionId) {
    java.util.regex.Pattern reads = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(questionId) + "\\b");
    return redLines.stream().filter(rule -> reads.matcher(rule.when()).find()).toList();
  }

  /** One of the red lines reading the question names the value as a string literal. */
  private static boolean testedByRedLine(List<Rule> readingTheQuestion, String value) {
    return readingTheQuestion.stream().anyMatch(rule -> rule.when().contains("'" + value + "'") || rule.when().contains("\"" + value + "\""));
  }

  /** Option values are identifiers (the definition schema), but LIKE's wildcards are escaped anyway. */
  private static String like(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
