package org.candor.engine;

import java.util.List;

/**
 * One way the outcome could change.
 *
 * @param kind what this item says
 * @param rule the rule concerned
 * @param outcome that rule's outcome
 * @param gaps the score movements involved (possibly empty)
 * @param questions the questions whose answers decide it (possibly empty)
 * @param nextRule for {@link Kind#STOP_FIRING}: the rule that would decide instead, given the
 *     current answers, or {@code null}
 * @param nextOutcome the outcome of {@code nextRule}, or {@code null}
 * @param text the same in one sentence
 */
public record Change(
    Kind kind,
    String rule,
    Outcome outcome,
    List<Gap> gaps,
    List<String> questions,
    String nextRule,
    Outcome nextOutcome,
    String text) {

  public Change {
    gaps = List.copyOf(gaps);
    questions = List.copyOf(questions);
  }

  public enum Kind {
    /** the fired rule would stop applying if a score crossed its threshold or an answer changed */
    STOP_FIRING,
    /** an earlier rule, which takes precedence, would fire if scores moved by the given gaps */
    WOULD_FIRE
  }
}
