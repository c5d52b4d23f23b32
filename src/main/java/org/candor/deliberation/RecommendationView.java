package org.candor.deliberation;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.candor.assessment.AssessmentPage;
import org.candor.assessment.AssessmentStatus;
import org.candor.assessment.Assessments;
import org.candor.assessment.TeamDivergence;
import org.candor.engine.Condition;
import org.candor.engine.Change;
import org.candor.engine.DimensionScore;
import org.candor.engine.Question;
import org.candor.engine.Questionnaire;
import org.candor.engine.Recommendation;
import org.candor.engine.divergence.DimensionSpread;
import org.candor.identity.CurrentAccount;
import org.candor.platform.FormErrors;
import org.candor.platform.JsonBuilders;
import org.candor.platform.Messages;
import org.candor.platform.ProblemException;
import org.candor.platform.ScriptJson;
import org.primefaces.PrimeFaces;

/**
 * The team's recommendation from its consensus answers: outcome, scores against the spread of
 * members' own, the rule and its trace, the condition checklist, stage plan, prompts and what
 * would change it.
 */
@Named
@ViewScoped
public class RecommendationView extends AssessmentPage {

  private static final long serialVersionUID = 1L;

  @Inject transient Assessments assessments;
  @Inject transient Deliberation deliberation;
  @Inject transient CurrentAccount current;
  @Inject transient FacesContext faces;
  @Inject transient Messages messages;

  /** Notes being edited, by condition id: kept across ajax requests until saved. */
  private final Map<String, String> notes = new HashMap<>();
  private final Map<String, Boolean> done = new HashMap<>();
  /** The version of each check as this page last showed it: a save over someone else's change is refused. */
  private final Map<String, Long> seenVersions = new HashMap<>();
  private transient Recommendation recommendation;
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
    if (!getAssessment().answersRevealed()) {
      throw ProblemException.notFound("The team's recommendation exists once round 1 is closed.");
    }
    deliberation.conditionChecks(getId()).values().forEach(this::show);
  }

  private void show(ConditionCheck check) {
    done.put(check.conditionId(), check.done());
    notes.put(check.conditionId(), check.note());
    seenVersions.put(check.conditionId(), check.version());
  }

  public Recommendation getRecommendation() {
    if (recommendation == null) {
      recommendation = deliberation.teamRecommendation(getId());
    }
    return recommendation;
  }

  public String prompt(String questionId) {
    return questionnaire().question(questionId).map(Question::prompt).orElse(questionId);
  }

  public String describe(Change change) {
    return ChangeDescriptions.describe(change, questionnaire(), faces.getViewRoot().getLocale());
  }

  private Questionnaire questionnaire() {
    if (questionnaire == null) {
      questionnaire = assessments.questionnaireOf(getAssessment());
    }
    return questionnaire;
  }

  public String dimensionLabel(String dimensionId) {
    return getRecommendation().scores().stream().filter(s -> s.dimension().equals(dimensionId))
        .map(DimensionScore::label).findFirst().orElse(dimensionId);
  }

  public boolean isLead() {
    return getAssessment().isLead(current.require().id());
  }

  public boolean isDeliberating() {
    return getAssessment().status() == AssessmentStatus.DELIBERATING;
  }

  /**
   * The score chart as a Chart.js configuration: the consensus scores, and the lowest and highest
   * score among members' own answers, on the 0–10 scale. A radar needs three axes to show a shape,
   * so questionnaires with fewer dimensions get bars.
   */
  public String getRadarChart() {
    List<DimensionScore> scores = getRecommendation().scores();
    List<DimensionSpread> spread = assessments.divergence(getId()).scoreSpread();
    Map<String, DimensionSpread> byDimension = new HashMap<>();
    spread.forEach(s -> byDimension.put(s.dimension(), s));
    JsonArrayBuilder labels = JsonBuilders.array();
    JsonArrayBuilder consensus = JsonBuilders.array();
    JsonArrayBuilder lowest = JsonBuilders.array();
    JsonArrayBuilder highest = JsonBuilders.array();
    for (DimensionScore score : scores) {
      labels.add(score.label());
      consensus.add(round(score.normalised()));
      DimensionSpread members = byDimension.get(score.dimension());
      lowest.add(members == null ? 0 : round(members.lowest()));
      highest.add(members == null ? 0 : round(members.highest()));
    }
    boolean radar = scores.size() >= 3;
    return ScriptJson.of(JsonBuilders.object()
        .add("type", radar ? "radar" : "bar")
        .add("data", JsonBuilders.object()
            .add("labels", labels)
            .add("datasets", JsonBuilders.array()
                .add(dataset(messages.get("recommendation.chartConsensus"), consensus, "rgba(29,78,216,1)", "rgba(29,78,216,0.25)", false))
                .add(dataset(messages.get("recommendation.chartHighest"), highest, "rgba(217,119,6,1)", "rgba(0,0,0,0)", true))
                .add(dataset(messages.get("recommendation.chartLowest"), lowest, "rgba(5,150,105,1)", "rgba(0,0,0,0)", true))))
        .add("options", JsonBuilders.object()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("scales", JsonBuilders.object().add(radar ? "r" : "y", JsonBuilders.object()
                .add("min", 0).add("max", 10).add("ticks", JsonBuilders.object().add("stepSize", 2)))))
        .build());
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String line, String fill, boolean dashed) {
    JsonObjectBuilder dataset = JsonBuilders.object()
        .add("label", label).add("data", data).add("borderColor", line).add("backgroundColor", fill)
        .add("pointBackgroundColor", line).add("fill", !dashed).add("borderWidth", 2);
    if (dashed) {
      dataset.add("borderDash", JsonBuilders.array().add(5).add(4));
    }
    return dataset;
  }

  private static double round(double score) {
    return Math.round(score * 10) / 10.0;
  }

  public Map<String, String> getNotes() {
    return notes;
  }

  public Map<String, Boolean> getDone() {
    return done;
  }

  /** Saves where the team stands on one condition (ticked or not, with its note). */
  public void saveCondition(Condition condition) {
    try {
      show(deliberation.check(getId(), condition.id(), Boolean.TRUE.equals(done.get(condition.id())), notes.get(condition.id()),
          seenVersions.get(condition.id())));
      FormErrors.info(faces, messages.format("recommendation.conditionSaved", condition.text()));
    } catch (ConditionConflict conflict) {
      ConditionCheck now = deliberation.conditionChecks(getId()).get(condition.id());
      show(now);
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, messages.format("recommendation.conditionConflict",
          condition.text(), messages.get(now.done() ? "recommendation.conditionDone" : "recommendation.conditionOpen"),
          now.note() == null ? "" : now.note(), assessments.participantNames(getId()).getOrDefault(now.checkedBy(), "#" + now.checkedBy())), null));
      PrimeFaces.current().ajax().update("conditions");
    } catch (ProblemException e) {
      FormErrors.show(faces, "conditions", e);
    }
  }

  public void finish() {
    try {
      deliberation.finish(getId());
      reload();
      recommendation = null;
      FormErrors.info(faces, messages.get("recommendation.finishedMessage"));
    } catch (ProblemException e) {
      FormErrors.show(faces, "finish", e);
    }
  }

  public List<TeamDivergence.Member> getMembers() {
    return assessments.divergence(getId()).members();
  }
}
