package org.candor.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The translated texts of one questionnaire or case: for each text written as a mapping, its text
 * per language. A text is named by a path of ids, e.g. {@code question/partner_military/prompt}, so
 * that it stays attached to its question, option or rule wherever that appears.
 */
final class Translations {

  static final Translations NONE = new Translations(Map.of());

  private final Map<String, Map<String, String>> byPath;

  /** @param byPath text per language for each translated path, each in the order of the file's languages */
  Translations(Map<String, Map<String, String>> byPath) {
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    byPath.forEach((path, texts) -> copy.put(path, Maps.frozen(texts)));
    this.byPath = Maps.frozen(copy);
  }

  /** The path of a text: its parts joined with '/'. */
  static String path(String... parts) {
    return String.join("/", parts);
  }

  /**
   * The tag among {@code languages} that best matches {@code locale}: the full tag (e.g. zh-TW) if
   * promised, else its language (zh); null if neither.
   */
  static String match(List<String> languages, Locale locale) {
    String tag = locale.toLanguageTag();
    for (String language : languages) {
      if (language.equalsIgnoreCase(tag)) {
        return language;
      }
    }
    for (String language : languages) {
      if (language.equalsIgnoreCase(locale.getLanguage())) {
        return language;
      }
    }
    return null;
  }

  /** The text at {@code path} in {@code language}, else {@code source} (the source-language text). */
  String text(String path, String language, String source) {
    Map<String, String> texts = byPath.get(path);
    if (texts == null || source == null) {
      return source;
    }
    return texts.getOrDefault(language, source);
  }

  /** What a definition file holds at {@code path}: the mapping from language to text, or the plain text. */
  Object canonical(String path, String source) {
    Map<String, String> texts = byPath.get(path);
    return texts == null || source == null ? source : texts;
  }

  /** Only the texts in {@code languages}; a text left with only its source language becomes plain again. */
  Translations restrictedTo(List<String> languages) {
    Map<String, Map<String, String>> kept = new LinkedHashMap<>();
    byPath.forEach(
        (path, texts) -> {
          Map<String, String> promised = new LinkedHashMap<>();
          for (String language : languages) {
            if (texts.containsKey(language)) {
              promised.put(language, texts.get(language));
            }
          }
          if (promised.size() > 1) {
            kept.put(path, promised);
          }
        });
    return new Translations(kept);
  }

  /** The texts per path, for a record that carries its translations in the open. */
  Map<String, Map<String, String>> asMap() {
    return byPath;
  }
}
