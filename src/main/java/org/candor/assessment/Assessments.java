package org.candor.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.candor.audit.AuditLog;
import org.candor.engine.DimensionScore;
import org.candor.engine.Engine;
import org.candor.engine.InvalidAnswerException;
import org.candor.engine.Questionnaire;
import org.candor.engine.Recommendation;
import org.candor.engine.divergence.Divergence;
import org.candor.identity.Account;
import org.candor.identity.Accounts;
import org.candor.identity.CurrentAccount;
import org.candor.insights.InsightAnswers;
import org.candor.insights.ScoreBand;
import org.candor.language.LanguageSelection;
import org.candor.organisation.Member;
import org.candor.organisation.Organisation;
import org.candor.organisation.Team;
import org.candor.organisation.TeamRole;
import org.candor.platform.ProblemException;
import org.candor.platform.Text;
import org.candor.questionnaire.AnswerJson;
import org.candor.questionnaire.QuestionnaireCatalog;

/**
 * Creating assessments, saving answers and computing recommendations. Only participants see an
 * assessment; to anyone else it does not exist.
 */
@ApplicationScoped
public class Assessments {

  static final int MAX_TITLE = 200;
  static final int MAX_DESCRIPTION = 4000;

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;
  @Inject CurrentAccount current;
  @Inject QuestionnaireCatalog catalog;
  @Inject LanguageSelection language;
  @Inject Organisation organisation;
  @Inject Engine engine;
  @Inject Clock clock;
  @Inject Accounts accounts;
  @Inject InsightAnswers insightAnswers;

  /**
   * Finishes an assessment with the recommendation of its consensus, keeping its final dimension
   * scores and its members' submitted answers for department insights.
   */
  @Transactional
  public void finish(Assessment assessment, Recommendation recommendation) {
    assessment.finish(recommendation, clock.instant());
    for (DimensionScore score : recommendation.scores()) {
      em.createNativeQuery("INSERT INTO assessment_score (assessment_id, dimension_id, normalised, band) VALUES (?1, ?2, ?3, ?4)")
          .setParameter(1, assessment.id())
          .setParameter(2, score.dimension())
          .setParameter(3, score.normalised())
          .setParameter(4, ScoreBand.of(score.normalised()))
          .executeUpdate();
    }
    insightAnswers.record(assessment.id());
  }

  @Transactional
  public Assessment create(String title, String description, String questionnaireId, Long teamId) {
    Account lead = current.require();
    String cleanTitle = title == null ? "" : title.trim();
    if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
      throw ProblemException.invalidField("title", Text.of("problem.projectTitle", MAX_TITLE));
    }
    if (description != null && description.length() > MAX_DESCRIPTION) {
      throw ProblemException.invalidField("description", Text.of("problem.tooLong", MAX_DESCRIPTION));
    }
    if (questionnaireId == null || questionnaireId.isBlank()) {
      throw ProblemException.invalidField("questionnaireId", Text.of("problem.chooseQuestionnaire"));
    }
    Questionnaire questionnaire =
        catalog.latest(questionnaireId)
            .orElseThrow(() -> ProblemException.invalidField("questionnaireId", Text.of("problem.noQuestionnaire", questionnaireId)));
    Team team = null;
    if (teamId != null) {
      team = organisation.teamsOf(lead.id()).stream().filter(t -> t.id().equals(teamId)).findFirst()
          .filter(t -> t.roleOf(lead.id()).orElse(null) == TeamRole.LEAD)
          .orElseThrow(() -> ProblemException.invalidField("teamId", Text.of("problem.onlyTeamsYouLead")));
    }
    Assessment assessment =
        new Assessment(cleanTitle, blankToNull(description), questionnaire, team, lead, clock.instant());
    if (team != null) {
      for (Member member : team.members()) {
        if (member.accountId() != lead.id()) {
          assessment.invite(member.accountId(), member.role());
        }
      }
    }
    em.persist(assessment);
    audit.record("assessment.create", "assessment", assessment.id(),
        "questionnaire " + questionnaire.id() + " " + questionnaire.version() + (team == null ? "" : ", team " + team.id()));
    return assessment;
  }

  /** The assessments I take part in, newest first. */
  public List<Assessment> mine() {
    Account me = current.require();
    return em.createQuery(
            "select distinct a from Assessment a join a.participants p where p.accountId = :me order by a.createdAt desc, a.id desc",
            Assessment.class)
        .setParameter("me", me.id())
        .getResultList();
  }

  public Assessment get(long id) {
    return visible(em.find(Assessment.class, id), id);
  }

  /** The assessment's questionnaire version, in the reader's language. */
  public Questionnaire questionnaireOf(Assessment assessment) {
    return language.translate(versionOf(assessment.id(), assessment.questionnaireId(), assessment.questionnaireVersion()));
  }

  /** The assessment's questionnaire version untranslated: enough to check answers, whose values do not depend on the language. */
  private Questionnaire versionOf(long assessmentId, String questionnaireId, String version) {
    return catalog.find(questionnaireId, version)
        .orElseThrow(() -> new IllegalStateException("Questionnaire version of assessment " + assessmentId + " is not loaded"));
  }

  /**
   * Saves my answer to one question, or removes it when the value is null. Saving the same value
   * twice is the same as saving it once.
   *
   * <p>Reads only the assessment's status and questionnaire, not the assessment with its team,
   * creator and participants: a team's members all save into one assessment, many times a minute.
   */
  @Transactional
  public Map<String, Object> saveAnswer(long assessmentId, String questionId, Object value) {
    Account me = current.require();
    lockMyParticipation(assessmentId, me.id());
    Object[] answering = em.createQuery(
            "select a.status, a.questionnaireId, a.questionnaireVersion from Assessment a where a.id = :id", Object[].class)
        .setParameter("id", assessmentId)
        .getSingleResult();
    requireAnswering((AssessmentStatus) answering[0], assessmentId, me.id());
    Questionnaire questionnaire = versionOf(assessmentId, (String) answering[1], (String) answering[2]);
    if (questionnaire.question(questionId).isEmpty()) {
      throw ProblemException.notFound(
          "Questionnaire " + questionnaire.id() + " " + questionnaire.version() + " has no question '" + questionId + "'.");
    }
    // All my answers in one read, as plain columns: the one to replace is among them, they are what
    // is returned, and only that one becomes an entity (each one the transaction holds is compared
    // with its original at the flush and again at the commit).
    Map<String, Object> values = new LinkedHashMap<>();
    Long existingId = null;
    String existingJson = null;
    for (Object[] row : em.createQuery(
            "select a.id, a.questionId, a.valueJson from Answer a where a.assessment.id = :as and a.accountId = :me order by a.id", Object[].class)
        .setParameter("as", assessmentId)
        .setParameter("me", me.id())
        .getResultList()) {
      values.put((String) row[1], AnswerJson.parse((String) row[2]));
      if (row[1].equals(questionId)) {
        existingId = (Long) row[0];
        existingJson = (String) row[2];
      }
    }
    if (value == null) {
      if (existingId != null) {
        em.remove(em.find(Answer.class, existingId));
      }
      values.remove(questionId);
    } else {
      try {
        questionnaire.checkAnswer(questionId, value);
      } catch (InvalidAnswerException e) {
        throw ProblemException.invalidField("value", e.getMessage());
      }
      String json = AnswerJson.toJson(value).toString();
      if (existingId == null) {
        em.persist(new Answer(em.getReference(Assessment.class, assessmentId), me.id(), questionId, json, clock.instant()));
      } else if (!json.equals(existingJson)) {
        em.find(Answer.class, existingId).replace(json, clock.instant());
      }
      values.put(questionId, AnswerJson.parse(json));
    }
    em.flush();
    audit.record(value == null ? "answer.remove" : "answer.save", "assessment", assessmentId, "question " + questionId);
    return values;
  }

  /**
   * Locks my row among the assessment's participants until the transaction ends, or answers 404
   * when I take no part. It serialises my own saves and submission (a retried first save never
   * inserts twice; nothing is saved past my submission) without making other members wait.
   */
  private void lockMyParticipation(long assessmentId, long accountId) {
    boolean participant = !em.createNativeQuery(
            "SELECT participant_role FROM assessment_participant WHERE assessment_id = ?1 AND account_id = ?2 FOR UPDATE")
        .setParameter(1, assessmentId)
        .setParameter(2, accountId)
        .getResultList()
        .isEmpty();
    if (!participant) {
      throw notVisible(assessmentId);
    }
  }

  public Map<String, Object> myAnswers(long assessmentId) {
    return myAnswers(get(assessmentId));
  }

  public List<Answer> myAnswerRows(long assessmentId) {
    Assessment assessment = get(assessmentId);
    return answers(assessment.id(), current.require().id());
  }

  /** The recommendation my own answers lead to. */
  public Recommendation myRecommendation(long assessmentId) {
    Assessment assessment = get(assessmentId);
    return engine.evaluate(questionnaireOf(assessment), myAnswers(assessment));
  }

  private Map<String, Object> myAnswers(Assessment assessment) {
    return answersOf(assessment, current.require().id());
  }

  private Map<String, Object> answersOf(Assessment assessment, long accountId) {
    return valuesOf(answers(assessment.id(), accountId));
  }

  private static Map<String, Object> valuesOf(List<Answer> answers) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Answer answer : answers) {
      values.put(answer.questionId(), AnswerJson.parse(answer.valueJson()));
    }
    return values;
  }

  /** Who takes part and whether each has submitted round 1; never what anyone answered. */
  public List<ParticipantStatus> participants(long assessmentId) {
    Assessment assessment = get(assessmentId);
    Map<Long, Instant> submitted = submissions(assessment);
    Map<Long, Account> people =
        accounts.byIds(assessment.participants().stream().map(Member::accountId).toList()).stream()
            .collect(Collectors.toMap(Account::id, Function.identity()));
    return assessment.participants().stream()
        .map(p -> new ParticipantStatus(
            p.accountId(),
            Optional.ofNullable(people.get(p.accountId())).map(Account::displayName).orElse("#" + p.accountId()),
            p.role(),
            submitted.get(p.accountId())))
        .sorted(Comparator.comparing(ParticipantStatus::role).thenComparing(ParticipantStatus::displayName))
        .toList();
  }

  /**
   * Whether I have submitted round 1 of an assessment a page already holds: one small query, not
   * the assessment with its team, creator and submissions read again (pages ask several times a request).
   */
  public boolean iHaveSubmitted(Assessment assessment) {
    Account me = current.require();
    visible(assessment, assessment.id());
    return hasSubmitted(assessment.id(), me.id());
  }

  private boolean hasSubmitted(long assessmentId, long accountId) {
    return !em.createQuery("select s.id from Submission s where s.assessment.id = :as and s.accountId = :me", Long.class)
        .setParameter("as", assessmentId)
        .setParameter("me", accountId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * Declares my round-1 answers final. Every visible required question must be answered.
   * Submitting again changes nothing.
   */
  @Transactional
  public Instant submit(long assessmentId) {
    Account me = current.require();
    Assessment assessment = visible(em.find(Assessment.class, assessmentId, LockModeType.PESSIMISTIC_WRITE), assessmentId);
    // My saves lock only my participation: taking it too makes a save of mine wait for this submission.
    lockMyParticipation(assessmentId, me.id());
    Instant already = submissions(assessment).get(me.id());
    if (already != null) {
      return already;
    }
    requireAnswering(assessment.status(), assessmentId, me.id());
    Recommendation mine = engine.evaluate(questionnaireOf(assessment), myAnswers(assessment));
    if (!mine.complete()) {
      throw ProblemException.invalidField(
          "answers", Text.of("problem.answersMissing", String.join(", ", mine.missingRequired())));
    }
    Submission submission = new Submission(assessment, me.id(), clock.instant());
    em.persist(submission);
    audit.record("assessment.submit", "assessment", assessmentId, null);
    return submission.submittedAt();
  }

  /** The lead ends the blind round; members who have not submitted take no further part in it. */
  @Transactional
  public Assessment closeRoundOne(long assessmentId) {
    Assessment assessment = asLead(assessmentId, "close round 1");
    if (assessment.status() != AssessmentStatus.OPEN) {
      throw ProblemException.conflict(Text.of("problem.roundAlreadyClosed"));
    }
    if (submissions(assessment).isEmpty()) {
      throw ProblemException.conflict(Text.of("problem.nobodySubmitted"));
    }
    // Saves in flight hold their participant's row: waiting for them means none commits after the round closes.
    em.createNativeQuery("SELECT account_id FROM assessment_participant WHERE assessment_id = ?1 FOR UPDATE")
        .setParameter(1, assessmentId)
        .getResultList();
    assessment.closeRoundOne(clock.instant());
    audit.record("assessment.closeRoundOne", "assessment", assessmentId, null);
    return assessment;
  }

  /**
   * Each submitted member's answers, by account id: for the team only once round 1 is closed.
   * Before that, nobody — the lead included — sees anyone's answers but their own.
   */
  public Map<Long, Map<String, Object>> teamAnswers(Assessment assessment) {
    if (!assessment.answersRevealed()) {
      throw ProblemException.conflict(Text.of("problem.answersHidden"));
    }
    Map<Long, Map<String, Object>> byMember = new LinkedHashMap<>();
    for (Long accountId : submissions(assessment).keySet()) {
      byMember.put(accountId, answersOf(assessment, accountId));
    }
    return byMember;
  }

  /** The display name of each participant, by account id. */
  public Map<Long, String> participantNames(long assessmentId) {
    return participants(assessmentId).stream().collect(Collectors.toMap(ParticipantStatus::accountId, ParticipantStatus::displayName));
  }

  /** Where the team disagrees, most first, with each member's own recommendation. */
  public TeamDivergence divergence(long assessmentId) {
    Assessment assessment = get(assessmentId);
    Questionnaire questionnaire = questionnaireOf(assessment);
    Map<Long, Map<String, Object>> answers = teamAnswers(assessment);
    Map<Long, String> names = participantNames(assessmentId);
    List<TeamDivergence.Member> members = new ArrayList<>();
    answers.forEach((accountId, given) ->
        members.add(new TeamDivergence.Member(accountId, names.get(accountId), given, engine.evaluate(questionnaire, given))));
    return new TeamDivergence(
        Divergence.rank(questionnaire, answers.values()),
        members,
        Divergence.scoreSpread(members.stream().map(TeamDivergence.Member::recommendation).toList()));
  }

  /**
   * Re-opens a finished assessment as its next version. Each member starts from their own earlier
   * answers that the (possibly newer) questionnaire still accepts; the earlier version stays as it was.
   */
  @Transactional
  public Assessment reopen(long assessmentId) {
    Assessment finished = asLead(assessmentId, "re-open the assessment");
    if (finished.status() != AssessmentStatus.FINISHED) {
      throw ProblemException.conflict(Text.of("problem.onlyFinishedReopens"));
    }
    boolean alreadyReopened = !em.createQuery("select a from Assessment a where a.previous = :p", Assessment.class)
        .setParameter("p", finished).getResultList().isEmpty();
    if (alreadyReopened) {
      throw ProblemException.conflict(Text.of("problem.alreadyReopened"));
    }
    Questionnaire questionnaire = catalog.latest(finished.questionnaireId()).orElseGet(() -> questionnaireOf(finished));
    Assessment next = finished.nextVersion(questionnaire, current.require(), clock.instant());
    if (next.team() != null) {
      // Whoever joined the team since takes part in the new version too.
      next.team().members().stream()
          .filter(m -> next.roleOf(m.accountId()).isEmpty())
          .forEach(m -> next.invite(m.accountId(), m.role()));
    }
    em.persist(next);
    for (Answer earlier : answers(finished.id(), null)) {
      Object value = AnswerJson.parse(earlier.valueJson());
      if (accepts(questionnaire, earlier.questionId(), value)) {
        em.persist(new Answer(next, earlier.accountId(), earlier.questionId(), earlier.valueJson(), clock.instant()));
      }
    }
    audit.record("assessment.reopen", "assessment", next.id(), "next version of assessment " + finished.id());
    return next;
  }

  /** Every version of this assessment, the newest first. */
  public List<Assessment> versions(long assessmentId) {
    Assessment newest = get(assessmentId);
    List<Assessment> later;
    while (!(later = em.createQuery("select a from Assessment a where a.previous = :p", Assessment.class)
        .setParameter("p", newest).getResultList()).isEmpty()) {
      newest = later.get(0);
    }
    List<Assessment> chain = new ArrayList<>();
    for (Assessment a = newest; a != null; a = a.previous()) {
      chain.add(a);
    }
    return chain;
  }

  /** The assessment, if I lead it; 403 for other participants, 404 for everyone else. */
  public Assessment asLead(long assessmentId, String action) {
    Assessment assessment = get(assessmentId);
    if (!assessment.isLead(current.require().id())) {
      throw ProblemException.forbidden("Only the assessment's lead may " + action + ".");
    }
    return assessment;
  }

  private static boolean accepts(Questionnaire questionnaire, String questionId, Object value) {
    try {
      questionnaire.checkAnswer(questionId, value);
      return true;
    } catch (InvalidAnswerException e) {
      return false;
    }
  }

  private void requireAnswering(AssessmentStatus status, long assessmentId, long accountId) {
    if (status != AssessmentStatus.OPEN) {
      throw ProblemException.conflict(Text.of("problem.roundClosed"));
    }
    if (hasSubmitted(assessmentId, accountId)) {
      throw ProblemException.conflict(Text.of("problem.submittedFinal"));
    }
  }

  private Map<Long, Instant> submissions(Assessment assessment) {
    Map<Long, Instant> submitted = new LinkedHashMap<>();
    em.createQuery("select s from Submission s where s.assessment = :as order by s.submittedAt, s.id", Submission.class)
        .setParameter("as", assessment)
        .getResultList()
        .forEach(s -> submitted.put(s.accountId(), s.submittedAt()));
    return submitted;
  }

  /** Answers in the assessment, of one account or (null) of everyone. */
  private List<Answer> answers(long assessmentId, Long accountId) {
    String jpql = "select a from Answer a where a.assessment.id = :as"
        + (accountId == null ? "" : " and a.accountId = :me") + " order by a.id";
    var query = em.createQuery(jpql, Answer.class).setParameter("as", assessmentId);
    if (accountId != null) {
      query.setParameter("me", accountId);
    }
    return query.getResultList();
  }

  private Assessment visible(Assessment assessment, long id) {
    Account me = current.require();
    if (assessment == null || assessment.roleOf(me.id()).isEmpty()) {
      throw notVisible(id);
    }
    return assessment;
  }

  private static ProblemException notVisible(long id) {
    return ProblemException.notFound("There is no assessment " + id + " that you take part in.");
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
