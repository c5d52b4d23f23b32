package org.candor.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.candor.engine.Catalog;
import org.candor.engine.DefinitionProblem;
import org.candor.engine.QuestionnaireLoader;

/**
 * Validates definition files from the command line, for authors and their CI.
 *
 * <pre>java -cp ... org.candor.engine.cli.ValidateDefinitions FILE-OR-FOLDER...</pre>
 *
 * All given files and folders are loaded together, so includes and cases resolve across them.
 * Prints one line per problem ({@code file:line:column: message}, warnings as {@code
 * file:line:column: warning: message}) and a summary. Exit status: 0 when there are no errors
 * (warnings, such as missing translations, do not fail), 1 when there are errors, 2 for a usage
 * error.
 */
public final class ValidateDefinitions {

  private ValidateDefinitions() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the validator; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
      err.println("usage: ValidateDefinitions FILE-OR-FOLDER...");
      err.println("Checks Candor questionnaires, reusable sections and cases (YAML).");
      return 2;
    }
    List<Path> paths = new ArrayList<>();
    for (String arg : args) {
      if (!arg.isBlank()) {
        paths.add(Path.of(arg));
      }
    }
    Catalog catalog;
    try {
      catalog = new QuestionnaireLoader().loadPaths(paths, Path.of(""));
    } catch (NoSuchFileException e) {
      err.println("no such file or folder: " + e.getFile());
      return 2;
    } catch (IOException e) {
      err.println("cannot read: " + e.getMessage());
      return 2;
    }
    for (DefinitionProblem problem : catalog.problems()) {
      out.println(problem);
    }
    String checked =
        count(catalog.questionnaires().size(), "questionnaire")
            + ", "
            + count(catalog.sections().size(), "reusable section")
            + ", "
            + count(catalog.cases().size(), "case")
            + " valid";
    int errors = catalog.errors().size();
    int warnings = catalog.warnings().size();
    if (errors == 0 && warnings == 0) {
      out.println(checked + "; no problems.");
      return 0;
    }
    List<String> counts = new ArrayList<>();
    if (errors > 0) {
      counts.add(count(errors, "problem"));
    }
    if (warnings > 0) {
      counts.add(count(warnings, "warning"));
    }
    out.println(checked + "; " + String.join(", ", counts) + ".");
    return errors == 0 ? 0 : 1;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
