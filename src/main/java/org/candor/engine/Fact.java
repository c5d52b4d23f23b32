package org.candor.engine;

/**
 * The value of one variable a rule read when it fired, e.g. {@code score.release_hazard = 7.5}.
 *
 * @param value rendered as in expressions: {@code 'yes'}, {@code ['a', 'b']}, {@code 7.5}
 */
public record Fact(String name, String value) {}
