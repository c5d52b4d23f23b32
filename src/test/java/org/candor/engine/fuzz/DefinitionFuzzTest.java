package org.candor.engine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.candor.engine.Catalog;
import org.candor.engine.DefinitionProblem;
import org.candor.engine.DefinitionSource;
import org.candor.engine.QuestionnaireLoader;
import org.candor.engine.yaml.YamlNode;
import org.candor.engine.yaml.YamlReader;
import org.candor.engine.yaml.YamlSyntaxException;

/**
 * Fuzzes the YAML reader and the loader behind it with arbitrary text. Whatever the input, the
 * reader returns a tree or throws {@link YamlSyntaxException} with a position, and the loader
 * returns a catalog whose every problem names the file, a line and a column: no other exception
 * (NullPointerException, ClassCastException, StackOverflowError, OutOfMemoryError…) escapes.
 *
 * <p>{@code mvn test} runs these tests in regression mode: each replays the saved inputs under
 * {@code src/test/resources/org/candor/engine/fuzz/DefinitionFuzzTestInputs/<method>/} (a seed
 * corpus of valid and hostile files, plus every input that once found a bug). To fuzz for real,
 * on one core and for a bounded time:
 *
 * <pre>
 * JAZZER_FUZZ=1 nice -n 19 mvn -o test -Dtest=DefinitionFuzzTest#loader -Djazzer.max_duration=5m \
 *     '-Djazzer.instrumentation_includes=org.candor.**:org.snakeyaml.**'
 * </pre>
 *
 * (one method per run; without the includes Jazzer instruments only {@code org.candor} and is blind
 * inside snakeyaml-engine). Jazzer then writes any crashing input into the inputs folder above (fix the bug and commit the
 * input: it becomes a regression test) and keeps its generated corpus in {@code .cifuzz-corpus/},
 * which is not committed. Each input is also bounded by Jazzer's per-input timeout, so an input that
 * makes the reader run for long is reported as a finding too.
 */
class DefinitionFuzzTest {

  private final YamlReader reader = new YamlReader();
  private final QuestionnaireLoader loader = new QuestionnaireLoader();

  @FuzzTest(maxDuration = "5m")
  void yamlReader(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    try {
      YamlNode root = reader.read(text);
      assertThat(root).isNotNull();
    } catch (YamlSyntaxException e) {
      assertThat(e.mark()).isNotNull();
      assertThat(e.mark().line()).isPositive();
      assertThat(e.mark().column()).isPositive();
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  @FuzzTest(maxDuration = "5m")
  void loader(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Catalog catalog = loader.load(List.of(new DefinitionSource("fuzz.yaml", text)));
    for (DefinitionProblem problem : catalog.problems()) {
      assertThat(problem.source()).isEqualTo("fuzz.yaml");
      assertThat(problem.line()).isPositive();
      assertThat(problem.column()).isPositive();
      assertThat(problem.message()).isNotBlank();
    }
    assertThat(catalog.errors().isEmpty())
        .as("a catalog holds a definition exactly when it has no errors")
        .isEqualTo(catalog.questionnaires().size() + catalog.sections().size() + catalog.cases().size() == 1);
  }
}
