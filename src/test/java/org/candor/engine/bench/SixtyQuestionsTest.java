package org.candor.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.candor.engine.Engine;
import org.candor.engine.Questionnaire;
import org.candor.engine.Recommendation;
import org.junit.jupiter.api.Test;

/** The benchmark measures what it claims: a complete 60-question evaluation with an explanation. */
class SixtyQuestionsTest {

  @Test
  void theBenchmarkEvaluatesACompleteSixtyQuestionAssessment() {
    Questionnaire questionnaire = SixtyQuestions.questionnaire();
    assertThat(questionnaire.questions()).hasSize(60);
    assertThat(questionnaire.questions().stream().filter(q -> q.showIf() != null).count()).isGreaterThanOrEqualTo(20);
    Recommendation r = new Engine().evaluate(questionnaire, SixtyQuestions.answers());
    assertThat(r.complete()).isTrue();
    assertThat(r.outcome()).isNotNull();
    assertThat(r.visibleQuestions().size()).isBetween(30, 60);
    assertThat(r.notes()).isEmpty();
    assertThat(r.whatWouldChange()).isNotEmpty();
  }
}
