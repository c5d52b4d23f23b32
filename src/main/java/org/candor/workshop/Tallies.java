package org.candor.workshop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.candor.engine.Question;
import org.candor.engine.QuestionType;

/**
 * Counts a room's answers to a question and applies the small-group rule: a distribution is shown
 * only when at least {@code threshold} participants answered and the facilitator revealed it.
 */
public final class Tallies {

  /** The smallest group whose distribution may be shown (DESIGN: k = 5). */
  public static final int DEFAULT_THRESHOLD = 5;

  private Tallies() {}

  /**
   * @param values each participant's answer to the question (one per participant who answered),
   *     as the engine takes them
   */
  public static QuestionTally tally(Question question, Collection<Object> values, boolean revealed, int threshold) {
    int answers = values.size();
    QuestionTally.Visibility visibility;
    if (!countable(question.type())) {
      visibility = QuestionTally.Visibility.NOT_TALLIED;
    } else if (answers < threshold) {
      visibility = QuestionTally.Visibility.TOO_FEW_ANSWERS;
    } else if (!revealed) {
      visibility = QuestionTally.Visibility.NOT_REVEALED;
    } else {
      visibility = QuestionTally.Visibility.SHOWN;
    }
    List<QuestionTally.Bar> bars = visibility == QuestionTally.Visibility.SHOWN ? bars(question, values) : List.of();
    return new QuestionTally(question.id(), answers, revealed, visibility, bars);
  }

  /** Whether answers to this type of question fall into a fixed set of values that can be counted. */
  public static boolean countable(QuestionType type) {
    return type == QuestionType.SINGLE || type == QuestionType.MULTI || type == QuestionType.YESNO || type == QuestionType.SCALE;
  }

  /** Every possible value in the question's order, even those nobody chose. */
  static List<String> possibleValues(Question question) {
    if (question.type() == QuestionType.SCALE) {
      List<String> points = new ArrayList<>();
      for (long p = question.scale().min(); p <= question.scale().max(); p++) {
        points.add(String.valueOf(p));
      }
      return points;
    }
    return question.optionValues();
  }

  private static List<QuestionTally.Bar> bars(Question question, Collection<Object> values) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    possibleValues(question).forEach(v -> counts.put(v, 0));
    for (Object value : values) {
      for (String chosen : chosen(value)) {
        counts.computeIfPresent(chosen, (k, n) -> n + 1);
      }
    }
    return counts.entrySet().stream().map(e -> new QuestionTally.Bar(e.getKey(), e.getValue())).toList();
  }

  /** The values one answer chose: several for a multi question, one otherwise. */
  static List<String> chosen(Object value) {
    if (value instanceof Collection<?> items) {
      return items.stream().map(String::valueOf).toList();
    }
    if (value instanceof Number number) {
      return List.of(String.valueOf(number.longValue()));
    }
    return List.of(String.valueOf(value));
  }
}
