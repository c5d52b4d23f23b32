package org.candor.engine;

import java.util.List;

/**
 * How far one score is from a threshold in a rule.
 *
 * @param variable {@code score.<dimension>} or {@code raw.<dimension>}
 * @param comparison the test as written, e.g. {@code >= 6}
 * @param margin how much the score must move (always positive)
 * @param direction whether it must rise or fall
 * @param strict whether it must move by more than the margin (the threshold itself does not count)
 * @param topContributions the answers that contribute most to the dimension now, largest first
 */
public record Gap(
    String variable,
    String dimension,
    String comparison,
    double current,
    double threshold,
    double margin,
    Direction direction,
    boolean strict,
    List<Contribution> topContributions) {
  public Gap {
    topContributions = List.copyOf(topContributions);
  }

  /** Which way a score must move. */
  public enum Direction {
    RISE,
    FALL
  }
}
