package org.candor.engine;

import java.util.Comparator;

/**
 * Something wrong in a definition file.
 *
 * @param source the file's name as given in its {@link DefinitionSource}
 * @param line 1-based line
 * @param column 1-based column (in Unicode code points)
 * @param message what is wrong, in an author's words
 */
public record DefinitionProblem(String source, int line, int column, String message) {

  /** File, then line, then column, then message. */
  public static final Comparator<DefinitionProblem> ORDER =
      Comparator.comparing(DefinitionProblem::source)
          .thenComparingInt(DefinitionProblem::line)
          .thenComparingInt(DefinitionProblem::column)
          .thenComparing(DefinitionProblem::message);

  /** {@code source:line:column: message}, the form compilers use, so editors can link to it. */
  @Override
  public String toString() {
    return source + ":" + line + ":" + column + ": " + message;
  }
}
