package org.candor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading sets of files: directories, versions, includes, cases, validation against a library. */
class CatalogTest {

  private static final Path CATALOG = Path.of("src/test/resources/catalog");

  private final QuestionnaireLoader loader = new QuestionnaireLoader();

  private static String read(Path path) throws IOException {
    return Files.readString(path);
  }

  private static String questionnaire(String version, String title) throws IOException {
    return read(Path.of("src/test/resources/engine/policy.yaml"))
        .replace("version: \"1.0.0\"", "version: \"" + version + "\"")
        .replace("title: Policy", "title: " + title);
  }

  @Test
  void aDirectoryLoadsQuestionnairesSectionsAndCasesTogether() throws IOException {
    Catalog catalog = loader.loadDirectory(CATALOG);
    assertThat(catalog.problems()).isEmpty();
    assertThat(catalog.valid()).isTrue();
    assertThat(catalog.questionnaires()).extracting(Questionnaire::id).containsExactly("release-review");
    assertThat(catalog.sections()).extracting(ReusableSection::id).containsExactly("partners");
    assertThat(catalog.cases()).extracting(Case::id).containsExactly("staged-model");
    Case staged = catalog.findCase("staged-model").orElseThrow();
    assertThat(staged.questionnaireVersion()).isEqualTo("1.0.0");
    assertThat(staged.expected()).isEqualTo(new CaseExpectation(Outcome.STAGED_RELEASE, "high_hazard", List.of("misuse_review")));
    assertThat(staged.sources()).singleElement().extracting(CaseSource::publisher).isEqualTo("OpenAI");
    assertThat(staged.answers()).containsEntry("irreversibility", 4L).containsEntry("artifacts", List.of("weights", "code"));
    assertThat(staged.source()).isEqualTo("catalog/cases/staged-model.yaml");
  }

  @Test
  void anIncludedSectionIsInlinedWhereItIsIncluded() throws IOException {
    Questionnaire q = loader.loadDirectory(CATALOG).latest("release-review").orElseThrow();
    assertThat(q.sections()).extracting(Section::id).containsExactly("partners", "release");
    assertThat(q.sections().get(0).title()).isEqualTo("Partners and funders");
    assertThat(q.questions()).extracting(Question::id)
        .containsExactly("military_partner", "partner_type", "artifacts", "irreversibility", "team_size", "users");
    assertThat(q.question("partner_type").orElseThrow().sectionId()).isEqualTo("partners");
  }

  @Test
  void theSchemaFolderAndOtherFilesAreSkippedAndYmlIsRead(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("schema"));
    Files.writeString(dir.resolve("schema/not-a-definition.yaml"), "this: is not checked\n");
    Files.writeString(dir.resolve("README.md"), "# notes\n");
    Files.writeString(dir.resolve("policy.yml"), questionnaire("1.0.0", "Policy"));
    Catalog catalog = loader.loadDirectory(dir);
    assertThat(catalog.problems()).isEmpty();
    assertThat(catalog.questionnaires()).hasSize(1);
  }

  @Test
  void anInvalidFileContributesOnlyItsProblemsAndTheOthersStillLoad(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("good.yaml"), questionnaire("1.0.0", "Good"));
    Files.writeString(dir.resolve("bad.yaml"), questionnaire("2.0.0", "Bad").replace("outcome: ESCALATE", "outcome: MAYBE"));
    Catalog catalog = loader.loadDirectory(dir);
    assertThat(catalog.questionnaires()).extracting(Questionnaire::title).containsExactly("Good");
    String name = dir.getFileName() + "/bad.yaml";
    assertThat(catalog.problems())
        .containsExactly(
            new DefinitionProblem(
                name, 59, 16, "'MAYBE' is not a valid outcome (rule 'surveillance_red_line'); use one of: GO, GO_WITH_CONDITIONS, STAGED_RELEASE, ESCALATE, NO_GO"));
    assertThat(catalog.problems().get(0).toString()).isEqualTo(name + ":59:16: 'MAYBE' is not a valid outcome (rule 'surveillance_red_line'); use one of: GO, GO_WITH_CONDITIONS, STAGED_RELEASE, ESCALATE, NO_GO");
  }

  @Test
  void latestComparesVersionsNumberByNumber() throws IOException {
    Catalog catalog =
        loader.load(
            List.of(
                new DefinitionSource("a.yaml", questionnaire("1.9.0", "Nine")),
                new DefinitionSource("b.yaml", questionnaire("1.10.0", "Ten")),
                new DefinitionSource("c.yaml", questionnaire("1.2", "Two"))));
    assertThat(catalog.problems()).isEmpty();
    assertThat(catalog.questionnaires()).extracting(Questionnaire::version).containsExactly("1.2", "1.9.0", "1.10.0");
    assertThat(catalog.latest("policy")).get().extracting(Questionnaire::title).isEqualTo("Ten");
    assertThat(catalog.find("policy", "1.9.0")).get().extracting(Questionnaire::title).isEqualTo("Nine");
    assertThat(catalog.find("policy", "3.0.0")).isEmpty();
    assertThat(catalog.latest("nothing")).isEmpty();
  }

  @Test
  void theSameVersionWithTheSameContentIsLoadedOnce() throws IOException {
    String text = questionnaire("1.0.0", "Policy");
    Catalog catalog =
        loader.load(List.of(new DefinitionSource("a.yaml", text), new DefinitionSource("b.yaml", "# a copy\n" + text)));
    assertThat(catalog.problems()).isEmpty();
    assertThat(catalog.questionnaires()).hasSize(1);
  }

  @Test
  void theSameVersionWithOtherContentIsAnErrorNotAReplacement() throws IOException {
    Catalog catalog =
        loader.load(
            List.of(
                new DefinitionSource("a.yaml", questionnaire("1.0.0", "Policy")),
                new DefinitionSource("b.yaml", questionnaire("1.0.0", "Policy, edited"))));
    assertThat(catalog.questionnaires()).extracting(Questionnaire::title).containsExactly("Policy");
    assertThat(catalog.problems())
        .containsExactly(
            new DefinitionProblem(
                "b.yaml", 4, 10, "questionnaire 'policy' version 1.0.0 already exists (a.yaml) with different content; give this one a new version"));
  }

  @Test
  void validateChecksOneFileAgainstALibrary() throws IOException {
    Catalog library = loader.loadDirectory(CATALOG);
    Questionnaire stored = library.latest("release-review").orElseThrow();
    String original = read(CATALOG.resolve("release-review.yaml"));

    assertThat(loader.validate(new DefinitionSource("upload.yaml", original), library)).isEmpty();
    assertThat(loader.validate(new DefinitionSource("upload.yaml", original.replace("version: 1.0.0", "version: 1.1.0").replace("title: Release review", "title: Release review, revised")), library))
        .isEmpty();
    assertThat(loader.validate(new DefinitionSource("upload.yaml", original.replace("title: Release review", "title: Changed")), library))
        .containsExactly(
            new DefinitionProblem(
                "upload.yaml", 3, 10,
                "questionnaire 'release-review' version 1.0.0 already exists (" + stored.source() + ") with different content; give this one a new version"));
    // includes resolve against the library's sections
    assertThat(loader.validate(new DefinitionSource("upload.yaml", original.replace("include: partners", "include: partner")), library))
        .extracting(DefinitionProblem::message)
        .containsExactly("no reusable section 'partner' was found (kind: section); did you mean 'partners'?");
    // and cases against its questionnaires
    String kase = read(CATALOG.resolve("cases/staged-model.yaml"));
    assertThat(loader.validate(new DefinitionSource("case.yaml", kase), library)).isEmpty();
    assertThat(loader.validate(new DefinitionSource("case.yaml", kase.replace("irreversibility: 4", "irreversibility: 1")), library))
        .extracting(DefinitionProblem::toString)
        .containsExactly(
            "case.yaml:20:12: these answers lead to GO (rule 'default_go'), not the expected STAGED_RELEASE",
            "case.yaml:22:16: condition 'misuse_review' is not attached: rule 'default_go' fires and attaches no conditions");
  }

  @Test
  void aSectionIncludedByTwoIncludedSectionsAppearsOnce() {
    String base =
        """
        kind: section
        id: %s
        title: %s
        %s
        questions:
          - id: %s
            type: yesno
            prompt: Question %s?
            help: { why: Because., source: Test }
            weights:
              yes: { risk: 1 }
        dimensions: [risk]
        """;
    String shared = base.formatted("shared", "Shared", "", "q_shared", "shared");
    String left = base.formatted("left", "Left", "includes: [shared]", "q_left", "left");
    String right = base.formatted("right", "Right", "includes: [shared]", "q_right", "right");
    String questionnaire =
        TestDefinitions.minimal("", "    - { id: fallback, when: \"true\", outcome: GO, reason: Fine. }\n")
            .replace("    questions:\n", "")
            .replace("  - id: main\n    title: Main\n", "  - include: left\n  - include: right\n")
            .replace("  - { id: benefit, label: Benefit, kind: benefit }\n", "");
    Catalog catalog =
        loader.load(
            List.of(
                new DefinitionSource("q.yaml", questionnaire),
                new DefinitionSource("shared.yaml", shared),
                new DefinitionSource("left.yaml", left),
                new DefinitionSource("right.yaml", right)));
    assertThat(catalog.problems()).isEmpty();
    Questionnaire q = catalog.questionnaires().get(0);
    assertThat(q.sections()).extracting(Section::id).containsExactly("shared", "left", "right");
    assertThat(q.questions()).extracting(Question::id).containsExactly("q_shared", "q_left", "q_right");
  }

  @Test
  void filesAreNamedRelativeToTheBaseFolder(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("mine"));
    Files.writeString(dir.resolve("mine/q.yaml"), questionnaire("1.0.0", "Policy").replace("outcome: ESCALATE", "outcome: MAYBE"));
    Catalog catalog = loader.loadPaths(List.of(dir.resolve("mine")), dir);
    assertThat(catalog.problems()).extracting(DefinitionProblem::source).containsExactly("mine/q.yaml");
  }

  @Test
  void aFileThatIsNotUtf8IsReported(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("latin1.yaml"), new byte[] {'k', 'i', 'n', 'd', ':', ' ', (byte) 0xE9, '\n'});
    Catalog catalog = loader.loadDirectory(dir);
    assertThat(catalog.problems()).extracting(DefinitionProblem::toString)
        .containsExactly(dir.getFileName() + "/latin1.yaml:1:1: the file is not UTF-8 text; save it as UTF-8");
  }
}
