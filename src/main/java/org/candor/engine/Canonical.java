package org.candor.engine;

import static org.candor.engine.Translations.path;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * The canonical form of a questionnaire: a tree of maps, lists and scalars with a fixed key order
 * and every include inlined. Its JSON text is what the content hash covers; its YAML text is the
 * self-contained definition. Both depend only on the loaded model, never on formatting. A translated
 * text is written as its mapping from language to text, at the path {@link Localiser} reads it from.
 */
final class Canonical {

  private Canonical() {}

  static Map<String, Object> questionnaire(Questionnaire q, Translations t) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("kind", "questionnaire");
    root.put("id", q.id());
    root.put("version", q.version());
    if (!q.languages().equals(TextReader.DEFAULT_LANGUAGES)) {
      // only then, so that the hashes of files written before translations existed stay as they were
      root.put("languages", q.languages());
    }
    root.put("title", t.canonical("title", q.title()));
    root.put("summary", t.canonical("summary", q.summary()));
    if (!q.dimensions().isEmpty()) {
      List<Object> dimensions = new ArrayList<>();
      for (Dimension d : q.dimensions()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("label", t.canonical(path("dimension", d.id(), "label"), d.label()));
        m.put("kind", d.kind().name().toLowerCase(Locale.ROOT));
        putIf(m, "description", t.canonical(path("dimension", d.id(), "description"), d.description()));
        dimensions.add(m);
      }
      root.put("dimensions", dimensions);
    }
    List<Object> sections = new ArrayList<>();
    for (Section s : q.sections()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", s.id());
      m.put("title", t.canonical(path("section", s.id(), "title"), s.title()));
      putIf(m, "description", t.canonical(path("section", s.id(), "description"), s.description()));
      m.put("questions", s.questions().stream().map(question -> question(question, t)).toList());
      sections.add(m);
    }
    root.put("sections", sections);
    List<Object> rules = new ArrayList<>();
    for (Rule r : q.rules()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.id());
      if (r.redLine()) {
        m.put("redLine", true);
      }
      m.put("when", r.when());
      m.put("outcome", r.outcome().name());
      m.put("reason", t.canonical(path("rule", r.id(), "reason"), r.reason()));
      putIf(m, "stagePlan", r.stagePlan());
      if (!r.conditions().isEmpty()) {
        List<Object> conditions = new ArrayList<>();
        for (Condition c : r.conditions()) {
          Map<String, Object> cm = new LinkedHashMap<>();
          cm.put("id", c.id());
          cm.put("text", t.canonical(path("rule", r.id(), "condition", c.id(), "text"), c.text()));
          cm.put("reason", t.canonical(path("rule", r.id(), "condition", c.id(), "reason"), c.reason()));
          conditions.add(cm);
        }
        m.put("conditions", conditions);
      }
      rules.add(m);
    }
    root.put("policy", Map.of("rules", rules));
    if (!q.stagePlans().isEmpty()) {
      List<Object> plans = new ArrayList<>();
      for (StagePlan p : q.stagePlans()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("title", t.canonical(path("stagePlan", p.id(), "title"), p.title()));
        List<Object> stages = new ArrayList<>();
        for (Stage s : p.stages()) {
          Map<String, Object> sm = new LinkedHashMap<>();
          sm.put("id", s.id());
          sm.put("name", t.canonical(path("stagePlan", p.id(), "stage", s.id(), "name"), s.name()));
          putIf(sm, "description", t.canonical(path("stagePlan", p.id(), "stage", s.id(), "description"), s.description()));
          putIf(sm, "gate", t.canonical(path("stagePlan", p.id(), "stage", s.id(), "gate"), s.gate()));
          stages.add(sm);
        }
        m.put("stages", stages);
        plans.add(m);
      }
      root.put("stagePlans", plans);
    }
    if (!q.prompts().isEmpty()) {
      List<Object> prompts = new ArrayList<>();
      for (Prompt p : q.prompts()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("text", t.canonical(path("prompt", p.id(), "text"), p.text()));
        putIf(m, "showIf", p.showIf());
        prompts.add(m);
      }
      root.put("prompts", prompts);
    }
    return root;
  }

  private static Map<String, Object> question(Question q, Translations t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", q.id());
    m.put("type", q.type().yamlName());
    m.put("prompt", t.canonical(path("question", q.id(), "prompt"), q.prompt()));
    Map<String, Object> help = new LinkedHashMap<>();
    help.put("why", t.canonical(path("question", q.id(), "help", "why"), q.help().why()));
    help.put("source", q.help().source());
    m.put("help", help);
    m.put("required", q.required());
    putIf(m, "showIf", q.showIf());
    if (!q.options().isEmpty()) {
      List<Object> options = new ArrayList<>();
      for (Option o : q.options()) {
        Map<String, Object> om = new LinkedHashMap<>();
        om.put("value", o.value());
        om.put("label", t.canonical(path("question", q.id(), "option", o.value(), "label"), o.label()));
        if (!o.weights().isEmpty()) {
          om.put("weights", weights(o.weights()));
        }
        options.add(om);
      }
      m.put("options", options);
    }
    if (!q.answerWeights().isEmpty()) {
      Map<String, Object> byAnswer = new LinkedHashMap<>();
      for (String value : Question.YESNO_VALUES) {
        Map<String, Double> w = q.answerWeights().get(value);
        if (w != null) {
          byAnswer.put(value, weights(w));
        }
      }
      m.put("weights", byAnswer);
    }
    if (!q.weights().isEmpty()) {
      m.put("weights", weights(q.weights()));
    }
    if (q.scale() != null) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("min", (long) q.scale().min());
      s.put("max", (long) q.scale().max());
      putIf(s, "minLabel", t.canonical(path("question", q.id(), "scale", "minLabel"), q.scale().minLabel()));
      putIf(s, "maxLabel", t.canonical(path("question", q.id(), "scale", "maxLabel"), q.scale().maxLabel()));
      m.put("scale", s);
    }
    if (q.number() != null) {
      Map<String, Object> n = new LinkedHashMap<>();
      if (q.number().min() != null) {
        n.put("min", number(q.number().min()));
      }
      if (q.number().max() != null) {
        n.put("max", number(q.number().max()));
      }
      n.put("integer", q.number().integer());
      putIf(n, "unit", t.canonical(path("question", q.id(), "number", "unit"), q.number().unit()));
      m.put("number", n);
    }
    if (q.maxLength() != null) {
      m.put("maxLength", (long) q.maxLength());
    }
    return m;
  }

  private static Map<String, Object> weights(Map<String, Double> weights) {
    Map<String, Object> m = new LinkedHashMap<>();
    weights.forEach((dimension, weight) -> m.put(dimension, number(weight)));
    return m;
  }

  /** Whole numbers as Long (so YAML shows 4, not 4.0), others as Double. */
  private static Object number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 9.0e15) {
      return (long) value;
    }
    return value;
  }

  private static void putIf(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }

  /** Compact JSON with keys in tree order and numbers in their shortest exact form. */
  static String json(Object tree) {
    StringBuilder out = new StringBuilder();
    writeJson(tree, out);
    return out.toString();
  }

  private static void writeJson(Object value, StringBuilder out) {
    if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        writeString(entry.getKey().toString(), out);
        out.append(':');
        writeJson(entry.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        writeJson(list.get(i), out);
      }
      out.append(']');
    } else if (value instanceof String text) {
      writeString(text, out);
    } else if (value instanceof Double d) {
      // the exact value of the double: the same on every Java version (Double.toString is not)
      out.append(new BigDecimal(d).stripTrailingZeros().toPlainString());
    } else {
      out.append(value);
    }
  }

  private static void writeString(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  static String yaml(Map<String, Object> tree, String what) {
    DumpSettings settings =
        DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setWidth(100)
            .setDereferenceAliases(true)
            .build();
    return "# Self-contained copy of "
        + what
        + " (includes inlined), written by the Candor engine.\n"
        + new Dump(settings).dumpToString(tree);
  }
}
