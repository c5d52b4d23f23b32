package org.candor.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.candor.platform.Language;
import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void theBrowsersFirstLanguageThatCandorSpeaksWins() {
    List<Locale> preferred = List.of(Locale.forLanguageTag("de-DE"), Locale.forLanguageTag("fr-CA"), Locale.ENGLISH);

    assertThat(Language.firstSpoken(preferred)).contains(Language.FR);
  }

  @Test
  void anyChineseIsServedInSimplifiedChinese() {
    assertThat(Language.firstSpoken(List.of(Locale.forLanguageTag("zh-TW")))).contains(Language.ZH);
    assertThat(Language.firstSpoken(List.of(Locale.SIMPLIFIED_CHINESE))).contains(Language.ZH);
  }

  @Test
  void aBrowserWithoutAKnownLanguageGetsNoneSoTheDefaultApplies() {
    assertThat(Language.firstSpoken(List.of(Locale.GERMAN, Locale.JAPANESE))).isEmpty();
    assertThat(Language.DEFAULT).isEqualTo(Language.EN);
  }

  @Test
  void tagsAreMatchedWithoutCaseAndUnknownTagsAreRefused() {
    assertThat(Language.byTag("ZH")).contains(Language.ZH);
    assertThat(Language.byTag("de")).isEmpty();
    assertThat(Language.byTag(null)).isEmpty();
  }

  @Test
  void theSwitchReturnsOnlyToPathsInsideTheApplication() {
    assertThat(LanguageSwitch.safeReturnPath("/app/assessment.xhtml?id=5")).isEqualTo("/app/assessment.xhtml?id=5");
    assertThat(LanguageSwitch.safeReturnPath("//evil.example/")).isEqualTo("/");
    assertThat(LanguageSwitch.safeReturnPath("https://evil.example/")).isEqualTo("/");
    assertThat(LanguageSwitch.safeReturnPath("/\\evil.example")).isEqualTo("/");
    assertThat(LanguageSwitch.safeReturnPath("/x\r\nSet-Cookie: a=b")).isEqualTo("/");
    assertThat(LanguageSwitch.safeReturnPath(null)).isEqualTo("/");
  }
}
