package org.candor.deliberation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.candor.assessment.Assessment;
import org.candor.assessment.AssessmentStatus;
import org.candor.assessment.Assessments;
import org.candor.audit.AuditLog;
import org.candor.engine.Engine;
import org.candor.engine.InvalidAnswerException;
import org.candor.engine.Questionnaire;
import org.candor.engine.Recommendation;
import org.candor.identity.Account;
import org.candor.identity.CurrentAccount;
import org.candor.platform.ProblemException;
import org.candor.platform.Text;
import org.candor.questionnaire.AnswerJson;

/**
 * Round 2: threads, consensus answers, dissent, the team's recommendation and its condition
 * checklist. Every call checks that the caller takes part in the assessment (others get 404).
 */
@ApplicationScoped
public class Deliberation {

  static final int MAX_TEXT = 4000;
  static final int MAX_NOTE = 2000;

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;
  @Inject Assessments assessments;
  @Inject CurrentAccount current;
  @Inject Engine engine;
  @Inject Clock clock;

  /** The consensus answers settled so far, in questionnaire order. */
  public List<ConsensusAnswer> consensus(long assessmentId) {
    return consensus(assessments.get(assessmentId));
  }

  public Map<String, Object> consensusAnswers(Assessment assessment) {
    Map<String, Object> values = new LinkedHashMap<>();
    consensus(assessment).forEach(c -> values.put(c.questionId(), AnswerJson.parse(c.valueJson())));
    return values;
  }

  /** The recommendation the team's consensus answers lead to; it follows every change to them. */
  public Recommendation teamRecommendation(long assessmentId) {
    Assessment assessment = assessments.get(assessmentId);
    return engine.evaluate(assessments.questionnaireOf(assessment), consensusAnswers(assessment));
  }

  /**
   * The lead records the team's answer to a question.
   *
   * @param seenVersion the version of the consensus answer the lead last saw, {@code null} if they
   *     saw none; if it has changed since, nothing is saved and the current answer is returned in
   *     a {@link ConsensusConflict}
   */
  @Transactional
  public ConsensusAnswer settle(long assessmentId, String questionId, Object value, String rationale, Long seenVersion) {
    Account me = current.require();
    Assessment assessment = assessments.asLead(assessmentId, "record consensus answers");
    requireDeliberating(assessment);
    Questionnaire questionnaire = questionOf(assessment, questionId);
    if (value == null) {
      throw ProblemException.invalidField("value", Text.of("problem.chooseTeamAnswer"));
    }
    try {
      questionnaire.checkAnswer(questionId, value);
    } catch (InvalidAnswerException e) {
      throw ProblemException.invalidField("value", e.getMessage());
    }
    String cleanRationale = requireText("rationale", rationale, MAX_TEXT, "problem.rationaleMissing");
    String json = AnswerJson.toJson(value).toString();
    ConsensusAnswer existing = consensusFor(assessment, questionId);
    if (existing != null && (seenVersion == null || seenVersion != existing.version())) {
      throw new ConsensusConflict(existing,
          "Someone changed this consensus answer while you were editing: it is now "
              + AnswerJson.parse(existing.valueJson()) + " (\"" + existing.rationale() + "\"). Review it and save again.");
    }
    if (existing == null && seenVersion != null) {
      throw new ConsensusConflict(null, "This consensus answer was removed while you were editing. Review it and save again.");
    }
    ConsensusAnswer saved = existing;
    if (saved == null) {
      saved = new ConsensusAnswer(assessment, questionId, json, cleanRationale, me.id(), clock.instant());
      em.persist(saved);
    } else {
      saved.revise(json, cleanRationale, me.id(), clock.instant());
    }
    try {
      em.flush();
    } catch (PersistenceException e) {
      // Another editor's save committed between our read and this write (version or unique key).
      throw new ConsensusConflict(null, "Someone saved this consensus answer at the same moment. Reload to see it and save again.");
    }
    audit.record("consensus.settle", "assessment", assessmentId, "question " + questionId);
    return saved;
  }

  /** Finishes round 2: the consensus must answer every required question. */
  @Transactional
  public Recommendation finish(long assessmentId) {
    Assessment assessment = assessments.asLead(assessmentId, "finish the assessment");
    requireDeliberating(assessment);
    Recommendation recommendation = engine.evaluate(assessments.questionnaireOf(assessment), consensusAnswers(assessment));
    if (!recommendation.complete()) {
      throw ProblemException.invalidField(
          "consensus", Text.of("problem.consensusMissing", String.join(", ", recommendation.missingRequired())));
    }
    assessments.finish(assessment, recommendation);
    audit.record("assessment.finish", "assessment", assessmentId, "outcome " + recommendation.outcome());
    return recommendation;
  }

  public List<ThreadPost> thread(long assessmentId, String questionId) {
    Assessment assessment = revealed(assessmentId);
    questionOf(assessment, questionId);
    return em.createQuery("select p from ThreadPost p where p.assessment = :as and p.questionId = :q order by p.postedAt, p.id", ThreadPost.class)
        .setParameter("as", assessment).setParameter("q", questionId).getResultList();
  }

  @Transactional
  public ThreadPost post(long assessmentId, String questionId, String body) {
    Assessment assessment = revealed(assessmentId);
    requireDeliberating(assessment);
    questionOf(assessment, questionId);
    ThreadPost post = new ThreadPost(assessment, questionId, current.require().id(),
        requireText("body", body, MAX_TEXT, "problem.messageMissing"), clock.instant());
    em.persist(post);
    audit.record("thread.post", "assessment", assessmentId, "question " + questionId);
    return post;
  }

  /** Every dissent recorded in the assessment, in question then time order. */
  public List<Dissent> dissents(long assessmentId) {
    Assessment assessment = assessments.get(assessmentId);
    return em.createQuery("select d from Dissent d where d.assessment = :as order by d.questionId, d.recordedAt, d.id", Dissent.class)
        .setParameter("as", assessment).getResultList();
  }

  @Transactional
  public Dissent dissent(long assessmentId, String questionId, String statement) {
    Assessment assessment = revealed(assessmentId);
    requireDeliberating(assessment);
    questionOf(assessment, questionId);
    Dissent dissent = new Dissent(assessment, questionId, current.require().id(),
        requireText("statement", statement, MAX_TEXT, "problem.dissentMissing"), clock.instant());
    em.persist(dissent);
    audit.record("dissent.record", "assessment", assessmentId, "question " + questionId);
    return dissent;
  }

  /** The team's checklist of the recommendation's conditions, by condition id. */
  public Map<String, ConditionCheck> conditionChecks(long assessmentId) {
    Assessment assessment = assessments.get(assessmentId);
    Map<String, ConditionCheck> checks = new LinkedHashMap<>();
    em.createQuery("select c from ConditionCheck c where c.assessment = :as order by c.conditionId", ConditionCheck.class)
        .setParameter("as", assessment).getResultList().forEach(c -> checks.put(c.conditionId(), c));
    return checks;
  }

  /**
   * Records where the team stands on a condition.
   *
   * @param seenVersion the version of the check the member last saw, {@code null} if nobody had
   *     checked it; if it has changed since, nothing is saved ({@link ConditionConflict})
   */
  @Transactional
  public ConditionCheck check(long assessmentId, String conditionId, boolean done, String note, Long seenVersion) {
    Assessment assessment = revealed(assessmentId);
    if (conditionId == null || assessments.questionnaireOf(assessment).rules().stream()
        .flatMap(r -> r.conditions().stream()).noneMatch(c -> c.id().equals(conditionId))) {
      throw ProblemException.notFound("The questionnaire has no condition '" + conditionId + "'.");
    }
    if (note != null && note.length() > MAX_NOTE) {
      throw ProblemException.invalidField("note", Text.of("problem.tooLong", MAX_NOTE));
    }
    ConditionCheck check = conditionChecks(assessmentId).get(conditionId);
    if (check == null ? seenVersion != null : seenVersion == null || seenVersion != check.version()) {
      throw new ConditionConflict();
    }
    if (check == null) {
      check = new ConditionCheck(assessment, conditionId);
      em.persist(check);
    }
    check.record(done, note == null || note.isBlank() ? null : note.trim(), current.require().id(), clock.instant());
    try {
      em.flush();
    } catch (PersistenceException e) {
      // Another member's save committed between our read and this write (version or unique key).
      throw new ConditionConflict();
    }
    audit.record("condition.check", "assessment", assessmentId, "condition " + conditionId + (done ? " met" : " not met"));
    return check;
  }

  private List<ConsensusAnswer> consensus(Assessment assessment) {
    Questionnaire questionnaire = assessments.questionnaireOf(assessment);
    return em.createQuery("select c from ConsensusAnswer c where c.assessment = :as", ConsensusAnswer.class)
        .setParameter("as", assessment).getResultList().stream()
        .sorted(java.util.Comparator.comparingInt(c -> questionnaire.questions().indexOf(questionnaire.question(c.questionId()).orElse(null))))
        .toList();
  }

  private ConsensusAnswer consensusFor(Assessment assessment, String questionId) {
    return em.createQuery("select c from ConsensusAnswer c where c.assessment = :as and c.questionId = :q", ConsensusAnswer.class)
        .setParameter("as", assessment).setParameter("q", questionId).getResultStream().findFirst().orElse(null);
  }

  private Questionnaire questionOf(Assessment assessment, String questionId) {
    Questionnaire questionnaire = assessments.questionnaireOf(assessment);
    if (questionId == null || questionnaire.question(questionId).isEmpty()) {
      throw ProblemException.notFound("The questionnaire has no question '" + questionId + "'.");
    }
    return questionnaire;
  }

  /** Threads and dissent open with the answers: once the lead has closed round 1. */
  private Assessment revealed(long assessmentId) {
    Assessment assessment = assessments.get(assessmentId);
    if (!assessment.answersRevealed()) {
      throw ProblemException.conflict(Text.of("problem.deliberationNotStarted"));
    }
    return assessment;
  }

  private static void requireDeliberating(Assessment assessment) {
    if (assessment.status() == AssessmentStatus.OPEN) {
      throw ProblemException.conflict(Text.of("problem.deliberationNotStarted"));
    }
    if (assessment.status() == AssessmentStatus.FINISHED) {
      throw ProblemException.conflict(Text.of("problem.assessmentFinished"));
    }
  }

  /** @param missingKey the message saying what to write when nothing was */
  private static String requireText(String field, String text, int max, String missingKey) {
    String clean = text == null ? "" : text.trim();
    if (clean.isEmpty()) {
      throw ProblemException.invalidField(field, Text.of(missingKey));
    }
    if (clean.length() > max) {
      throw ProblemException.invalidField(field, Text.of("problem.tooLong", max));
    }
    return clean;
  }
}
