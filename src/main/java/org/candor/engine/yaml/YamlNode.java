package org.candor.engine.yaml;

/**
 * A node of a parsed YAML document that remembers where it starts in the file.
 *
 * <p>The tree is read-only. A node reached through an alias is the anchored node itself, so the
 * same instance can appear in several places.
 */
public sealed interface YamlNode permits YamlMap, YamlSeq, YamlScalar {

  /** Where the node starts in the file. */
  Mark start();

  /** How many nodes this node expands to, counting every alias in full. */
  long expandedSize();

  /** What an author would call this kind of value, for messages. */
  String describeKind();
}
