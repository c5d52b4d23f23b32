package org.candor.insights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.candor.engine.Questionnaire;
import org.candor.questionnaire.QuestionnaireCatalog;
import org.candor.questionnaire.StoredQuestionnaire;

/**
 * Keeps table {@code concerning_option} in step with the loaded questionnaire versions, so that
 * insights count concerning answers with a join in the database.
 */
@ApplicationScoped
public class ConcerningOptions {

  @PersistenceContext private EntityManager em;
  @Inject QuestionnaireCatalog catalog;
  @Inject InsightAnswers insightAnswers;

  /** Adds the concerning answers of every loaded version not yet recorded; safe to run again. */
  @Transactional
  public void recordMissing() {
    for (StoredQuestionnaire stored : catalog.storedVersions()) {
      Questionnaire questionnaire = catalog.find(stored.questionnaireId(), stored.version()).orElse(null);
      if (questionnaire == null || recorded(questionnaire)) {
        continue;
      }
      for (ConcerningAnswers.Pattern pattern : ConcerningAnswers.of(questionnaire)) {
        em.createNativeQuery("INSERT INTO concerning_option (questionnaire_id, questionnaire_version, question_id, answer_pattern)"
                + " VALUES (?1, ?2, ?3, ?4)")
            .setParameter(1, questionnaire.id()).setParameter(2, questionnaire.version())
            .setParameter(3, pattern.questionId()).setParameter(4, pattern.answerPattern())
            .executeUpdate();
      }
      insightAnswers.reflag(questionnaire.id(), questionnaire.version());
    }
  }

  private boolean recorded(Questionnaire questionnaire) {
    return ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM concerning_option WHERE questionnaire_id = ?1 AND questionnaire_version = ?2")
            .setParameter(1, questionnaire.id()).setParameter(2, questionnaire.version())
            .getSingleResult()).longValue() > 0;
  }
}
