package org.candor.engine;

/** The possible recommendations, from most to least permissive. */
public enum Outcome {
  GO,
  GO_WITH_CONDITIONS,
  STAGED_RELEASE,
  ESCALATE,
  NO_GO
}
