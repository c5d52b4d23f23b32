package org.candor.engine.expression;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;
import java.util.List;
import java.util.Set;

/**
 * A type-checked expression, compiled once when its questionnaire is loaded. Evaluating it only
 * reads the variables it is given; it cannot run other code.
 */
public final class CompiledExpression {

  private final String source;
  private final CelRuntime.Program program;
  private final List<String> variables;
  private final Set<String> questions;
  private final Set<String> dimensions;
  private final Dnf dnf;

  CompiledExpression(
      String source,
      CelRuntime.Program program,
      List<String> variables,
      Set<String> questions,
      Set<String> dimensions,
      Dnf dnf) {
    this.source = source;
    this.program = program;
    this.variables = List.copyOf(variables);
    this.questions = Set.copyOf(questions);
    this.dimensions = Set.copyOf(dimensions);
    this.dnf = dnf;
  }

  /** The expression as written. */
  public String source() {
    return source;
  }

  /**
   * The variables it reads, in the order they first appear: {@code q}, {@code answered.q}, {@code
   * score.d}, {@code raw.d}.
   */
  public List<String> variables() {
    return variables;
  }

  /** The questions it reads (directly or through {@code answered.}). */
  public Set<String> questions() {
    return questions;
  }

  /** The dimensions it reads through {@code score.} or {@code raw.}. */
  public Set<String> dimensions() {
    return dimensions;
  }

  /** Its shape as clauses of atoms, or {@code null} when it is too large to analyse. */
  public Dnf dnf() {
    return dnf;
  }

  /**
   * Evaluates the expression.
   *
   * @throws EvaluationFailure when CEL reports an error (for example a division by zero)
   */
  public boolean test(CelVariableResolver variables) {
    try {
      Object result = program.eval(variables);
      if (result instanceof Boolean b) {
        return b;
      }
      throw new EvaluationFailure("the expression gave " + result + " instead of true or false");
    } catch (CelEvaluationException e) {
      throw new EvaluationFailure(e.getMessage());
    }
  }

  /** An expression could not be evaluated. */
  public static final class EvaluationFailure extends RuntimeException {
    EvaluationFailure(String message) {
      super(message, null, false, false);
    }
  }

  @Override
  public String toString() {
    return source;
  }
}
