package org.candor.deliberation;

import org.candor.platform.Problem;
import org.candor.platform.ProblemException;

/**
 * Someone changed a condition's check after the member last saw it, or at the same moment; nothing
 * of theirs was saved. The caller reads the check again to show the member what it is now.
 */
public class ConditionConflict extends ProblemException {

  ConditionConflict() {
    super(Problem.of(409, "Conflict",
        "Someone else changed this condition while you were editing it; nothing of yours was saved. Review it and save again."));
  }
}
