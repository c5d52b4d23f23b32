package org.candor.insights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Table {@code insight_answer}: the submitted round-1 answers of a finished team assessment, each
 * flagged concerning or not, written in the transaction that finishes the assessment. Department
 * insights count from it (see V10).
 */
@ApplicationScoped
public class InsightAnswers {

  /** Whether an answer (alias {@code an}) of assessment {@code a} matches a concerning option of its version. */
  static final String CONCERNING = "EXISTS (SELECT 1 FROM concerning_option co WHERE co.questionnaire_id = a.questionnaire_id"
      + " AND co.questionnaire_version = a.questionnaire_version AND co.question_id = an.question_id"
      + " AND an.value_json LIKE co.answer_pattern ESCAPE '\\')";

  /** The rows of one finished assessment (parameter 1); the same statement as V10's back-fill. */
  public static final String RECORD = "INSERT INTO insight_answer (assessment_id, account_id, question_id, concerning,"
      + " questionnaire_id, team_id, finished_quarter)"
      + " SELECT a.id, an.account_id, an.question_id, CASE WHEN " + CONCERNING + " THEN TRUE ELSE FALSE END,"
      + " a.questionnaire_id, a.team_id, a.finished_quarter"
      + " FROM assessment a JOIN submission s ON s.assessment_id = a.id"
      + " JOIN answer an ON an.assessment_id = a.id AND an.account_id = s.account_id"
      + " WHERE a.id = ? AND a.status = 'FINISHED' AND a.team_id IS NOT NULL";

  @PersistenceContext private EntityManager em;

  /** Records a just-finished assessment's answers; call in the transaction that finishes it. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(long assessmentId) {
    em.flush(); // the assessment's FINISHED status and quarter are read by the statement
    em.createNativeQuery(RECORD).setParameter(1, assessmentId).executeUpdate();
  }

  /**
   * Flags again the answers of one questionnaire version whose concerning options were only just
   * recorded (a version that could not be loaded for a while).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void reflag(String questionnaireId, String version) {
    em.createNativeQuery("UPDATE insight_answer SET concerning = CASE WHEN EXISTS (SELECT 1 FROM assessment a"
            + " JOIN answer an ON an.assessment_id = a.id WHERE a.id = insight_answer.assessment_id"
            + " AND an.account_id = insight_answer.account_id AND an.question_id = insight_answer.question_id AND " + CONCERNING
            + ") THEN TRUE ELSE FALSE END"
            + " WHERE assessment_id IN (SELECT id FROM assessment WHERE questionnaire_id = ?1 AND questionnaire_version = ?2)")
        .setParameter(1, questionnaireId).setParameter(2, version)
        .executeUpdate();
  }
}
