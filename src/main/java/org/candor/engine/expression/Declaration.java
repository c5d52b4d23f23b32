package org.candor.engine.expression;

import java.util.List;

/**
 * A question as expressions see it.
 *
 * @param id the question id (a variable in expressions)
 * @param type the type of its answer
 * @param options the option values an answer can take (single, multi, yesno), or {@code null}
 * @param order its position in the questionnaire (0-based); a showIf may use only lower ones
 */
public record Declaration(String id, ValueType type, List<String> options, int order) {
  public Declaration {
    options = options == null ? null : List.copyOf(options);
  }
}
