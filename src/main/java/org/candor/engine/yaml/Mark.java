package org.candor.engine.yaml;

/** A position in a definition file: 1-based line and column (columns count Unicode code points). */
public record Mark(int line, int column) {

  public static final Mark START = new Mark(1, 1);

  public Mark {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
