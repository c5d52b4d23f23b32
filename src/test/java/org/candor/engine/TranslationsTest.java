package org.candor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Definition files with texts in several languages: {@code src/test/resources/translations} is the
 * catalog's release review, its section and its case in English, French and Chinese, with three
 * translations left out on purpose.
 */
class TranslationsTest {

  private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  private static final Map<String, Object> STAGED_ANSWERS =
      Map.of(
          "military_partner", "no",
          "partner_type", "university",
          "artifacts", List.of("weights", "code"),
          "irreversibility", 4L,
          "team_size", 20L,
          "users", "Researchers");

  private static Catalog catalog;
  private static Questionnaire english;

  private final Engine engine = new Engine();

  @BeforeAll
  static void load() throws IOException {
    catalog = new QuestionnaireLoader().loadDirectory(Path.of("src/test/resources/translations"));
    english = catalog.latest("release-review").orElseThrow();
  }

  @Test
  void missingTranslationsAreWarningsAtTheirTextAndTheFilesStillLoad() {
    assertThat(catalog.errors()).isEmpty();
    assertThat(catalog.valid()).isTrue();
    assertThat(catalog.questionnaires()).hasSize(1);
    assertThat(catalog.sections()).hasSize(1);
    assertThat(catalog.cases()).hasSize(1);
    assertThat(catalog.warnings().stream().map(DefinitionProblem::toString))
        .containsExactly(
            "translations/cases/staged-model.yaml:34:3: warning: 'whatHappened' is missing its zh translation"
                + " (the file's 'languages' promise en, fr, zh)",
            "translations/release-review.yaml:88:58: warning: 'unit' is missing its zh translation"
                + " (the file's 'languages' promise en, fr, zh)",
            "translations/release-review.yaml:92:17: warning: 'prompt' is missing its fr, zh translations"
                + " (the file's 'languages' promise en, fr, zh)");
  }

  @Test
  void theQuestionnairePromisesItsLanguagesAndItsAccessorsGiveTheSourceLanguage() {
    assertThat(english.languages()).containsExactly("en", "fr", "zh");
    assertThat(english.title()).isEqualTo("Release review");
    assertThat(english.question("military_partner").orElseThrow().prompt())
        .isEqualTo("Is any partner a military organisation or one of its universities?");
    assertThat(english.in(Locale.ENGLISH)).isSameAs(english);
    assertThat(english.in(Locale.GERMAN)).as("a language the file does not declare").isSameAs(english);
  }

  @Test
  void everyTextIsInTheRequestedLanguage() {
    Questionnaire french = english.in(Locale.FRENCH);
    assertThat(french.title()).isEqualTo("Examen de publication");
    assertThat(french.summary()).startsWith("Un petit questionnaire");
    Dimension hazard = french.dimension("release_hazard").orElseThrow();
    assertThat(hazard.label()).isEqualTo("Danger de la publication");
    assertThat(hazard.description()).isEqualTo("L'ampleur du préjudice qu'une publication pourrait permettre.");
    assertThat(french.sections()).extracting(Section::title).containsExactly("Partenaires et financeurs", "Publication");
    assertThat(french.sections().get(0).description()).isEqualTo("Avec qui vous travaillez, et qui finance.");

    Question partnerType = french.question("partner_type").orElseThrow();
    assertThat(partnerType.prompt()).isEqualTo("De quel type est le partenaire principal ?");
    assertThat(partnerType.help().why()).isEqualTo("Chaque type de partenaire exerce des pressions différentes.");
    assertThat(partnerType.help().source()).as("citations stay as published").isEqualTo("Example source");
    assertThat(partnerType.options()).extracting(Option::label).containsExactly("Une université", "Une entreprise", "Un organisme public");
    assertThat(partnerType.options()).extracting(Option::value).containsExactly("university", "company", "government");
    Question irreversibility = french.question("irreversibility").orElseThrow();
    assertThat(irreversibility.scale().minLabel()).isEqualTo("Facilement réversible");
    assertThat(irreversibility.scale().maxLabel()).isEqualTo("Irréversible");
    assertThat(french.question("team_size").orElseThrow().number().unit()).isEqualTo("personnes");

    Rule high = french.rule("high_hazard").orElseThrow();
    assertThat(high.reason()).startsWith("Le danger de la publication est assez élevé");
    assertThat(high.conditions().get(0).text()).isEqualTo("Faire réaliser une étude externe des usages abusifs avant d'élargir l'accès.");
    assertThat(high.conditions().get(0).reason()).startsWith("Des partenaires ont étudié");
    assertThat(high.when()).isEqualTo("score.release_hazard >= 6");
    StagePlan plan = french.stagePlan("gpt2_style").orElseThrow();
    assertThat(plan.title()).isEqualTo("Publication progressive");
    assertThat(plan.stages()).extracting(Stage::name)
        .containsExactly("Usage interne uniquement", "Chercheurs agréés, sous accord", "Publication entièrement ouverte");
    assertThat(plan.stages().get(1).gate()).isEqualTo("Six mois sans usage abusif signalé.");
    assertThat(french.prompts()).extracting(Prompt::text)
        .containsExactly("Qui, en dehors des utilisateurs prévus, pourrait s'en servir d'ici cinq ans ?", "Qu'est-ce qui vous ferait arrêter ?");
    assertThat(french.content().sections().get(1).questions().get(0).prompt()).isEqualTo("Que publierez-vous ?");
  }

  @Test
  void aMissingTranslationFallsBackToTheSourceLanguageTextByText() {
    Questionnaire chinese = english.in(CHINESE);
    assertThat(chinese.question("users").orElseThrow().prompt()).isEqualTo("Who are the intended users?");
    assertThat(chinese.question("users").orElseThrow().help().why()).isEqualTo("明确用户有助于发现滥用。");
    assertThat(chinese.question("team_size").orElseThrow().number().unit()).isEqualTo("people");
    assertThat(english.in(Locale.FRENCH).question("team_size").orElseThrow().number().unit()).isEqualTo("personnes");
  }

  @Test
  void aRegionalLocaleGetsItsLanguage() {
    assertThat(english.in(Locale.forLanguageTag("zh-CN")).title()).isEqualTo("发布审查");
    assertThat(english.in(Locale.CANADA_FRENCH).title()).isEqualTo("Examen de publication");
  }

  @Test
  void evaluationIsTheSameInEveryLanguageAndItsTextsAreLocalised() {
    Questionnaire chinese = english.in(CHINESE);
    assertThat(chinese.id()).isEqualTo(english.id());
    assertThat(chinese.version()).isEqualTo(english.version());
    assertThat(chinese.contentHash()).isEqualTo(english.contentHash());
    assertThat(chinese.selfContainedYaml()).isEqualTo(english.selfContainedYaml());

    Recommendation inEnglish = engine.evaluate(english, STAGED_ANSWERS);
    Recommendation inChinese = engine.evaluate(chinese, STAGED_ANSWERS);
    assertThat(inChinese.outcome()).isEqualTo(Outcome.STAGED_RELEASE).isEqualTo(inEnglish.outcome());
    assertThat(inChinese.firedRule().id()).isEqualTo(inEnglish.firedRule().id());
    assertThat(inChinese.contentHash()).isEqualTo(inEnglish.contentHash());
    assertThat(inChinese.visibleQuestions()).isEqualTo(inEnglish.visibleQuestions());
    assertThat(inChinese.contributions()).isEqualTo(inEnglish.contributions());
    assertThat(inChinese.scores()).extracting(DimensionScore::normalised)
        .isEqualTo(inEnglish.scores().stream().map(DimensionScore::normalised).toList());
    assertThat(inChinese.scores()).extracting(DimensionScore::label).containsExactly("合作方风险", "发布危害", "收益");
    assertThat(inChinese.conditions()).extracting(Condition::id).isEqualTo(inEnglish.conditions().stream().map(Condition::id).toList());

    assertThat(inChinese.firedRule().reason()).isEqualTo("发布危害较高，应在获得证据后再逐步扩大访问范围。");
    assertThat(inChinese.conditions()).extracting(Condition::text).containsExactly("在扩大访问范围之前，委托外部开展滥用研究。");
    assertThat(inChinese.stagePlan().title()).isEqualTo("分阶段发布");
    assertThat(inChinese.stagePlan().stages().get(0).gate()).isEqualTo("内部滥用审查未发现严重的滥用途径。");
    assertThat(inChinese.prompts()).extracting(PromptText::text).contains("什么情况会让您停止？");
  }

  @Test
  void theSelfContainedFormKeepsEveryTranslationAndTheHash() {
    Catalog reloaded =
        new QuestionnaireLoader().load(List.of(new DefinitionSource("self-contained.yaml", english.selfContainedYaml())));
    assertThat(reloaded.errors()).isEmpty();
    Questionnaire copy = reloaded.questionnaires().get(0);
    assertThat(copy.contentHash()).isEqualTo(english.contentHash());
    assertThat(copy.languages()).containsExactly("en", "fr", "zh");
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, CHINESE)) {
      assertThat(copy.in(locale).content()).isEqualTo(english.in(locale).content());
    }
    assertThat(english.selfContainedYaml()).contains("languages:").contains("是否有合作方属于军事组织或其下属大学？");
  }

  @Test
  void aTranslationIsContentSoChangingItChangesTheHash() {
    Questionnaire retranslated =
        new QuestionnaireLoader()
            .load(
                List.of(
                    new DefinitionSource(
                        "self-contained.yaml", english.selfContainedYaml().replace("Publication progressive", "Publication par étapes"))))
            .questionnaires()
            .get(0);
    assertThat(retranslated.contentHash()).isNotEqualTo(english.contentHash());
    assertThat(retranslated.in(Locale.FRENCH).stagePlan("gpt2_style").orElseThrow().title()).isEqualTo("Publication par étapes");
  }

  @Test
  void aCaseIsReadInItsLanguagesWithTheSameAnswersAndSources() {
    Case staged = catalog.findCase("staged-model").orElseThrow();
    assertThat(staged.languages()).containsExactly("en", "fr", "zh");
    assertThat(staged.title()).isEqualTo("A lab releases a language model in stages");
    Case french = staged.in(Locale.FRENCH);
    assertThat(french.title()).isEqualTo("Un laboratoire publie un modèle de langage par étapes");
    assertThat(french.scenario()).isEqualTo("Un laboratoire entraîne un grand modèle de langage et le publie par étapes.");
    assertThat(french.justification()).isEqualTo("Le danger de poids ouverts a été jugé élevé.");
    assertThat(french.answers()).isEqualTo(staged.answers());
    assertThat(french.sources()).isEqualTo(staged.sources());
    Case chinese = staged.in(CHINESE);
    assertThat(chinese.scenario()).isEqualTo("某实验室训练了一个大型语言模型，并分阶段发布。");
    assertThat(chinese.whatHappened()).as("falls back to English").isEqualTo("The model was released in four stages over nine months.");
  }

  @Test
  void aQuestionnaireIncludingASectionWithoutItsLanguagesIsWarnedAndShowsThatSectionInTheSourceLanguage() throws IOException {
    Catalog mixed =
        new QuestionnaireLoader()
            .load(
                List.of(
                    new DefinitionSource("release-review.yaml", Files.readString(Path.of("src/test/resources/translations/release-review.yaml"))),
                    new DefinitionSource("partners.yaml", Files.readString(Path.of("src/test/resources/catalog/sections/partners.yaml")))));
    assertThat(mixed.errors()).isEmpty();
    assertThat(mixed.warnings().stream().map(DefinitionProblem::toString))
        .contains(
            "release-review.yaml:30:14: warning: section 'partners' has no fr, zh translations, which this questionnaire's"
                + " 'languages' promise; its texts will show in en");
    Questionnaire french = mixed.latest("release-review").orElseThrow().in(Locale.FRENCH);
    assertThat(french.sections()).extracting(Section::title).containsExactly("Partners and funders", "Publication");
  }

  @Test
  void aTextOfTheWrongKindIsNamedAsText() {
    List<String> problems =
        TestDefinitions.problems(
            TestDefinitions.minimal(
                """
                      - id: pick
                        type: yesno
                        prompt: 42
                        help: { why: [Because.], source: { en: Test } }
                        weights: { yes: { risk: 1, benefit: 1 } }
                """,
                """
                    - { id: fallback, when: "true", outcome: GO, reason: { en: Fine., fr: "" } }
                """));
    assertThat(problems)
        .containsExactly(
            "15:17: 'prompt' must be text, not a whole number (question 'pick'); put it in quotes: \"42\"",
            "16:22: 'why' must be text or a mapping (key: value lines), not a list (question 'pick')",
            "16:42: 'source' must be text, not a mapping (key: value lines) (question 'pick')",
            "20:71: 'fr' is not one of the file's languages (en); declare it in 'languages' or remove this text",
            "20:75: 'fr' must not be empty (rule 'fallback')");
  }

  @Test
  void aFileWithoutLanguagesIsEnglishOnlyAndKeepsItsHash() throws IOException {
    Questionnaire plain = new QuestionnaireLoader().loadDirectory(Path.of("src/test/resources/catalog")).latest("release-review").orElseThrow();
    assertThat(plain.languages()).containsExactly("en");
    assertThat(plain.in(Locale.FRENCH)).isSameAs(plain);
    assertThat(plain.selfContainedYaml()).doesNotContain("languages");
  }
}
