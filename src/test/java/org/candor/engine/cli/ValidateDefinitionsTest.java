package org.candor.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ValidateDefinitionsTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ValidateDefinitions.run(
        args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aValidFolderPasses() {
    assertThat(run("src/test/resources/catalog")).isZero();
    assertThat(out()).isEqualTo("1 questionnaire, 1 reusable section, 1 case valid; no problems.\n");
  }

  @Test
  void problemsAreListedWithFileLineAndColumnAndTheStatusIsOne() {
    assertThat(run("src/test/resources/invalid/rule-type-error.yaml", "src/test/resources/invalid/include-cycle")).isEqualTo(1);
    assertThat(out())
        .isEqualTo(
            """
            src/test/resources/invalid/include-cycle/fixture.yaml:11:14: section 'alpha' has errors (see src/test/resources/invalid/include-cycle/sections/alpha.yaml), so it cannot be included
            src/test/resources/invalid/include-cycle/sections/beta.yaml:4:12: sections include each other in a cycle: alpha → beta → alpha
            src/test/resources/invalid/rule-type-error.yaml:37:22: '==' cannot be used with text and a whole number; text values are written in quotes, numbers without
            0 questionnaires, 0 reusable sections, 0 cases valid; 3 problems.
            """);
  }

  @Test
  void missingTranslationsArePrintedAsWarningsAndDoNotFail() {
    assertThat(run("src/test/resources/translations/release-review.yaml", "src/test/resources/translations/sections")).isZero();
    assertThat(out())
        .isEqualTo(
            """
            src/test/resources/translations/release-review.yaml:88:58: warning: 'unit' is missing its zh translation (the file's 'languages' promise en, fr, zh)
            src/test/resources/translations/release-review.yaml:92:17: warning: 'prompt' is missing its fr, zh translations (the file's 'languages' promise en, fr, zh)
            1 questionnaire, 1 reusable section, 0 cases valid; 2 warnings.
            """);
  }

  @Test
  void errorsFailEvenAmongWarnings() {
    assertThat(run("src/test/resources/invalid/translation-without-source-language.yaml")).isEqualTo(1);
    assertThat(out()).endsWith("0 questionnaires, 0 reusable sections, 0 cases valid; 1 problem, 11 warnings.\n");
  }

  @Test
  void aFolderWithoutDefinitionsPasses() {
    assertThat(run("surveys")).isZero();
  }

  @Test
  void usageErrorsHaveStatusTwo() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: ValidateDefinitions FILE-OR-FOLDER...");
    assertThat(run("no/such/place")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file or folder: no/such/place");
  }
}
