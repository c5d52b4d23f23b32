package org.candor.workshop;

import java.util.List;

/**
 * How a room answered one question. The count of answers is always given; the distribution
 * ({@code bars}) only when {@link Visibility#SHOWN}, and is empty otherwise, so nothing below the
 * threshold can leave the server.
 *
 * @param answers how many participants answered
 * @param revealed whether the facilitator has revealed this question
 */
public record QuestionTally(String questionId, int answers, boolean revealed, Visibility visibility, List<Bar> bars) {

  public QuestionTally {
    bars = List.copyOf(bars);
  }

  /** One possible answer and how many chose it. */
  public record Bar(String value, int count) {}

  /** Whether the distribution may be seen, and if not, why. */
  public enum Visibility {
    /** Fewer participants than the threshold answered. */
    TOO_FEW_ANSWERS,
    /** Enough answers, but the facilitator has not revealed it. */
    NOT_REVEALED,
    /** Text answers are never shown as a distribution: they could identify people. */
    NOT_TALLIED,
    SHOWN
  }

  public boolean shown() {
    return visibility == Visibility.SHOWN;
  }
}
