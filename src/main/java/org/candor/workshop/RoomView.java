package org.candor.workshop;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import org.candor.assessment.AnswerField;
import org.candor.engine.Case;
import org.candor.engine.Question;
import org.candor.engine.Questionnaire;
import org.candor.platform.Messages;
import org.candor.platform.ProblemException;

/**
 * The participant's page on their phone: the case scenario, the question the room is on (or every
 * question, one at a time, when self-paced), and at the end their recommendation beside the room's
 * and what actually happened. It follows the room through the room socket (see room.js).
 */
@Named
@ViewScoped
public class RoomView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Workshops workshops;
  @Inject transient FacesContext faces;
  @Inject transient Messages messages;

  private String token;
  private int selfPacedStep;
  private AnswerField field;
  private transient Participant participant;

  public void load() throws IOException {
    token = RoomCookie.read((HttpServletRequest) faces.getExternalContext().getRequest());
    try {
      participant = workshops.participant(token);
      prepareField();
    } catch (ProblemException e) {
      faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/join.xhtml");
      faces.responseComplete();
    }
  }

  /** Re-reads where the room is, after the room socket said it moved. */
  public void refresh() {
    participant = null;
    prepareField();
  }

  private Participant me() {
    if (participant == null) {
      participant = workshops.participant(token);
    }
    return participant;
  }

  public Workshop getWorkshop() {
    return me().workshop();
  }

  public String getPseudonym() {
    return me().pseudonym();
  }

  public boolean isOpen() {
    return getWorkshop().open();
  }

  public Case getTheCase() {
    return workshops.caseOf(getWorkshop()).orElse(null);
  }

  private Questionnaire questionnaire() {
    return workshops.questionnaireOf(getWorkshop());
  }

  public int getQuestionIndex() {
    return getWorkshop().pace() == Pace.FACILITATOR_LED ? getWorkshop().currentQuestion() : selfPacedStep;
  }

  public Question getQuestion() {
    return questionnaire().questions().get(getQuestionIndex());
  }

  public int getQuestionCount() {
    return questionnaire().questions().size();
  }

  public boolean isSelfPaced() {
    return getWorkshop().pace() == Pace.SELF_PACED;
  }

  public AnswerField getField() {
    return field;
  }

  public void next() {
    selfPacedStep = Math.min(selfPacedStep + 1, getQuestionCount() - 1);
    prepareField();
  }

  public void previous() {
    selfPacedStep = Math.max(selfPacedStep - 1, 0);
    prepareField();
  }

  public void save(AnswerField answered) {
    try {
      workshops.answer(token, answered.getQuestionId(), answered.value());
      answered.stored();
    } catch (NumberFormatException e) {
      answered.failed(messages.get("answer.notANumber"));
    } catch (ProblemException e) {
      answered.failed(e.problem().detail());
    }
  }

  public WorkshopSummary.Verdict getMine() {
    return WorkshopSummary.Verdict.of(workshops.recommendationOf(me()));
  }

  public WorkshopSummary.CaseOutcome getCaseOutcome() {
    return workshops.caseOf(getWorkshop()).map(WorkshopSummary.CaseOutcome::of).orElse(null);
  }

  public WorkshopSummary.Verdict getRoom() {
    return WorkshopSummary.Verdict.of(workshops.roomRecommendation(getWorkshop()));
  }

  private void prepareField() {
    Question question = getQuestion();
    Map<String, Object> mine = workshops.answersOf(me());
    field = new AnswerField(question.id(), question.type(), mine.get(question.id()));
  }
}
