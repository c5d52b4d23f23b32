package org.candor.engine;

/**
 * A risk, benefit or safeguard axis that answers are weighted on.
 *
 * @param min the lowest raw score the questionnaire allows on it
 * @param max the highest raw score the questionnaire allows on it
 */
public record Dimension(String id, String label, DimensionKind kind, String description, double min, double max) {

  /** {@code raw} on the 0–10 scale: 10 × (raw − min) / (max − min); 0 when min equals max. */
  public double normalise(double raw) {
    if (max <= min) {
      return 0;
    }
    double value = 10 * (raw - min) / (max - min);
    return Math.max(0, Math.min(10, value));
  }
}
