package org.candor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.candor.engine.yaml.Mark;
import org.candor.engine.yaml.YamlNode;

/** Collects the problems of a load, each at most once. */
final class Problems {

  private final LinkedHashSet<DefinitionProblem> problems = new LinkedHashSet<>();
  private final Map<String, Integer> perSource = new HashMap<>();

  void add(String source, Mark mark, String message) {
    if (problems.add(new DefinitionProblem(source, mark.line(), mark.column(), message))) {
      perSource.merge(source, 1, Integer::sum);
    }
  }

  void add(String source, YamlNode node, String message) {
    add(source, node.start(), message);
  }

  int count() {
    return problems.size();
  }

  boolean any(String source) {
    return perSource.getOrDefault(source, 0) > 0;
  }

  List<DefinitionProblem> sorted() {
    List<DefinitionProblem> list = new ArrayList<>(problems);
    list.sort(DefinitionProblem.ORDER);
    return list;
  }
}
