package org.candor.workshop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.candor.audit.AuditLog;
import org.candor.engine.Question;
import org.candor.engine.QuestionType;
import org.candor.engine.Questionnaire;
import org.candor.language.LanguageSelection;
import org.candor.platform.Text;
import org.candor.questionnaire.AnswerLabels;

/** Builds a workshop's {@link LiveState}, for the facilitator's requests and for pushes to presenter sockets. */
@ApplicationScoped
public class LiveStates {

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;
  @Inject Workshops workshops;
  @Inject LanguageSelection language;

  /** For a facilitator's request, in its language: 404 unless the caller facilitates the workshop. */
  public LiveState forFacilitator(long id) {
    return of(workshops.asFacilitator(id), language.getLocale());
  }

  /**
   * For a push to sockets whose caller was checked when they connected; null if the workshop is
   * gone. Pushes run on the managed executor, outside any request: the transaction gives the read
   * its entity manager.
   */
  @Transactional
  public LiveState of(long id, Locale locale) {
    Workshop workshop = em.find(Workshop.class, id);
    return workshop == null ? null : of(workshop, locale);
  }

  /**
   * For a push: where the room is and, when presenters are connected, their state in each of their
   * languages, the answers counted once for all of them; null if the workshop is gone.
   */
  @Transactional
  public Snapshot snapshot(long id, Set<Locale> presenterLocales) {
    Workshop workshop = em.find(Workshop.class, id);
    if (workshop == null) {
      return null;
    }
    Map<Locale, LiveState> byLocale = new HashMap<>();
    if (!presenterLocales.isEmpty()) {
      List<QuestionTally> tallies = workshops.tallies(workshop);
      int participants = workshops.participantCount(workshop);
      presenterLocales.forEach(locale -> byLocale.put(locale, of(workshop, locale, tallies, participants)));
    }
    return new Snapshot(workshop.status(), workshop.currentQuestion(), byLocale);
  }

  /** What a push sends: the room's position for phones, the full state for presenters by language. */
  public record Snapshot(WorkshopStatus status, int currentQuestion, Map<Locale, LiveState> byLocale) {}

  LiveState of(Workshop workshop, Locale locale) {
    return of(workshop, locale, workshops.tallies(workshop), workshops.participantCount(workshop));
  }

  private LiveState of(Workshop workshop, Locale locale, List<QuestionTally> tallies, int participants) {
    Questionnaire questionnaire = workshops.questionnaireOf(workshop, locale);
    ResourceBundle text = Text.bundle(locale);
    List<LiveState.TallyView> views = tallies.stream()
        .map(t -> view(questionnaire.question(t.questionId()).orElseThrow(), t, text))
        .toList();
    return new LiveState(workshop.id(), workshop.status(), workshop.currentQuestion(), participants, views);
  }

  /** The summary for the facilitator: 404 unless the caller facilitates the workshop. */
  public WorkshopSummary summary(long id) {
    WorkshopSummary summary = compute(id);
    audit.record("workshop.results.view", "workshop", id, null);
    return summary;
  }

  /** The same summary, for a download in the given format ("csv", "pdf"). */
  public WorkshopSummary export(long id, String format) {
    WorkshopSummary summary = compute(id);
    audit.record("workshop.results.export", "workshop", id, format);
    return summary;
  }

  private WorkshopSummary compute(long id) {
    Workshop workshop = workshops.asFacilitator(id);
    Questionnaire questionnaire = workshops.questionnaireOf(workshop);
    return new WorkshopSummary(
        workshop.id(), questionnaire.title(), questionnaire.id(), questionnaire.version(), workshop.pace(), workshop.status(),
        workshop.createdAt(), workshop.endedAt(), of(workshop, language.getLocale()),
        WorkshopSummary.Verdict.of(workshops.roomRecommendation(workshop)),
        workshops.caseOf(workshop).map(WorkshopSummary.CaseOutcome::of).orElse(null));
  }

  private static LiveState.TallyView view(Question question, QuestionTally tally, ResourceBundle text) {
    List<LiveState.BarView> bars = tally.bars().stream()
        .map(b -> new LiveState.BarView(b.value(), label(question, b.value(), text), b.count(),
            tally.answers() == 0 ? 0 : Math.round(100f * b.count() / tally.answers())))
        .toList();
    String note = text.getString("workshop.visibility." + tally.visibility().name());
    return new LiveState.TallyView(question.id(), question.prompt(), tally.answers(), tally.revealed(), tally.visibility(), note, bars);
  }

  static String label(Question question, String value, ResourceBundle text) {
    return question.type() == QuestionType.SCALE ? value : AnswerLabels.describe(question, value, text.getLocale());
  }
}
