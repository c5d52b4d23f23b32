package org.candor.engine;

import java.util.List;

/**
 * One rule of a questionnaire's policy; the first rule whose {@code when} holds decides.
 *
 * @param redLine whether one answer alone forces this outcome (red lines come first)
 * @param when the CEL condition
 * @param stagePlan the id of the stage plan (STAGED_RELEASE only), or {@code null}
 * @param conditions mitigations attached to the outcome
 */
public record Rule(
    String id,
    boolean redLine,
    String when,
    Outcome outcome,
    String reason,
    String stagePlan,
    List<Condition> conditions) {
  public Rule {
    conditions = List.copyOf(conditions);
  }
}
