package org.candor.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.candor.engine.yaml.Mark;
import org.candor.engine.yaml.YamlMap;
import org.candor.engine.yaml.YamlNode;
import org.candor.engine.yaml.YamlScalar;

/**
 * Reads the texts of one definition file. A text is plain text in the file's source language or a
 * mapping from language tag to text; a mapping without the source language, or with a language the
 * file does not declare, is an error, and a text without a language the file promises is a warning.
 */
final class TextReader {

  /** The languages of a file without a {@code languages} key: English, no translations promised. */
  static final List<String> DEFAULT_LANGUAGES = List.of("en");

  /** A language tag as the schema accepts it (the schema reports any other). */
  private static final Pattern TAG = Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$");

  private final String source;
  private final List<String> languages;
  private final Problems problems;
  private final Map<String, Map<String, String>> translations;
  private final boolean report;

  /**
   * @param translations where to put each translated text, by path
   * @param report whether to report problems (false when re-reading an already checked file)
   */
  TextReader(String source, YamlMap root, Problems problems, Map<String, Map<String, String>> translations, boolean report) {
    this.source = source;
    this.languages = languages(root);
    this.problems = problems;
    this.translations = translations;
    this.report = report;
  }

  /** The languages a file declares, source language first; {@link #DEFAULT_LANGUAGES} if it declares none. */
  static List<String> languages(YamlMap root) {
    List<String> declared = new ArrayList<>();
    for (YamlNode item : Nodes.list(root, "languages")) {
      if (item instanceof YamlScalar s && s.isString() && TAG.matcher(s.value()).matches() && !declared.contains(s.value())) {
        declared.add(s.value());
      }
    }
    return declared.isEmpty() ? DEFAULT_LANGUAGES : List.copyOf(declared);
  }

  /** Reports a language listed twice in a file's {@code languages}. */
  static void checkLanguages(String source, YamlMap root, Problems problems) {
    Map<String, Mark> seen = new HashMap<>();
    for (YamlNode item : Nodes.list(root, "languages")) {
      if (item instanceof YamlScalar s && s.isString()) {
        Mark first = seen.putIfAbsent(s.value(), s.start());
        if (first != null) {
          problems.add(source, s, "language '" + s.value() + "' is listed twice in 'languages' (first at line " + first.line() + ")");
        }
      }
    }
  }

  List<String> languages() {
    return languages;
  }

  String sourceLanguage() {
    return languages.get(0);
  }

  /**
   * The text under {@code key} in the file's source language, or null if there is none. Its
   * translations go under {@code path}.
   */
  String read(YamlMap map, String key, String path) {
    YamlNode node = map == null ? null : map.get(key);
    if (node instanceof YamlScalar scalar && scalar.isString()) {
      warnMissing(key, node, List.of(sourceLanguage()));
      return scalar.value();
    }
    if (!(node instanceof YamlMap mapping)) {
      return null;
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (YamlMap.Entry entry : mapping.entries()) {
      if (!languages.contains(entry.name())) {
        problem(
            entry.key().start(),
            "'" + entry.name() + "' is not one of the file's languages (" + String.join(", ", languages)
                + "); declare it in 'languages' or remove this text");
      } else if (entry.value() instanceof YamlScalar text && text.isString()) {
        texts.put(entry.name(), text.value());
      }
    }
    if (!mapping.has(sourceLanguage())) {
      problem(
          mapping.start(),
          "'" + key + "' has no " + sourceLanguage() + " text; every text needs one in the file's source language, the first of its 'languages'");
      return null;
    }
    warnMissing(key, mapping, texts.keySet());
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String language : languages) {
      if (texts.containsKey(language)) {
        ordered.put(language, texts.get(language));
      }
    }
    if (ordered.size() > 1) {
      translations.put(path, ordered);
    }
    return ordered.get(sourceLanguage());
  }

  private void warnMissing(String key, YamlNode node, Collection<String> present) {
    List<String> missing = languages.stream().filter(language -> !present.contains(language)).toList();
    if (report && !missing.isEmpty()) {
      problems.warn(
          source,
          node.start(),
          "'" + key + "' is missing its " + String.join(", ", missing) + (missing.size() == 1 ? " translation" : " translations")
              + " (the file's 'languages' promise " + String.join(", ", languages) + ")");
    }
  }

  private void problem(Mark mark, String message) {
    if (report) {
      problems.add(source, mark, message);
    }
  }
}
