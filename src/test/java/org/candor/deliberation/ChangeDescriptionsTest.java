package org.candor.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.candor.engine.Catalog;
import org.candor.engine.Change;
import org.candor.engine.Engine;
import org.candor.engine.Questionnaire;
import org.candor.engine.QuestionnaireLoader;
import org.candor.engine.Recommendation;
import org.junit.jupiter.api.Test;

/** The explanation of what would change an outcome, as each language's reader sees it. */
class ChangeDescriptionsTest {

  @Test
  void everyExplanationOfTheBundledCasesReadsInEachLanguageWithLabelsNotIds() throws Exception {
    Catalog bundled = new QuestionnaireLoader().loadDirectory(Path.of("surveys"));
    int described = 0;
    for (var bundledCase : bundled.cases()) {
      Questionnaire questionnaire = bundled.questionnaires().stream()
          .filter(q -> q.id().equals(bundledCase.questionnaireId())).reduce((a, b) -> b).orElseThrow();
      Recommendation recommendation = new Engine().evaluate(questionnaire, Map.copyOf(bundledCase.answers()));
      for (Change change : recommendation.whatWouldChange()) {
        for (String tag : List.of("en", "fr", "zh")) {
          Locale locale = Locale.forLanguageTag(tag);
          String text = ChangeDescriptions.describe(change, questionnaire.in(locale), locale);
          assertThat(text).as(tag).isNotBlank().doesNotContain("{").doesNotContain("score.").doesNotContain("raw.");
          if (tag.equals("zh")) {
            assertThat(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).as(text).isTrue();
          }
        }
        described++;
      }
    }
    assertThat(described).as("the bundled cases exercise the explanation").isGreaterThan(5);
  }
}
