package org.candor.engine.expression;

/**
 * One elementary test inside a condition, as far as the engine can see into it. Conditions are
 * analysed into {@link Dnf} form over atoms to find rules that can never fire and to explain how
 * far a score is from a threshold.
 */
public sealed interface Atom {

  /** {@code score.<dimension> op value} or {@code raw.<dimension> op value}. */
  record Threshold(Measure measure, String dimension, Comparison op, double value) implements Atom {
    public String variable() {
      return measure.prefix() + dimension;
    }
  }

  /** {@code question == 'value'} (or {@code !=} when negated) for single, yesno and text questions. */
  record AnswerIs(String question, String value, boolean negated) implements Atom {}

  /** {@code 'value' in question} (or its negation) for multi questions. */
  record ChoiceIncludes(String question, String value, boolean negated) implements Atom {}

  /** {@code answered.question} (or its negation). */
  record Answered(String question, boolean negated) implements Atom {}

  /** Anything else; two opaque atoms are the same test only when written the same way. */
  record Opaque(String expression, boolean negated) implements Atom {}

  /** Which score a threshold reads. */
  enum Measure {
    SCORE("score."),
    RAW("raw.");

    private final String prefix;

    Measure(String prefix) {
      this.prefix = prefix;
    }

    public String prefix() {
      return prefix;
    }
  }
}
