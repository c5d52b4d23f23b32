package org.candor.deliberation;

import org.candor.platform.Problem;
import org.candor.platform.ProblemException;

/**
 * Someone changed a consensus answer after the editor last saw it. Carries the current answer, so
 * the editor is shown the change instead of silently overwriting it.
 */
public class ConsensusConflict extends ProblemException {

  private final transient ConsensusAnswer current;

  ConsensusConflict(ConsensusAnswer current, String detail) {
    super(Problem.of(409, "Conflict", detail));
    this.current = current;
  }

  /** The answer as it is now, or {@code null} if it could not be read in the failed transaction. */
  public ConsensusAnswer current() {
    return current;
  }
}
