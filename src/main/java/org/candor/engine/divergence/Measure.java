package org.candor.engine.divergence;

/** Which disagreement measure a question's type calls for; each gives 0 (all agree) to 1. */
public enum Measure {
  /**
   * Single choice and yes/no: the share of answers that differ from the most common one, scaled so
   * that answers spread as evenly as the options allow give 1.
   */
  NON_MODAL_SHARE,
  /** Multiple choice: the mean Jaccard distance between every two members' sets of choices. */
  MEAN_JACCARD_DISTANCE,
  /** Rating scale and number: the range of the answers over the question's range. */
  NORMALISED_RANGE,
  /** Free text has no measure; the answers are read, not counted. */
  NONE
}
