package org.candor.engine;

/**
 * A dimension's score in a recommendation.
 *
 * @param raw the sum of contributions
 * @param min the lowest raw score the questionnaire allows
 * @param max the highest raw score the questionnaire allows
 * @param normalised raw on a 0–10 scale
 */
public record DimensionScore(
    String dimension, String label, DimensionKind kind, double raw, double min, double max, double normalised) {}
