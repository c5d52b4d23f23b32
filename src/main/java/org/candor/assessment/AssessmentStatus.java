package org.candor.assessment;

/** Where an assessment stands. */
public enum AssessmentStatus {
  /** Members are answering. */
  OPEN
}
