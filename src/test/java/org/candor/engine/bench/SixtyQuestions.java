package org.candor.engine.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.candor.engine.Catalog;
import org.candor.engine.DefinitionSource;
import org.candor.engine.Questionnaire;
import org.candor.engine.QuestionnaireLoader;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The benchmark's 60-question questionnaire and a full set of answers. */
final class SixtyQuestions {

  private static final Path DIR = Path.of("src/test/resources/bench");

  private SixtyQuestions() {}

  static Questionnaire questionnaire() {
    try {
      Catalog catalog =
          new QuestionnaireLoader()
              .load(List.of(new DefinitionSource("sixty-questions.yaml", Files.readString(DIR.resolve("sixty-questions.yaml")))));
      if (!catalog.problems().isEmpty()) {
        throw new IllegalStateException(catalog.problems().toString());
      }
      return catalog.questionnaires().get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> answers() {
    try {
      Object loaded = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(DIR.resolve("sixty-answers.yaml")));
      return new LinkedHashMap<>((Map<String, Object>) loaded);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
