package org.candor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The expression examples in surveys/README.md compile against a matching questionnaire. */
class ReadmeExamplesTest {

  private static final String QUESTIONS =
      """
            - id: military_partner
              type: yesno
              prompt: Military partner?
              help: { why: Because., source: Test }
              weights:
                yes: { partner_risk: 10 }
            - id: release_planned
              type: yesno
              prompt: Release planned?
              help: { why: Because., source: Test }
            - id: release_artifacts
              type: multi
              prompt: What?
              help: { why: Because., source: Test }
              options:
                - { value: weights, label: Weights, weights: { release_hazard: 4 } }
                - { value: code, label: Code, weights: { safeguards: 1 } }
            - id: team_size
              type: number
              prompt: How many?
              help: { why: Because., source: Test }
              number: { min: 0, max: 100, integer: true }
            - id: irreversibility
              type: scale
              prompt: How irreversible?
              help: { why: Because., source: Test }
              scale: { min: 1, max: 4 }
            - id: describe_users
              type: text
              prompt: Who?
              help: { why: Because., source: Test }
      """;

  @Test
  void everyExpressionExampleCompiles() throws IOException {
    String readme = Files.readString(Path.of("surveys/README.md"));
    String block = readme.substring(readme.indexOf("Examples:\n\n```\n") + 14);
    block = block.substring(0, block.indexOf("```"));
    List<String> examples = new ArrayList<>();
    for (String line : block.split("\n")) {
      String expression = line.replaceAll("\\s+#.*$", "").strip();
      if (!expression.isEmpty()) {
        examples.add(expression);
      }
    }
    assertThat(examples).hasSize(10);
    StringBuilder prompts = new StringBuilder("prompts:\n");
    for (int i = 0; i < examples.size(); i++) {
      prompts.append("  - { id: p").append(i).append(", text: Example., showIf: \"").append(examples.get(i)).append("\" }\n");
    }
    String yaml =
        TestDefinitions.minimal(QUESTIONS, "    - { id: fallback, when: \"true\", outcome: GO, reason: Fine. }\n")
            .replace(
                "  - { id: risk, label: Risk, kind: risk }\n  - { id: benefit, label: Benefit, kind: benefit }\n",
                "  - { id: partner_risk, label: Partner risk, kind: risk }\n  - { id: release_hazard, label: Release hazard, kind: risk }\n  - { id: safeguards, label: Safeguards, kind: safeguard }\n")
            + prompts;
    assertThat(TestDefinitions.problems(yaml)).isEmpty();
    Questionnaire q = TestDefinitions.questionnaire(yaml);
    Recommendation r =
        new Engine().evaluate(q, Map.of("military_partner", "yes", "release_artifacts", List.of("weights", "code"), "describe_users", "the police"));
    assertThat(r.prompts()).extracting(PromptText::id).contains("p0", "p2", "p3", "p4", "p9");
  }
}
