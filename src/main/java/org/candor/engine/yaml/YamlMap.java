package org.candor.engine.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML mapping with text keys, in file order. Keys are unique (the reader refuses duplicates). */
public final class YamlMap implements YamlNode {

  /** One {@code key: value} pair; the key keeps its own position for messages. */
  public record Entry(YamlScalar key, YamlNode value) {
    public String name() {
      return key.value();
    }
  }

  private final List<Entry> entries;
  private final Map<String, Entry> byName;
  private final Mark start;
  private final long expandedSize;

  public YamlMap(List<Entry> entries, Mark start, long expandedSize) {
    this.entries = List.copyOf(entries);
    this.byName = new LinkedHashMap<>();
    for (Entry entry : this.entries) {
      byName.putIfAbsent(entry.name(), entry);
    }
    this.start = start;
    this.expandedSize = expandedSize;
  }

  public List<Entry> entries() {
    return entries;
  }

  public boolean has(String key) {
    return byName.containsKey(key);
  }

  /** The value under {@code key}, or {@code null}. */
  public YamlNode get(String key) {
    Entry entry = byName.get(key);
    return entry == null ? null : entry.value();
  }

  /** The entry under {@code key}, or {@code null}. */
  public Entry entry(String key) {
    return byName.get(key);
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
    return "a mapping (key: value lines)";
  }
}
