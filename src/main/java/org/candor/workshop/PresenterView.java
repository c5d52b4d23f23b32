package org.candor.workshop;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.candor.engine.Case;
import org.candor.engine.Question;
import org.candor.engine.Questionnaire;
import org.candor.platform.FormErrors;
import org.candor.platform.PageErrors;
import org.candor.platform.ProblemException;

/**
 * The presenter view a facilitator projects: code, link and QR code, the question the room is on,
 * and the live tallies, which arrive over the presenter socket (see presenter.js).
 */
@Named
@ViewScoped
public class PresenterView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Workshops workshops;
  @Inject transient FacesContext faces;

  private Long id;
  private transient Workshop workshop;

  public void load() {
    try {
      if (id == null) {
        throw ProblemException.notFound("No workshop given.");
      }
      workshop = workshops.asFacilitator(id);
    } catch (ProblemException e) {
      PageErrors.respond(faces, e);
    }
  }

  public Workshop getWorkshop() {
    if (workshop == null) {
      workshop = workshops.asFacilitator(id);
    }
    return workshop;
  }

  public boolean isLed() {
    return getWorkshop().pace() == Pace.FACILITATOR_LED;
  }

  public String getDisplayCode() {
    return JoinCodes.display(getWorkshop().joinCode());
  }

  public String getJoinLink() {
    return JoinLinks.link((HttpServletRequest) faces.getExternalContext().getRequest(), getWorkshop().joinCode());
  }

  public String getQrCode() {
    return JoinLinks.qrDataUri(getJoinLink());
  }

  public Questionnaire getQuestionnaire() {
    return workshops.questionnaireOf(getWorkshop());
  }

  public Case getTheCase() {
    return workshops.caseOf(getWorkshop()).orElse(null);
  }

  /** The questions on screen: the room's current one when led, all of them when self-paced. */
  public List<Question> getShownQuestions() {
    List<Question> all = getQuestionnaire().questions();
    return isLed() ? List.of(all.get(getWorkshop().currentQuestion())) : all;
  }

  public int getQuestionNumber() {
    return getWorkshop().currentQuestion() + 1;
  }

  public int getQuestionCount() {
    return getQuestionnaire().questions().size();
  }

  public void next() {
    move(null);
  }

  public void previous() {
    move((long) getWorkshop().currentQuestion() - 1);
  }

  private void move(Long index) {
    try {
      workshop = workshops.advance(id, index);
    } catch (ProblemException e) {
      workshop = null;
      FormErrors.show(faces, "controls", e);
    }
  }

  public void reveal(String questionId) {
    try {
      workshops.reveal(id, questionId);
    } catch (ProblemException e) {
      FormErrors.show(faces, "controls", e);
    }
  }

  public String end() {
    workshops.end(id);
    return "/app/workshop-summary?faces-redirect=true&id=" + id;
  }

  public Long getId() { return id; }
  public void setId(Long v) { id = v; }
}
