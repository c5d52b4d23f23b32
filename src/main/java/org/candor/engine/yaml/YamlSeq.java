package org.candor.engine.yaml;

import java.util.List;

/** A YAML sequence ({@code - item} lines or {@code [a, b]}). */
public final class YamlSeq implements YamlNode {

  private final List<YamlNode> items;
  private final Mark start;
  private final long expandedSize;

  public YamlSeq(List<YamlNode> items, Mark start, long expandedSize) {
    this.items = List.copyOf(items);
    this.start = start;
    this.expandedSize = expandedSize;
  }

  public List<YamlNode> items() {
    return items;
  }

  public int size() {
    return items.size();
  }

  public YamlNode get(int index) {
    return items.get(index);
  }

  @Override
  public Mark start() {
    return start;
  }

  @Override
  public long expandedSize() {
    return expandedSize;
  }

  @Override
  public String describeKind() {
    return "a list";
  }
}
