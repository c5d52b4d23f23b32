package org.candor.assessment;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.candor.identity.CurrentAccount;
import org.candor.platform.FormErrors;
import org.candor.platform.Messages;
import org.candor.platform.ProblemException;

/** One assessment: where it stands, who has submitted, and the lead's actions. */
@Named
@ViewScoped
public class AssessmentOverviewView extends AssessmentPage {

  private static final long serialVersionUID = 1L;

  @Inject transient Assessments assessments;
  @Inject transient CurrentAccount current;
  @Inject transient FacesContext faces;
  @Inject transient Messages messages;

  @Override
  protected Assessments assessments() {
    return assessments;
  }

  @Override
  protected FacesContext faces() {
    return faces;
  }

  public List<ParticipantStatus> getParticipants() {
    return assessments.participants(getId());
  }

  public boolean isLead() {
    return getAssessment().isLead(current.require().id());
  }

  public boolean isSubmitted() {
    return assessments.iHaveSubmitted(getAssessment());
  }

  public int getAnswered() {
    return assessments.myAnswers(getId()).size();
  }

  public long getSubmittedCount() {
    return getParticipants().stream().filter(ParticipantStatus::submitted).count();
  }

  public List<Assessment> getVersions() {
    return assessments.versions(getId());
  }

  public void closeRoundOne() {
    try {
      assessments.closeRoundOne(getId());
      reload();
      FormErrors.info(faces, messages.get("overview.closed"));
    } catch (ProblemException e) {
      FormErrors.show(faces, "actions", e);
    }
  }

  public String reopen() {
    try {
      Assessment next = assessments.reopen(getId());
      return "/app/assessment?faces-redirect=true&id=" + next.id();
    } catch (ProblemException e) {
      FormErrors.show(faces, "actions", e);
      return null;
    }
  }
}
