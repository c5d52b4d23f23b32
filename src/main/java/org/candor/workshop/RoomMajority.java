package org.candor.workshop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.candor.engine.InvalidAnswerException;
import org.candor.engine.Question;
import org.candor.engine.Questionnaire;

/**
 * The room's answers: for each question at least {@code threshold} participants answered, the
 * answer most of them gave. Single and yes/no questions take the most frequent value (a tie goes
 * to the value listed first); multi questions take every option more than half chose (or, if none,
 * the most chosen); scale questions take the median. Text and number questions are left out, and
 * so is an answer the question would refuse.
 */
public final class RoomMajority {

  private RoomMajority() {}

  /** @param participants each participant's answers by question id */
  public static Map<String, Object> of(Questionnaire questionnaire, Collection<Map<String, Object>> participants, int threshold) {
    Map<String, Object> room = new LinkedHashMap<>();
    for (Question question : questionnaire.questions()) {
      if (!Tallies.countable(question.type())) {
        continue;
      }
      List<Object> given = participants.stream().map(p -> p.get(question.id())).filter(v -> v != null).toList();
      if (given.size() >= Math.max(1, threshold)) {
        accepted(questionnaire, question, majority(question, given)).ifPresent(value -> room.put(question.id(), value));
      }
    }
    return room;
  }

  /**
   * The majority answer if the question accepts it: a combination of options that no single
   * participant gave is checked like any answer, and left out rather than failing the whole room.
   */
  private static Optional<Object> accepted(Questionnaire questionnaire, Question question, Object majority) {
    try {
      questionnaire.checkAnswer(question.id(), majority);
      return Optional.of(majority);
    } catch (InvalidAnswerException e) {
      return Optional.empty();
    }
  }

  private static Object majority(Question question, List<Object> given) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Tallies.possibleValues(question).forEach(v -> counts.put(v, 0));
    given.forEach(value -> Tallies.chosen(value).forEach(v -> counts.computeIfPresent(v, (k, n) -> n + 1)));
    String mostChosen = null;
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      if (mostChosen == null || count.getValue() > counts.get(mostChosen)) {
        mostChosen = count.getKey();
      }
    }
    return switch (question.type()) {
      case MULTI -> {
        List<String> chosenByMost = new ArrayList<>();
        counts.forEach((value, n) -> {
          if (2 * n > given.size()) {
            chosenByMost.add(value);
          }
        });
        yield chosenByMost.isEmpty() ? List.of(mostChosen) : chosenByMost;
      }
      case SCALE -> median(given);
      default -> mostChosen;
    };
  }

  /** The lower median, so that the result is always a point of the scale. */
  private static Long median(List<Object> given) {
    List<Long> sorted = given.stream().map(v -> ((Number) v).longValue()).sorted().toList();
    return sorted.get((sorted.size() - 1) / 2);
  }
}
