package org.candor.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Candor's interface and bundled questionnaires are written in. */
public enum Language {
  EN("en", "English"),
  FR("fr", "Français"),
  ZH("zh", "中文");

  public static final Language DEFAULT = EN;

  private final String tag;
  private final String nativeName;

  Language(String tag, String nativeName) {
    this.tag = tag;
    this.nativeName = nativeName;
  }

  /** The BCP 47 tag pages declare in {@code lang} and accounts store. */
  public String tag() {
    return tag;
  }

  /** The language's name in itself, so that someone who cannot read the current page finds their own. */
  public String nativeName() {
    return nativeName;
  }

  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  public static Optional<Language> byTag(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    for (Language language : values()) {
      if (language.tag.equalsIgnoreCase(tag)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /**
   * The first of the browser's preferred locales (best first) that Candor speaks, by language alone:
   * {@code fr-CA} is French and any Chinese is served in Simplified Chinese, the only script Candor has.
   */
  public static Optional<Language> firstSpoken(List<Locale> preferred) {
    for (Locale locale : preferred) {
      Optional<Language> language = byTag(locale.getLanguage());
      if (language.isPresent()) {
        return language;
      }
    }
    return Optional.empty();
  }
}
