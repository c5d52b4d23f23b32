package org.candor.engine;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A documented episode for workshops, and a golden test of its questionnaire's policy: its answers
 * were checked against the questionnaire and lead to the expected outcome. Its texts are in the
 * file's source language; {@link #in(Locale)} gives them in another of its {@link #languages()}.
 *
 * @param questionnaireVersion the version (the latest at load time) the case was checked against
 * @param answers answer per question id, as the engine takes them
 * @param source the file it came from
 * @param languages the languages the file declares, source language first ({@code [en]} if none)
 * @param translations for each translated field (title, scenario, justification, whatHappened), its
 *     text per language
 */
public record Case(
    String id,
    String title,
    String questionnaireId,
    String questionnaireVersion,
    String scenario,
    List<CaseSource> sources,
    Map<String, Object> answers,
    CaseExpectation expected,
    String justification,
    String whatHappened,
    String source,
    List<String> languages,
    Map<String, Map<String, String>> translations) {

  public Case {
    sources = List.copyOf(sources);
    answers = Maps.frozen(answers);
    languages = languages == null || languages.isEmpty() ? TextReader.DEFAULT_LANGUAGES : List.copyOf(languages);
    translations = new Translations(translations == null ? Map.of() : translations).asMap();
  }

  /** A case written in English only. */
  public Case(
      String id,
      String title,
      String questionnaireId,
      String questionnaireVersion,
      String scenario,
      List<CaseSource> sources,
      Map<String, Object> answers,
      CaseExpectation expected,
      String justification,
      String whatHappened,
      String source) {
    this(id, title, questionnaireId, questionnaireVersion, scenario, sources, answers, expected, justification, whatHappened, source, null, null);
  }

  /**
   * The same case with its texts in the language of {@code locale} (see {@link
   * Questionnaire#in(Locale)}), each falling back to the source language where it has no translation.
   * Sources are cited as published, untranslated.
   */
  public Case in(Locale locale) {
    String language = Translations.match(languages, locale);
    if (language == null || language.equals(languages.get(0))) {
      return this;
    }
    Translations texts = new Translations(translations);
    return new Case(
        id,
        texts.text("title", language, title),
        questionnaireId,
        questionnaireVersion,
        texts.text("scenario", language, scenario),
        sources,
        answers,
        expected,
        texts.text("justification", language, justification),
        texts.text("whatHappened", language, whatHappened),
        source,
        languages,
        translations);
  }
}
