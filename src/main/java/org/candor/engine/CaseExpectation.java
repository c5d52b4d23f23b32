package org.candor.engine;

import java.util.List;

/**
 * What a case's answers must lead to.
 *
 * @param conditions condition ids that must be attached (possibly empty)
 */
public record CaseExpectation(Outcome outcome, String firedRule, List<String> conditions) {
  public CaseExpectation {
    conditions = conditions == null ? List.of() : List.copyOf(conditions);
  }
}
