package org.candor.engine;

/** The range of a scale question; labels may be {@code null}. */
public record ScaleSpec(int min, int max, String minLabel, String maxLabel) {}
