package org.candor.workshop;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.candor.engine.Case;
import org.candor.engine.Questionnaire;
import org.candor.identity.CurrentAccount;
import org.candor.identity.Role;
import org.candor.platform.FormErrors;
import org.candor.platform.ProblemException;

/** The facilitator's workshops page: their sessions and a form to start one. */
@Named
@ViewScoped
public class WorkshopsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Workshops workshops;
  @Inject transient CurrentAccount current;
  @Inject transient FacesContext faces;

  private String questionnaireId = "quick-screen";
  private String caseId;
  private String pace = Pace.FACILITATOR_LED.name();

  public boolean isFacilitator() {
    return current.hasRole(Role.FACILITATOR) || current.hasRole(Role.ADMIN);
  }

  public List<Workshop> getMine() {
    return workshops.mine();
  }

  public List<Questionnaire> getQuestionnaires() {
    return workshops.questionnaires();
  }

  public List<Case> getCases() {
    return workshops.cases();
  }

  public String display(String code) {
    return JoinCodes.display(code);
  }

  public String create() {
    try {
      // A case fixes the questionnaire, so the questionnaire choice is ignored when a case is chosen.
      boolean withCase = caseId != null && !caseId.isBlank();
      Workshop created = workshops.create(withCase ? null : questionnaireId, caseId, pace);
      return "/app/presenter?faces-redirect=true&id=" + created.id();
    } catch (ProblemException e) {
      FormErrors.show(faces, "create", e);
      return null;
    }
  }

  public String getQuestionnaireId() { return questionnaireId; }
  public void setQuestionnaireId(String v) { questionnaireId = v; }
  public String getCaseId() { return caseId; }
  public void setCaseId(String v) { caseId = v; }
  public String getPace() { return pace; }
  public void setPace(String v) { pace = v; }
}
