package org.candor.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.candor.platform.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every interface text exists in every language, with the same arguments, and formats. */
class InterfaceTextsTest {

  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

  @ParameterizedTest
  @EnumSource(value = Language.class, names = {"FR", "ZH"})
  void everyEnglishKeyIsTranslatedAndNothingElse(Language language) throws IOException {
    Properties english = bundle("");
    Properties translated = bundle("_" + language.tag());

    assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
  }

  @ParameterizedTest
  @EnumSource(value = Language.class, names = {"FR", "ZH"})
  void translationsTakeTheSameArgumentsAndFormat(Language language) throws IOException {
    Properties english = bundle("");
    Properties translated = bundle("_" + language.tag());
    for (String key : english.stringPropertyNames()) {
      String original = english.getProperty(key);
      String translation = translated.getProperty(key, "");
      assertThat(arguments(translation)).as(key).isEqualTo(arguments(original));
      if (!arguments(original).isEmpty()) {
        Object[] samples = {2, 2, 2, 2};
        assertThat(new MessageFormat(translation, language.locale()).format(samples)).as(key).doesNotContain("{");
      }
    }
  }

  /** Single words are often the same in French (Description, Questions); a phrase is not. */
  private static final String PHRASE = ".*\\p{Ll}{3,}\\s+\\p{Ll}{3,}.*";

  @Test
  void frenchTextsAreNotLeftInEnglish() throws IOException {
    Properties english = bundle("");
    Properties french = bundle("_fr");
    Set<String> sameAsEnglish = new TreeSet<>();
    for (String key : english.stringPropertyNames()) {
      String original = english.getProperty(key);
      if (original.equals(french.getProperty(key)) && original.matches(PHRASE)) {
        sameAsEnglish.add(key);
      }
    }
    assertThat(sameAsEnglish).isEmpty();
  }

  @Test
  void chineseTextsAreWrittenInChinese() throws IOException {
    Properties english = bundle("");
    Properties chinese = bundle("_zh");
    Set<String> withoutChinese = new TreeSet<>();
    for (String key : english.stringPropertyNames()) {
      boolean hasWords = !key.equals("app.name") && english.getProperty(key).matches(".*\\p{Ll}{3,}.*");
      if (hasWords && !chinese.getProperty(key, "").codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
        withoutChinese.add(key);
      }
    }
    assertThat(withoutChinese).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void pluralsAgreeWithTheCount(Language language) throws IOException {
    String pattern = bundle(language == Language.EN ? "" : "_" + language.tag()).getProperty("home.questions");
    String one = new MessageFormat(pattern, language.locale()).format(new Object[] {1});
    String many = new MessageFormat(pattern, language.locale()).format(new Object[] {12});
    if (language == Language.ZH) {
      assertThat(one).isEqualTo("1 个问题");
      assertThat(many).isEqualTo("12 个问题");
    } else {
      assertThat(one).isEqualTo("1 question");
      assertThat(many).isEqualTo("12 questions");
    }
  }

  private static Set<String> arguments(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = ARGUMENT.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static Properties bundle(String suffix) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = InterfaceTextsTest.class.getResourceAsStream("/org/candor/messages" + suffix + ".properties")) {
      assertThat(in).as("messages" + suffix + ".properties").isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

}
