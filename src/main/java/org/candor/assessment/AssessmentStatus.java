package org.candor.assessment;

/** Where an assessment stands. */
public enum AssessmentStatus {
  /** Round 1: members answer alone; nobody sees anyone else's answers. */
  OPEN,
  /** Round 2: answers are revealed to the team, which discusses and settles consensus answers. */
  DELIBERATING,
  /** The lead finished it; its consensus and recommendation are the record. It can be re-opened as a new version. */
  FINISHED
}
