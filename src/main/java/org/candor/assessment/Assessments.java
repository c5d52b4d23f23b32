package org.candor.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.candor.engine.Engine;
import org.candor.engine.InvalidAnswerException;
import org.candor.engine.Questionnaire;
import org.candor.engine.Recommendation;
import org.candor.identity.Account;
import org.candor.identity.CurrentAccount;
import org.candor.organisation.Organisation;
import org.candor.organisation.Team;
import org.candor.organisation.TeamMembership;
import org.candor.organisation.TeamRole;
import org.candor.platform.ProblemException;
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
  @Inject CurrentAccount current;
  @Inject QuestionnaireCatalog catalog;
  @Inject Organisation organisation;
  @Inject Engine engine;
  @Inject Clock clock;

  @Transactional
  public Assessment create(String title, String description, String questionnaireId, Long teamId) {
    Account lead = current.require();
    String cleanTitle = title == null ? "" : title.trim();
    if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
      throw ProblemException.invalidField("title", "Give the project a title of 1 to " + MAX_TITLE + " characters.");
    }
    if (description != null && description.length() > MAX_DESCRIPTION) {
      throw ProblemException.invalidField("description", "Use at most " + MAX_DESCRIPTION + " characters.");
    }
    if (questionnaireId == null || questionnaireId.isBlank()) {
      throw ProblemException.invalidField("questionnaireId", "Choose a questionnaire.");
    }
    Questionnaire questionnaire =
        catalog.latest(questionnaireId)
            .orElseThrow(() -> ProblemException.invalidField("questionnaireId", "There is no questionnaire '" + questionnaireId + "'."));
    Team team = null;
    if (teamId != null) {
      team = organisation.teamsOf(lead.id()).stream().filter(t -> t.id().equals(teamId)).findFirst()
          .filter(t -> t.roleOf(lead.id()).orElse(null) == TeamRole.LEAD)
          .orElseThrow(() -> ProblemException.invalidField("teamId", "You can start assessments only for teams you lead."));
    }
    Assessment assessment =
        new Assessment(cleanTitle, blankToNull(description), questionnaire, team, lead, clock.instant());
    if (team != null) {
      for (TeamMembership member : team.members()) {
        if (member.accountId() != lead.id()) {
          assessment.invite(member.accountId(), member.role());
        }
      }
    }
    em.persist(assessment);
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

  public Questionnaire questionnaireOf(Assessment assessment) {
    return catalog.find(assessment.questionnaireId(), assessment.questionnaireVersion())
        .orElseThrow(() -> new IllegalStateException("Questionnaire version of assessment " + assessment.id() + " is not loaded"));
  }

  /**
   * Saves my answer to one question, or removes it when the value is null. Saving the same value
   * twice is the same as saving it once.
   */
  @Transactional
  public Map<String, Object> saveAnswer(long assessmentId, String questionId, Object value) {
    Account me = current.require();
    // Locking the assessment serialises concurrent saves, so a retried first save never inserts twice.
    Assessment assessment = visible(em.find(Assessment.class, assessmentId, LockModeType.PESSIMISTIC_WRITE), assessmentId);
    Questionnaire questionnaire = questionnaireOf(assessment);
    if (questionnaire.question(questionId).isEmpty()) {
      throw ProblemException.notFound(
          "Questionnaire " + questionnaire.id() + " " + questionnaire.version() + " has no question '" + questionId + "'.");
    }
    List<Answer> existing = answers(assessment, me.id(), questionId);
    if (value == null) {
      existing.forEach(em::remove);
    } else {
      try {
        questionnaire.checkAnswer(questionId, value);
      } catch (InvalidAnswerException e) {
        throw ProblemException.invalidField("value", e.getMessage());
      }
      String json = AnswerJson.toJson(value).toString();
      if (existing.isEmpty()) {
        em.persist(new Answer(assessment, me.id(), questionId, json, clock.instant()));
      } else {
        existing.get(0).replace(json, clock.instant());
      }
    }
    em.flush();
    return myAnswers(assessment);
  }

  public Map<String, Object> myAnswers(long assessmentId) {
    return myAnswers(get(assessmentId));
  }

  public List<Answer> myAnswerRows(long assessmentId) {
    Assessment assessment = get(assessmentId);
    return answers(assessment, current.require().id(), null);
  }

  /** The recommendation my own answers lead to. */
  public Recommendation myRecommendation(long assessmentId) {
    Assessment assessment = get(assessmentId);
    return engine.evaluate(questionnaireOf(assessment), myAnswers(assessment));
  }

  private Map<String, Object> myAnswers(Assessment assessment) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Answer answer : answers(assessment, current.require().id(), null)) {
      values.put(answer.questionId(), AnswerJson.parse(answer.valueJson()));
    }
    return values;
  }

  private List<Answer> answers(Assessment assessment, long accountId, String questionId) {
    String jpql = "select a from Answer a where a.assessment = :as and a.accountId = :me"
        + (questionId == null ? "" : " and a.questionId = :q") + " order by a.id";
    var query = em.createQuery(jpql, Answer.class).setParameter("as", assessment).setParameter("me", accountId);
    if (questionId != null) {
      query.setParameter("q", questionId);
    }
    return query.getResultList();
  }

  private Assessment visible(Assessment assessment, long id) {
    Account me = current.require();
    if (assessment == null || assessment.roleOf(me.id()).isEmpty()) {
      throw ProblemException.notFound("There is no assessment " + id + " that you take part in.");
    }
    return assessment;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
