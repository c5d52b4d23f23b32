package org.candor.deliberation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.candor.assessment.AnswerField;
import org.candor.assessment.AssessmentPage;
import org.candor.assessment.AssessmentStatus;
import org.candor.assessment.Assessments;
import org.candor.engine.Question;
import org.candor.engine.Recommendation;
import org.candor.identity.CurrentAccount;
import org.candor.platform.FormErrors;
import org.candor.platform.Messages;
import org.candor.platform.ProblemException;
import org.candor.platform.Text;
import org.candor.questionnaire.AnswerJson;
import org.candor.questionnaire.AnswerLabels;

/**
 * One question in round 2: its discussion thread, the consensus answer the lead settles (never
 * silently overwriting another editor's), and members' dissent.
 */
@Named
@ViewScoped
public class QuestionThreadView extends AssessmentPage {

  private static final long serialVersionUID = 1L;

  @Inject transient Assessments assessments;
  @Inject transient Deliberation deliberation;
  @Inject transient CurrentAccount current;
  @Inject transient FacesContext faces;
  @Inject transient Messages messages;

  private String questionId;
  private String post;
  private String dissent;
  private String rationale;
  private Long seenVersion;
  private AnswerField consensusField;
  private transient Map<Long, String> names;

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
    if (!getAssessment().answersRevealed() || questionId == null
        || assessments.questionnaireOf(getAssessment()).question(questionId).isEmpty()) {
      throw ProblemException.notFound("There is no such question to discuss.");
    }
    startEditing(getConsensus());
  }

  public Question getQuestion() {
    return assessments.questionnaireOf(getAssessment()).question(questionId).orElseThrow();
  }

  public boolean isLead() {
    return getAssessment().isLead(current.require().id());
  }

  public boolean isDeliberating() {
    return getAssessment().status() == AssessmentStatus.DELIBERATING;
  }

  public List<ThreadPost> getPosts() {
    return deliberation.thread(getId(), questionId);
  }

  public List<Dissent> getDissents() {
    return deliberation.dissents(getId()).stream().filter(d -> d.questionId().equals(questionId)).toList();
  }

  public ConsensusAnswer getConsensus() {
    return deliberation.consensus(getId()).stream().filter(c -> c.questionId().equals(questionId)).findFirst().orElse(null);
  }

  public String describe(ConsensusAnswer consensus) {
    return AnswerLabels.describe(getQuestion(), AnswerJson.parse(consensus.valueJson()), faces.getViewRoot().getLocale());
  }

  public Recommendation getTeamRecommendation() {
    return deliberation.teamRecommendation(getId());
  }

  public String name(long accountId) {
    if (names == null) {
      names = assessments.participantNames(getId());
    }
    return names.getOrDefault(accountId, "#" + accountId);
  }

  public void addPost() {
    try {
      deliberation.post(getId(), questionId, post);
      post = null;
    } catch (ProblemException e) {
      FormErrors.show(faces, "thread", e);
    }
  }

  public void addDissent() {
    try {
      deliberation.dissent(getId(), questionId, dissent);
      dissent = null;
      FormErrors.info(faces, messages.get("question.dissentRecorded"));
    } catch (ProblemException e) {
      FormErrors.show(faces, "dissentForm", e);
    }
  }

  /** Saves the consensus answer; if someone changed it meanwhile, shows theirs instead of overwriting it. */
  public void settle() {
    try {
      Object value;
      try {
        value = consensusField.value();
      } catch (NumberFormatException e) {
        throw ProblemException.invalidField("value", Text.of("answer.notANumber"));
      }
      ConsensusAnswer saved = deliberation.settle(getId(), questionId, value, rationale, seenVersion);
      startEditing(saved);
      FormErrors.info(faces, messages.get("question.settled"));
    } catch (ConsensusConflict conflict) {
      ConsensusAnswer now = getConsensus();
      startEditing(now);
      faces.addMessage("consensusForm:value", new jakarta.faces.application.FacesMessage(
          jakarta.faces.application.FacesMessage.SEVERITY_WARN,
          now == null ? conflict.getMessage()
              : messages.format("question.conflict", describe(now), now.rationale(), name(now.decidedBy())),
          null));
    } catch (ProblemException e) {
      FormErrors.show(faces, "consensusForm", e);
    }
  }

  private void startEditing(ConsensusAnswer consensus) {
    Question question = getQuestion();
    consensusField = new AnswerField(question.id(), question.type(), consensus == null ? null : AnswerJson.parse(consensus.valueJson()));
    rationale = consensus == null ? null : consensus.rationale();
    seenVersion = consensus == null ? null : consensus.version();
  }

  public AnswerField getConsensusField() { return consensusField; }
  public String getQ() { return questionId; }
  public void setQ(String v) { questionId = v; }
  public String getPost() { return post; }
  public void setPost(String v) { post = v; }
  public String getDissent() { return dissent; }
  public void setDissent(String v) { dissent = v; }
  public String getRationale() { return rationale; }
  public void setRationale(String v) { rationale = v; }
}
