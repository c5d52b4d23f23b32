package org.candor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.candor.engine.DefinitionProblem.Severity;
import org.candor.engine.yaml.Mark;
import org.candor.engine.yaml.YamlNode;

/** Collects the problems of a load, each at most once. Only errors make a file unusable. */
final class Problems {

  private final LinkedHashSet<DefinitionProblem> problems = new LinkedHashSet<>();
  private final Map<String, Integer> errorsPerSource = new HashMap<>();
  private int errors;

  void add(String source, Mark mark, String message) {
    if (problems.add(new DefinitionProblem(source, mark.line(), mark.column(), message, Severity.ERROR))) {
      errors++;
      errorsPerSource.merge(source, 1, Integer::sum);
    }
  }

  void add(String source, YamlNode node, String message) {
    add(source, node.start(), message);
  }

  void warn(String source, Mark mark, String message) {
    problems.add(new DefinitionProblem(source, mark.line(), mark.column(), message, Severity.WARNING));
  }

  /** How many errors have been reported so far (warnings do not count). */
  int count() {
    return errors;
  }

  /** Whether {@code source} has an error. */
  boolean any(String source) {
    return errorsPerSource.getOrDefault(source, 0) > 0;
  }

  List<DefinitionProblem> sorted() {
    List<DefinitionProblem> list = new ArrayList<>(problems);
    list.sort(DefinitionProblem.ORDER);
    return list;
  }
}
