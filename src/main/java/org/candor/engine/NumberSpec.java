package org.candor.engine;

/**
 * The range of a number question.
 *
 * @param min the lowest accepted value, or {@code null} for no limit
 * @param max the highest accepted value, or {@code null} for no limit
 * @param integer whether only whole numbers are accepted
 * @param unit what is counted, e.g. "people", or {@code null}
 */
public record NumberSpec(Double min, Double max, boolean integer, String unit) {}
