package org.candor.engine;

/** The kinds of question; {@link #yamlName()} is how definition files write them. */
public enum QuestionType {
  SINGLE("single"),
  MULTI("multi"),
  YESNO("yesno"),
  SCALE("scale"),
  NUMBER("number"),
  TEXT("text");

  private final String yamlName;

  QuestionType(String yamlName) {
    this.yamlName = yamlName;
  }

  public String yamlName() {
    return yamlName;
  }

  /** The type written {@code name} in a definition file, or {@code null}. */
  public static QuestionType fromYaml(String name) {
    for (QuestionType type : values()) {
      if (type.yamlName.equals(name)) {
        return type;
      }
    }
    return null;
  }
}
