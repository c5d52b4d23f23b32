package org.candor.engine.yaml;

/** The file is not YAML this reader accepts; says where and why in an author's words. */
public final class YamlSyntaxException extends Exception {

  private final transient Mark mark;

  public YamlSyntaxException(Mark mark, String message) {
    super(message, null, false, false);
    this.mark = mark;
  }

  public Mark mark() {
    return mark;
  }
}
