package org.candor.workshop;

import java.util.List;

/**
 * What the presenter view shows, pushed over its WebSocket and returned by the results API: counts
 * always, distributions only where {@link QuestionTally.Visibility#SHOWN}.
 */
public record LiveState(long workshopId, WorkshopStatus status, int currentQuestion, int participants, List<TallyView> questions) {

  /** One question's tally with the words people read. {@code bars} is empty unless shown. */
  public record TallyView(
      String questionId, String prompt, int answers, boolean revealed, QuestionTally.Visibility visibility, String note, List<BarView> bars) {}

  /** @param percent of the participants who answered the question */
  public record BarView(String value, String label, int count, int percent) {}
}
