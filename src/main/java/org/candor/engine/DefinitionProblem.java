package org.candor.engine;

import java.util.Comparator;

/**
 * Something wrong, or missing, in a definition file.
 *
 * @param source the file's name as given in its {@link DefinitionSource}
 * @param line 1-based line
 * @param column 1-based column (in Unicode code points)
 * @param message what is wrong, in an author's words
 * @param severity whether the file is refused ({@link Severity#ERROR}) or only incomplete
 */
public record DefinitionProblem(String source, int line, int column, String message, Severity severity) {

  /** An error refuses the file; a warning (such as a missing translation) is reported, and the file loads. */
  public enum Severity {
    ERROR,
    WARNING
  }

  /** File, then line, then column, then message. */
  public static final Comparator<DefinitionProblem> ORDER =
      Comparator.comparing(DefinitionProblem::source)
          .thenComparingInt(DefinitionProblem::line)
          .thenComparingInt(DefinitionProblem::column)
          .thenComparing(DefinitionProblem::message);

  /** An error. */
  public DefinitionProblem(String source, int line, int column, String message) {
    this(source, line, column, message, Severity.ERROR);
  }

  public boolean isWarning() {
    return severity == Severity.WARNING;
  }

  /**
   * {@code source:line:column: message}, or {@code source:line:column: warning: message}: the forms
   * compilers use, so editors can link to them.
   */
  @Override
  public String toString() {
    return source + ":" + line + ":" + column + ": " + (isWarning() ? "warning: " : "") + message;
  }
}
