package org.candor.engine;

import java.util.List;
import org.candor.engine.yaml.Mark;
import org.candor.engine.yaml.YamlMap;
import org.candor.engine.yaml.YamlNode;
import org.candor.engine.yaml.YamlScalar;
import org.candor.engine.yaml.YamlSeq;

/**
 * Reads values from a YAML tree without trusting its shape: a value of the wrong kind reads as
 * absent (the schema check has already said what is wrong with it).
 */
final class Nodes {

  private Nodes() {}

  static String text(YamlMap map, String key) {
    return map != null && map.get(key) instanceof YamlScalar s && s.isString() ? s.value() : null;
  }

  static YamlScalar scalar(YamlMap map, String key) {
    return map != null && map.get(key) instanceof YamlScalar s ? s : null;
  }

  static boolean flag(YamlMap map, String key) {
    return map != null && map.get(key) instanceof YamlScalar s && Boolean.TRUE.equals(s.resolved());
  }

  static Double number(YamlMap map, String key) {
    if (map != null && map.get(key) instanceof YamlScalar s && s.resolved() instanceof Number n) {
      return n.doubleValue();
    }
    return null;
  }

  static Long whole(YamlMap map, String key) {
    if (map != null && map.get(key) instanceof YamlScalar s && s.resolved() instanceof Long n) {
      return n;
    }
    return null;
  }

  static YamlMap map(YamlMap map, String key) {
    return map != null && map.get(key) instanceof YamlMap m ? m : null;
  }

  static List<YamlNode> list(YamlMap map, String key) {
    return map != null && map.get(key) instanceof YamlSeq s ? s.items() : List.of();
  }

  static YamlMap asMap(YamlNode node) {
    return node instanceof YamlMap m ? m : null;
  }

  /** Where the value of {@code key} starts, else where the mapping starts. */
  static Mark at(YamlMap map, String key) {
    YamlNode value = map.get(key);
    return value != null ? value.start() : map.start();
  }

  /** Where the key {@code key} is written, else where the mapping starts. */
  static Mark keyAt(YamlMap map, String key) {
    YamlMap.Entry entry = map.entry(key);
    return entry != null ? entry.key().start() : map.start();
  }

  /** "line 12" or "line 12 of surveys/sections/x.yaml" when the other place is in another file. */
  static String place(Mark mark, String source, String currentSource) {
    return source.equals(currentSource) ? "line " + mark.line() : source + " line " + mark.line();
  }
}
