package org.candor.engine;

/**
 * A mitigation a rule attaches to its outcome.
 *
 * @param text what must be done
 * @param reason why
 */
public record Condition(String id, String text, String reason) {}
