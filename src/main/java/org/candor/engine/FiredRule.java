package org.candor.engine;

import java.util.List;

/**
 * The rule that decided the outcome, and why.
 *
 * @param expression the rule's condition as written
 * @param facts the values of everything the condition reads
 */
public record FiredRule(
    String id, Outcome outcome, String reason, boolean redLine, String expression, List<Fact> facts) {
  public FiredRule {
    facts = List.copyOf(facts);
  }
}
