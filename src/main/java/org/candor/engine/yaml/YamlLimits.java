package org.candor.engine.yaml;

/**
 * Limits that keep a hostile file from exhausting memory or stack.
 *
 * @param maxCharacters the largest file accepted, in characters
 * @param maxDepth how deeply lists and mappings may nest
 * @param maxValues how many values the document may expand to, counting each alias in full (this
 *     is what stops "billion laughs" alias bombs)
 */
public record YamlLimits(int maxCharacters, int maxDepth, long maxValues) {

  public static final YamlLimits DEFAULT = new YamlLimits(1_048_576, 24, 100_000);

  public YamlLimits {
    if (maxCharacters < 1 || maxDepth < 1 || maxValues < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
