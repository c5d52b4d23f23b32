package org.candor.engine.expression;

import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;

/** The type an answer has inside expressions. */
public enum ValueType {
  /** single, yesno and text questions: {@code string}, {@code ""} when unanswered. */
  TEXT(SimpleType.STRING),
  /** multi questions: {@code list(string)}, {@code []} when unanswered. */
  CHOICES(ListType.create(SimpleType.STRING)),
  /** scale questions and whole-number questions: {@code int}, {@code 0} when unanswered. */
  WHOLE_NUMBER(SimpleType.INT),
  /** other number questions: {@code double}, {@code 0.0} when unanswered. */
  DECIMAL(SimpleType.DOUBLE),
  /** a question whose definition is broken: anything goes, so one error does not cause others. */
  UNKNOWN(SimpleType.DYN);

  private final CelType celType;

  ValueType(CelType celType) {
    this.celType = celType;
  }

  CelType celType() {
    return celType;
  }
}
