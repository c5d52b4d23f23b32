package org.candor.engine;

import java.util.Map;

/**
 * A choice of a single or multi question.
 *
 * @param value what is stored and what expressions compare with
 * @param label what people see
 * @param weights weight per dimension id (dimension declaration order), possibly empty
 */
public record Option(String value, String label, Map<String, Double> weights) {
  public Option {
    weights = Maps.frozen(weights);
  }
}
