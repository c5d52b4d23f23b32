package org.candor.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.candor.engine.Questionnaire;
import org.candor.engine.QuestionnaireLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConcerningAnswersTest {

  private static List<ConcerningAnswers.Pattern> quickScreen;

  @BeforeAll
  static void load() throws IOException {
    Questionnaire questionnaire = new QuestionnaireLoader().loadDirectory(Path.of("surveys")).questionnaires().stream()
        .filter(q -> q.id().equals("quick-screen")).findFirst().orElseThrow();
    quickScreen = ConcerningAnswers.of(questionnaire);
  }

  @Test
  void anAnswerAddingRiskOrTestedByARedLineIsConcerning() {
    assertThat(quickScreen).contains(
        new ConcerningAnswers.Pattern("qs_military", "\"yes\""),
        new ConcerningAnswers.Pattern("qs_military", "\"unsure\""),
        new ConcerningAnswers.Pattern("qs_partner_record", "\"against\\_persecuted\""),
        new ConcerningAnswers.Pattern("qs_pressure", "\"strong\""));
  }

  @Test
  void safeChoicesAndSafeguardsAreNot() {
    assertThat(quickScreen).doesNotContain(
        new ConcerningAnswers.Pattern("qs_military", "\"no\""),
        new ConcerningAnswers.Pattern("qs_partner_record", "\"checked\\_none\""),
        new ConcerningAnswers.Pattern("qs_agreement", "\"both\""),
        new ConcerningAnswers.Pattern("qs_pressure", "\"little\""));
  }

  @Test
  void onlyChoiceQuestionsCount() {
    assertThat(quickScreen).allMatch(p -> p.answerPattern().startsWith("\"") || p.answerPattern().startsWith("%\""));
  }
}
