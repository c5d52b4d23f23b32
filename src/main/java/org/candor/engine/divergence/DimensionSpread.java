package org.candor.engine.divergence;

/**
 * The lowest and highest normalised (0–10) score members' own answers give one dimension.
 *
 * @param members how many members' recommendations were compared
 */
public record DimensionSpread(String dimension, String label, double lowest, double highest, int members) {}
