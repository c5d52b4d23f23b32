package org.candor.platform;

import java.util.Locale;

/**
 * Thrown by services for a request that cannot be honoured. The API renders it as problem+json;
 * views show its field errors beside the fields.
 */
public class ProblemException extends RuntimeException {

  private final transient Problem problem;
  /** The problem's detail (for a field error, the field's message) in the reader's language, when known. */
  private final transient Text text;
  /** The object as it is now, for the loser of a concurrent edit; {@code null} when not told. */
  private final transient Object current;

  public ProblemException(Problem problem) {
    this(problem, null, null);
  }

  private ProblemException(Problem problem, Text text, Object current) {
    super(problem.detail());
    this.problem = problem;
    this.text = text;
    this.current = current;
  }

  public Problem problem() {
    return problem;
  }

  /**
   * The same problem, telling the object as it is now (the API sends it as the {@code current}
   * member): whoever lost a concurrent edit sees the other person's change without asking again.
   */
  public ProblemException withCurrent(Object currentState) {
    return new ProblemException(problem, text, currentState);
  }

  /** The object as it is now, or {@code null}. */
  public Object current() {
    return current;
  }

  /** The detail as a page in this language shows it; API clients get the English {@link #problem()}. */
  public String detailIn(Locale locale) {
    return text == null ? problem.detail() : text.in(locale);
  }

  public static ProblemException invalidField(String field, String message) {
    return new ProblemException(
        Problem.forField(400, "Invalid request", field, message));
  }

  public static ProblemException invalidField(String field, Text message) {
    return new ProblemException(Problem.forField(400, "Invalid request", field, message.english()), message, null);
  }

  public static ProblemException notFound(Text detail) {
    return new ProblemException(Problem.of(404, "Not found", detail.english()), detail, null);
  }

  public static ProblemException forbidden(Text detail) {
    return new ProblemException(Problem.of(403, "Forbidden", detail.english()), detail, null);
  }

  public static ProblemException conflict(Text detail) {
    return new ProblemException(Problem.of(409, "Conflict", detail.english()), detail, null);
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(Problem.of(404, "Not found", detail));
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(Problem.of(403, "Forbidden", detail));
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(Problem.of(409, "Conflict", detail));
  }
}
