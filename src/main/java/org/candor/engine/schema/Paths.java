package org.candor.engine.schema;

import java.util.ArrayList;
import java.util.List;
import org.candor.engine.yaml.YamlMap;
import org.candor.engine.yaml.YamlNode;
import org.candor.engine.yaml.YamlScalar;
import org.candor.engine.yaml.YamlSeq;

/** Finds nodes by path and names the place a path points at ("question 'q1'", "rule 'r'"). */
final class Paths {

  private Paths() {}

  /** The nodes along {@code path}, starting with the root; stops early if the path leaves the tree. */
  static List<YamlNode> walk(YamlNode root, List<Object> path) {
    List<YamlNode> nodes = new ArrayList<>();
    nodes.add(root);
    YamlNode current = root;
    for (Object step : path) {
      YamlNode next = null;
      if (step instanceof String key && current instanceof YamlMap map) {
        next = map.get(key);
      } else if (step instanceof Integer index && current instanceof YamlSeq seq && index < seq.size()) {
        next = seq.get(index);
      }
      if (next == null) {
        break;
      }
      nodes.add(next);
      current = next;
    }
    return nodes;
  }

  /** The entry of {@code key} in the mapping at the end of {@code nodes}, if any. */
  static YamlMap.Entry entry(List<YamlNode> nodes, String key) {
    YamlNode last = nodes.get(nodes.size() - 1);
    return last instanceof YamlMap map ? map.entry(key) : null;
  }

  /**
   * Names the innermost thing an author knows by name that contains the node at {@code path}, e.g.
   * "question 'q1'", "option 'a' of question 'q1'", "rule 'r'", "the file".
   */
  static String describe(YamlNode root, List<Object> path) {
    List<YamlNode> nodes = walk(root, path);
    String described = "the file";
    String question = null;
    for (int i = 0; i + 1 < path.size(); i++) {
      if (!(path.get(i) instanceof String key) || !(path.get(i + 1) instanceof Integer index)) {
        continue;
      }
      YamlNode item = i + 2 < nodes.size() ? nodes.get(i + 2) : null;
      String id = idOf(item, key.equals("options") ? "value" : "id");
      String position = "no. " + (index + 1);
      switch (key) {
        case "sections" -> {
          String include = idOf(item, "include");
          described =
              include != null
                  ? "the include of section '" + include + "'"
                  : "section " + (id != null ? "'" + id + "'" : position);
        }
        case "questions" -> {
          question = "question " + (id != null ? "'" + id + "'" : position);
          described = question;
        }
        case "options" ->
            described = "option " + (id != null ? "'" + id + "'" : position) + (question == null ? "" : " of " + question);
        case "dimensions" -> described = "dimension " + (id != null ? "'" + id + "'" : position);
        case "rules" -> described = "rule " + (id != null ? "'" + id + "'" : position);
        case "conditions" -> described = "condition " + (id != null ? "'" + id + "'" : position) + " of " + described;
        case "stagePlans" -> described = "stage plan " + (id != null ? "'" + id + "'" : position);
        case "stages" -> described = "stage " + (id != null ? "'" + id + "'" : position) + " of " + described;
        case "prompts" -> described = "prompt " + (id != null ? "'" + id + "'" : position);
        case "sources" -> described = "source " + position;
        default -> {
          // lists of plain values: keep the enclosing description
        }
      }
    }
    return described;
  }

  private static String idOf(YamlNode node, String key) {
    if (node instanceof YamlMap map && map.get(key) instanceof YamlScalar scalar && scalar.isString()) {
      return scalar.value();
    }
    return null;
  }
}
