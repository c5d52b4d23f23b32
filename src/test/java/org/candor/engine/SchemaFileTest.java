package org.candor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.candor.engine.schema.DefinitionSchema;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** surveys/schema is the schema editors use and the one the loader checks with. */
class SchemaFileTest {

  private static final Path SCHEMA = Path.of("surveys/schema/candor.schema.json");

  @Test
  void theLoaderUsesTheSchemaShippedInSurveys() throws IOException {
    try (InputStream shipped = DefinitionSchema.class.getResourceAsStream(DefinitionSchema.RESOURCE)) {
      assertThat(shipped).isNotNull();
      assertThat(shipped.readAllBytes()).isEqualTo(Files.readAllBytes(SCHEMA));
    }
  }

  @Test
  void itIsADraft07SchemaThatEditorsUnderstandWithoutTheNetwork() {
    JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
    assertThat(schema.path("$schema").asString()).isEqualTo("http://json-schema.org/draft-07/schema#");
    assertThat(schema.toString()).doesNotContain("\"$ref\":\"http").doesNotContain("\"$ref\":\"./");
    assertThat(schema.path("definitions").path("question").path("properties").path("type").path("enum").toString())
        .isEqualTo("[\"single\",\"multi\",\"yesno\",\"scale\",\"number\",\"text\"]");
    assertThat(schema.path("definitions").path("outcome").path("enum").toString())
        .isEqualTo("[\"GO\",\"GO_WITH_CONDITIONS\",\"STAGED_RELEASE\",\"ESCALATE\",\"NO_GO\"]");
  }

  @Test
  void questionTypesAndOutcomesMatchTheEngine() {
    JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
    java.util.List<String> types = new java.util.ArrayList<>();
    schema.path("definitions").path("question").path("properties").path("type").path("enum").forEach(t -> types.add(t.asString()));
    assertThat(types).containsExactly(java.util.Arrays.stream(QuestionType.values()).map(QuestionType::yamlName).toArray(String[]::new));
    java.util.List<String> outcomes = new java.util.ArrayList<>();
    schema.path("definitions").path("outcome").path("enum").forEach(t -> outcomes.add(t.asString()));
    assertThat(outcomes).containsExactly(java.util.Arrays.stream(Outcome.values()).map(Enum::name).toArray(String[]::new));
  }
}
