package org.candor.assessment;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.candor.engine.Questionnaire;
import org.candor.identity.CurrentAccount;
import org.candor.language.LanguageSelection;
import org.candor.organisation.Organisation;
import org.candor.organisation.Team;
import org.candor.organisation.TeamRole;
import org.candor.platform.FormErrors;
import org.candor.platform.ProblemException;
import org.candor.questionnaire.QuestionnaireCatalog;

/** My assessments, and starting a new one for a team I lead. */
@Named
@ViewScoped
public class MyAssessmentsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Assessments assessments;
  @Inject transient QuestionnaireCatalog catalog;
  @Inject transient LanguageSelection language;
  @Inject transient Organisation organisation;
  @Inject transient CurrentAccount current;
  @Inject transient FacesContext faces;

  private String title;
  private String description;
  private String questionnaireId;
  private Long teamId;

  public List<Assessment> getAssessments() {
    return assessments.mine();
  }

  public List<Questionnaire> getQuestionnaires() {
    return catalog.latestVersions().stream().map(language::translate).toList();
  }

  public List<Team> getTeamsILead() {
    long me = current.require().id();
    return organisation.teamsOf(me).stream().filter(t -> t.roleOf(me).orElse(null) == TeamRole.LEAD).toList();
  }

  public String create() {
    try {
      Assessment created = assessments.create(title, description, questionnaireId, teamId);
      return "/app/assessment?faces-redirect=true&id=" + created.id();
    } catch (ProblemException e) {
      FormErrors.show(faces, "create", e);
      return null;
    }
  }

  public String getTitle() { return title; }
  public void setTitle(String v) { title = v; }
  public String getDescription() { return description; }
  public void setDescription(String v) { description = v; }
  public String getQuestionnaireId() { return questionnaireId; }
  public void setQuestionnaireId(String v) { questionnaireId = v; }
  public Long getTeamId() { return teamId; }
  public void setTeamId(Long v) { teamId = v; }
}
