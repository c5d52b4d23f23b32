package org.candor.assessment;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.candor.engine.Engine;
import org.candor.engine.Question;
import org.candor.engine.Questionnaire;
import org.candor.engine.Section;
import org.candor.platform.FormErrors;
import org.candor.platform.Messages;
import org.candor.platform.ProblemException;
import org.primefaces.PrimeFaces;

/**
 * The questionnaire page: one section per step. Every answer is saved the moment it is given, so
 * closing the browser loses nothing; coming back opens the first step with something left to answer.
 */
@Named
@ViewScoped
public class QuestionnaireFormView extends AssessmentPage {

  private static final long serialVersionUID = 1L;

  /** The form and repeat ids in answer.xhtml, needed to update single questions after a save. */
  private static final String QUESTION_ID_PATTERN = "answer:questions:%d:%s";

  /** This request's {@link #isAnswering()}, among the Faces context's attributes. */
  private static final String ANSWERING = QuestionnaireFormView.class.getName() + ".answering";

  @Inject transient Assessments assessments;
  @Inject transient Engine engine;
  @Inject transient FacesContext faces;
  @Inject transient Messages messages;

  private final Map<String, AnswerField> fields = new LinkedHashMap<>();
  private final Set<String> visible = new HashSet<>();
  private final List<String> missing = new ArrayList<>();
  private int step;
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
    Map<String, Object> mine = assessments.myAnswers(getId());
    fields.clear();
    for (Question question : questionnaire().questions()) {
      fields.put(question.id(), new AnswerField(question.id(), question.type(), mine.get(question.id())));
    }
    recomputeVisibility(mine);
    step = firstStepWithSomethingLeft();
  }

  /**
   * Whether the form is shown, and so whether a request to it does anything. Decided once per
   * request: the form's {@code rendered} is asked in every phase, and each answer took a
   * database round of its own.
   */
  public boolean isAnswering() {
    if (viewGone()) {
      return false;
    }
    return (boolean) faces.getAttributes().computeIfAbsent(ANSWERING, key ->
        getAssessment().status() == AssessmentStatus.OPEN && !assessments.iHaveSubmitted(getAssessment()));
  }

  public Questionnaire questionnaire() {
    if (questionnaire == null) {
      questionnaire = assessments.questionnaireOf(getAssessment());
    }
    return questionnaire;
  }

  /** Empty when {@link #viewGone()}: a late request may still walk the steps and questions of the form. */
  public List<Section> getSections() {
    return viewGone() ? List.of() : questionnaire().sections();
  }

  public Section getSection() {
    return getSections().get(step);
  }

  public List<AnswerField> getFieldsOfSection() {
    if (viewGone()) {
      return List.of();
    }
    return getSection().questions().stream().map(q -> fields.get(q.id())).toList();
  }

  public Question question(AnswerField field) {
    return questionnaire().question(field.getQuestionId()).orElseThrow();
  }

  public boolean visible(AnswerField field) {
    return visible.contains(field.getQuestionId());
  }

  /** The share of the questions currently shown that have an answer, in percent. */
  public int getProgress() {
    long shown = visible.size();
    long answered = fields.values().stream().filter(f -> visible.contains(f.getQuestionId()) && f.answered()).count();
    return shown == 0 ? 0 : (int) Math.round(100.0 * answered / shown);
  }

  public int getStep() {
    return step;
  }

  public boolean isLastStep() {
    return step == getSections().size() - 1;
  }

  public void goTo(int index) {
    step = Math.max(0, Math.min(index, getSections().size() - 1));
  }

  public void next() {
    goTo(step + 1);
  }

  public void previous() {
    goTo(step - 1);
  }

  /** Saves one answer as it is given; the questions it shows or hides appear or disappear. */
  public void save(AnswerField field) {
    int index = getFieldsOfSection().indexOf(field);
    try {
      Map<String, Object> mine = assessments.saveAnswer(getId(), field.getQuestionId(), field.value());
      field.stored();
      Set<String> before = Set.copyOf(visible);
      recomputeVisibility(mine);
      List<AnswerField> section = getFieldsOfSection();
      for (int i = 0; i < section.size(); i++) {
        String id = section.get(i).getQuestionId();
        if (before.contains(id) != visible.contains(id)) {
          PrimeFaces.current().ajax().update(String.format(QUESTION_ID_PATTERN, i, "question"));
        }
      }
    } catch (NumberFormatException e) {
      field.failed(messages.get("answer.notANumber"));
    } catch (ProblemException e) {
      field.failed(e.detailIn(faces.getViewRoot().getLocale()));
    }
    PrimeFaces.current().ajax().update(String.format(QUESTION_ID_PATTERN, index, "status"), "answer:progress");
  }

  /** Questions still to answer before submitting, as their prompts. */
  public List<String> getMissing() {
    return missing;
  }

  public String submit() {
    missing.clear();
    try {
      assessments.submit(getId());
      FormErrors.info(faces, messages.get("answer.submittedMessage"));
      faces.getExternalContext().getFlash().setKeepMessages(true);
      return "/app/assessment?faces-redirect=true&id=" + getId();
    } catch (ProblemException e) {
      if (e.problem().status() == 400) {
        assessments.myRecommendation(getId()).missingRequired()
            .forEach(q -> missing.add(questionnaire().question(q).map(Question::prompt).orElse(q)));
      }
      FormErrors.show(faces, "answer", e);
      return null;
    }
  }

  private void recomputeVisibility(Map<String, Object> mine) {
    visible.clear();
    visible.addAll(engine.evaluate(questionnaire(), mine).visibleQuestions());
  }

  private int firstStepWithSomethingLeft() {
    List<Section> sections = getSections();
    for (int i = 0; i < sections.size(); i++) {
      boolean open = sections.get(i).questions().stream()
          .anyMatch(q -> q.required() && visible.contains(q.id()) && !fields.get(q.id()).answered());
      if (open) {
        return i;
      }
    }
    return sections.size() - 1;
  }
}
