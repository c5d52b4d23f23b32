package org.candor.engine;

/** How much one answer added to (or took from) one dimension's raw score. */
public record Contribution(String question, String dimension, double amount) {}
