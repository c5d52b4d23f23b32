package org.candor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The content hash and the self-contained YAML the shell stores as the immutable version. */
class ContentHashTest {

  private final QuestionnaireLoader loader = new QuestionnaireLoader();

  private Questionnaire withSections() throws IOException {
    return loader.loadDirectory(Path.of("src/test/resources/catalog")).latest("release-review").orElseThrow();
  }

  private Questionnaire load(String name, String text) {
    Catalog catalog = loader.load(List.of(new DefinitionSource(name, text)));
    assertThat(catalog.problems()).isEmpty();
    return catalog.questionnaires().get(0);
  }

  @Test
  void theSelfContainedYamlLoadsAloneIntoAnEqualQuestionnaireWithTheSameHash() throws IOException {
    Questionnaire original = withSections();
    Questionnaire stored = load("stored.yaml", original.selfContainedYaml());
    assertThat(stored.contentHash()).isEqualTo(original.contentHash()).matches("[0-9a-f]{64}");
    assertThat(stored.sections()).isEqualTo(original.sections());
    assertThat(stored.dimensions()).isEqualTo(original.dimensions());
    assertThat(stored.rules()).isEqualTo(original.rules());
    assertThat(stored.stagePlans()).isEqualTo(original.stagePlans());
    assertThat(stored.prompts()).isEqualTo(original.prompts());
    assertThat(stored.selfContainedYaml()).isEqualTo(original.selfContainedYaml());
    assertThat(stored.content()).isEqualTo(original.content());
    assertThat(original.content().sections()).isEqualTo(original.sections());
    Map<String, Object> answers = Map.of("military_partner", "no", "partner_type", "company", "artifacts", List.of("code"), "irreversibility", 2);
    assertThat(new Engine().evaluate(stored, answers)).isEqualTo(new Engine().evaluate(original, answers));
  }

  @Test
  void formattingCommentsKeyOrderAndDefaultsDoNotChangeTheHash() throws IOException {
    String text = Files.readString(Path.of("src/test/resources/engine/policy.yaml"));
    String hash = load("a.yaml", text).contentHash();
    String reformatted =
        text.replace("# Every kind of rule", "# A different comment about every kind of rule")
            .replace("weights: { risk: 2, benefit: 2 }", "weights: {benefit: 2.0, risk: 2}")
            .replace("title: Policy\nsummary:", "summary:")
            .replace("version: \"1.0.0\"\n", "version: '1.0.0'\ntitle: Policy\n")
            .replace("        prompt: Who will use the weights?\n", "        prompt: >-\n          Who will use\n          the weights?\n        required: true\n")
            .replace("        required: true\n        showIf: \"'weights' in outputs\"", "        showIf: \"'weights' in outputs\"");
    assertThat(reformatted).isNotEqualTo(text);
    assertThat(load("b.yaml", reformatted).contentHash()).isEqualTo(hash);
  }

  @Test
  void anyChangeOfContentChangesTheHash() throws IOException {
    String text = Files.readString(Path.of("src/test/resources/engine/policy.yaml"));
    String hash = load("a.yaml", text).contentHash();
    assertThat(load("b.yaml", text.replace("unsure: { risk: 3 }", "unsure: { risk: 4 }")).contentHash()).isNotEqualTo(hash);
    assertThat(load("c.yaml", text.replace("reason: Nothing raised a concern.", "reason: No concern.")).contentHash()).isNotEqualTo(hash);
    assertThat(load("d.yaml", text.replace("score.risk >= 7", "score.risk >= 7.5")).contentHash()).isNotEqualTo(hash);
  }

  @Test
  void theHashCoversIncludedSectionsToo() throws IOException {
    Questionnaire original = withSections();
    Path catalog = Path.of("src/test/resources/catalog");
    String section = Files.readString(catalog.resolve("sections/partners.yaml")).replace("A company", "A firm");
    Catalog changed =
        loader.load(
            List.of(
                new DefinitionSource("q.yaml", Files.readString(catalog.resolve("release-review.yaml"))),
                new DefinitionSource("s.yaml", section)));
    assertThat(changed.questionnaires().get(0).contentHash()).isNotEqualTo(original.contentHash());
  }
}
