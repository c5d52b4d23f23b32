package org.candor.assessment;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.candor.engine.Question;
import org.candor.engine.Questionnaire;
import org.candor.engine.divergence.QuestionDivergence;
import org.candor.questionnaire.AnswerLabels;

/** Where the team disagrees after round 1: questions by divergence, distributions, members' own outcomes. */
@Named
@ViewScoped
public class DivergenceView extends AssessmentPage {

  private static final long serialVersionUID = 1L;

  @Inject transient Assessments assessments;
  @Inject transient FacesContext faces;

  private transient TeamDivergence divergence;
  private transient Questionnaire questionnaire;

  @Override
  protected Assessments assessments() {
    return assessments;
  }

  @Override
  protected FacesContext faces() {
    return faces;
  }

  @Override
  protected void loaded() {
    divergence = assessments.divergence(getId());
  }

  public TeamDivergence getDivergence() {
    if (divergence == null) {
      divergence = assessments.divergence(getId());
    }
    return divergence;
  }

  public Question question(String questionId) {
    if (questionnaire == null) {
      questionnaire = assessments.questionnaireOf(getAssessment());
    }
    return questionnaire.question(questionId).orElseThrow();
  }

  public String label(String questionId, String value) {
    Question question = question(questionId);
    return switch (question.type()) {
      case SCALE, NUMBER -> value;
      default -> AnswerLabels.describe(question, value, faces.getViewRoot().getLocale());
    };
  }

  /** The widest bar is the most common answer, so small teams still see the shape. */
  public int barWidth(QuestionDivergence question, QuestionDivergence.Count count) {
    int most = question.distribution().stream().mapToInt(QuestionDivergence.Count::members).max().orElse(1);
    return most == 0 ? 0 : Math.round(100f * count.members() / most);
  }

  public int percent(Double score) {
    return score == null ? 0 : (int) Math.round(score * 100);
  }

  /** Each member's answer to one question, as people read it. */
  public List<String[]> answersTo(String questionId) {
    Question question = question(questionId);
    return getDivergence().members().stream()
        .filter(m -> m.answers().get(questionId) != null)
        .map(m -> new String[] {m.displayName(), AnswerLabels.describe(question, m.answers().get(questionId), faces.getViewRoot().getLocale())})
        .toList();
  }
}
