package org.candor.engine.yaml;

/**
 * A scalar value. {@link #value()} is the text as written (after YAML unescaping); {@link
 * #resolved()} is that text read by the YAML 1.2 core schema: a {@code String}, {@code Long},
 * {@code java.math.BigInteger}, {@code Double}, {@code Boolean} or {@code null}. Quoted and block
 * scalars are always strings.
 */
public final class YamlScalar implements YamlNode {

  private final String value;
  private final Object resolved;
  private final Mark start;
  private final Mark contentStart;

  /**
   * @param contentStart where the first character of {@code value} is in the file when the value
   *     is written on one line exactly as it reads (no escapes or folding), or {@code null}
   */
  public YamlScalar(String value, Object resolved, Mark start, Mark contentStart) {
    this.value = value;
    this.resolved = resolved;
    this.start = start;
    this.contentStart = contentStart;
  }

  public String value() {
    return value;
  }

  public Object resolved() {
    return resolved;
  }

  public boolean isString() {
    return resolved instanceof String;
  }

  public boolean isNull() {
    return resolved == null;
  }

  @Override
  public Mark start() {
    return start;
  }

  /**
   * The position of the code point at {@code offset} inside the value, when the value maps one to
   * one onto a single line of the file; otherwise the start of the scalar.
   */
  public Mark positionOf(int offset) {
    if (contentStart == null || offset < 0 || offset > value.codePointCount(0, value.length())) {
      return start;
    }
    return new Mark(contentStart.line(), contentStart.column() + offset);
  }

  @Override
  public long expandedSize() {
    return 1;
  }

  @Override
  public String describeKind() {
    if (resolved == null) {
      return "nothing (an empty value)";
    }
    if (resolved instanceof Boolean) {
      return "true/false";
    }
    if (resolved instanceof Number) {
      return "a number";
    }
    return "text";
  }

  @Override
  public String toString() {
    return String.valueOf(resolved);
  }
}
