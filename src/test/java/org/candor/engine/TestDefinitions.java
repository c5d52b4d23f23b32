package org.candor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Loads test questionnaires and fails loudly if they are not valid. */
final class TestDefinitions {

  private static final QuestionnaireLoader LOADER = new QuestionnaireLoader();

  private TestDefinitions() {}

  /** A questionnaire from {@code src/test/resources/engine/<name>.yaml}. */
  static Questionnaire resource(String name) {
    try {
      return questionnaire(Files.readString(Path.of("src/test/resources/engine", name + ".yaml")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Questionnaire questionnaire(String yaml) {
    Catalog catalog = LOADER.load(List.of(new DefinitionSource("test.yaml", yaml)));
    assertThat(catalog.problems()).isEmpty();
    assertThat(catalog.questionnaires()).hasSize(1);
    return catalog.questionnaires().get(0);
  }

  static List<String> problems(String yaml) {
    return LOADER.load(List.of(new DefinitionSource("test.yaml", yaml))).problems().stream()
        .map(p -> p.line() + ":" + p.column() + ": " + p.message())
        .toList();
  }

  /**
   * A minimal questionnaire around the given question and rule YAML (already indented for their
   * lists), with dimensions {@code risk} and {@code benefit}.
   */
  static String minimal(String questions, String rules) {
    return """
        kind: questionnaire
        id: minimal
        version: "1.0.0"
        title: Minimal
        summary: A minimal questionnaire for a unit test.
        dimensions:
          - { id: risk, label: Risk, kind: risk }
          - { id: benefit, label: Benefit, kind: benefit }
        sections:
          - id: main
            title: Main
            questions:
        """
        + questions
        + """
        policy:
          rules:
        """
        + rules;
  }
}
