package org.candor.insights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Table {@code insight_answer}: the submitted round-1 answers of a finished team assessment, each
 * flagged concerning or not, written in the transaction that finishes the assessment (see V10);
 * and tables {@code insight_question_cell} and {@code insight_dimension_cell}, the concerning
 * answers and score distributions the dashboard reads, recounted in the same transaction (see V12).
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

  /**
   * Per department, questionnaire, quarter and question: concerning answers and their respondents,
   * other answers and theirs, and all respondents, counted from {@code insight_answer} within a
   * scope (a WHERE clause over its alias {@code a} and team {@code t}). The inner query is one row
   * per respondent, so distinct respondents are counted without a DISTINCT. V12's back-fill is the
   * same statement for every department.
   */
  private static final String COUNT_QUESTION_CELLS = "INSERT INTO insight_question_cell (department_id, questionnaire_id,"
      + " finished_quarter, question_id, concerning_answers, concerning_respondents, other_answers, other_respondents, respondents)"
      + " SELECT department_id, questionnaire_id, finished_quarter, question_id,"
      + " SUM(concerning), SUM(CASE WHEN concerning > 0 THEN 1 ELSE 0 END), SUM(other), SUM(CASE WHEN other > 0 THEN 1 ELSE 0 END), COUNT(*)"
      + " FROM (SELECT t.department_id AS department_id, a.questionnaire_id AS questionnaire_id, a.finished_quarter AS finished_quarter,"
      + " a.question_id AS question_id, SUM(CASE WHEN a.concerning THEN 1 ELSE 0 END) AS concerning,"
      + " SUM(CASE WHEN a.concerning THEN 0 ELSE 1 END) AS other"
      + " FROM insight_answer a JOIN team t ON t.id = a.team_id WHERE %s"
      + " GROUP BY t.department_id, a.questionnaire_id, a.finished_quarter, a.question_id, a.account_id) per_respondent"
      + " GROUP BY department_id, questionnaire_id, finished_quarter, question_id";

  /**
   * Per department, questionnaire, quarter and dimension: the finished assessments and their
   * round-1 respondents in each score band ({@link ScoreBand}, 0 to 4) and in all, within a scope
   * over assessment {@code a} and team {@code t}. V12's back-fill is the same statement.
   */
  private static final String COUNT_DIMENSION_CELLS = "INSERT INTO insight_dimension_cell (department_id, questionnaire_id,"
      + " finished_quarter, dimension_id, band0_assessments, band0_respondents, band1_assessments, band1_respondents,"
      + " band2_assessments, band2_respondents, band3_assessments, band3_respondents, band4_assessments, band4_respondents,"
      + " assessments, respondents)"
      + " SELECT t.department_id, a.questionnaire_id, a.finished_quarter, sc.dimension_id,"
      + inBand(0) + inBand(1) + inBand(2) + inBand(3) + inBand(4) + " COUNT(DISTINCT a.id), COUNT(DISTINCT s.account_id)"
      + " FROM assessment a JOIN team t ON t.id = a.team_id JOIN submission s ON s.assessment_id = a.id"
      + " JOIN assessment_score sc ON sc.assessment_id = a.id"
      + " WHERE a.status = 'FINISHED' AND %s GROUP BY t.department_id, a.questionnaire_id, a.finished_quarter, sc.dimension_id";

  private static final String ONE_QUARTER = "t.department_id = ? AND a.questionnaire_id = ? AND a.finished_quarter = ?";
  private static final String NEW_DEPARTMENT = "t.department_id = ?";
  /** The cells of a department that has none yet (parameter 1): a generated one, after its last answers. */
  public static final List<String> COUNT_NEW_DEPARTMENT = List.of(
      String.format(COUNT_QUESTION_CELLS, NEW_DEPARTMENT), String.format(COUNT_DIMENSION_CELLS, NEW_DEPARTMENT));

  @PersistenceContext private EntityManager em;

  /**
   * Records a just-finished assessment's answers and recounts the figures of its department,
   * questionnaire and quarter; call in the transaction that finishes it.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(long assessmentId) {
    em.flush(); // the assessment's FINISHED status and quarter are read by the statement
    update(RECORD, assessmentId);
    List<?> finished = em.createNativeQuery("SELECT t.department_id, a.questionnaire_id, a.finished_quarter"
            + " FROM assessment a JOIN team t ON t.id = a.team_id WHERE a.id = ? AND a.status = 'FINISHED'")
        .setParameter(1, assessmentId).getResultList();
    if (finished.isEmpty()) {
      return;
    }
    Object[] quarter = (Object[]) finished.get(0);
    Object[] scope = {((Number) quarter[0]).longValue(), quarter[1], quarter[2]};
    lockDepartments("WHERE id = ?", scope[0]);
    for (String table : List.of("insight_question_cell", "insight_dimension_cell")) {
      update("DELETE FROM " + table + " WHERE department_id = ? AND questionnaire_id = ? AND finished_quarter = ?", scope);
    }
    update(String.format(COUNT_QUESTION_CELLS, ONE_QUARTER), scope);
    update(String.format(COUNT_DIMENSION_CELLS, ONE_QUARTER), scope);
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
    lockDepartments("ORDER BY id");
    update("DELETE FROM insight_question_cell WHERE questionnaire_id = ?", questionnaireId);
    update(String.format(COUNT_QUESTION_CELLS, "a.questionnaire_id = ?"), questionnaireId);
  }

  /**
   * Recounting reads what others committed, so two transactions recounting the same cells take
   * turns: otherwise each would count without the other's answers, and the last to write wins.
   */
  private void lockDepartments(String which, Object... parameters) {
    bound("SELECT id FROM department " + which + " FOR UPDATE", parameters).getResultList();
  }

  private void update(String sql, Object... parameters) {
    bound(sql, parameters).executeUpdate();
  }

  private Query bound(String sql, Object... parameters) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query;
  }

  private static String inBand(int band) {
    return " COUNT(DISTINCT CASE WHEN sc.band = " + band + " THEN a.id END), COUNT(DISTINCT CASE WHEN sc.band = " + band
        + " THEN s.account_id END),";
  }
}
