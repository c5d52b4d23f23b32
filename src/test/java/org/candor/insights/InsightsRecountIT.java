package org.candor.insights;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.candor.testing.Api;
import org.candor.testing.Team;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The concerning answers and score distributions the dashboard reads (tables {@code
 * insight_question_cell} and {@code insight_dimension_cell}, kept when assessments finish) are
 * exactly what counting everything again gives — the queries the dashboard ran at every request
 * before V12 — for every department in the test database:
 * generated ones (counted in bulk), and real teams finishing, re-opening and finishing again, with
 * a person answering in two teams. Reads the database the server uses (failsafe passes its URL).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InsightsRecountIT {

  /** Per department, questionnaire, quarter and question, counted from the answers as the dashboard did before V12. */
  private static final String RECOUNT_QUESTIONS = "SELECT department_id, questionnaire_id, finished_quarter, question_id,"
      + " SUM(concerning), SUM(CASE WHEN concerning > 0 THEN 1 ELSE 0 END), SUM(other), SUM(CASE WHEN other > 0 THEN 1 ELSE 0 END), COUNT(*)"
      + " FROM (SELECT t.department_id AS department_id, ia.questionnaire_id AS questionnaire_id, ia.finished_quarter AS finished_quarter,"
      + " ia.question_id AS question_id, SUM(CASE WHEN ia.concerning THEN 1 ELSE 0 END) AS concerning,"
      + " SUM(CASE WHEN ia.concerning THEN 0 ELSE 1 END) AS other"
      + " FROM insight_answer ia JOIN team t ON t.id = ia.team_id"
      + " GROUP BY t.department_id, ia.questionnaire_id, ia.finished_quarter, ia.question_id, ia.account_id) per_respondent"
      + " GROUP BY department_id, questionnaire_id, finished_quarter, question_id"
      + " ORDER BY department_id, questionnaire_id, finished_quarter, question_id";
  private static final String QUESTION_CELLS = "SELECT department_id, questionnaire_id, finished_quarter, question_id,"
      + " concerning_answers, concerning_respondents, other_answers, other_respondents, respondents FROM insight_question_cell"
      + " ORDER BY department_id, questionnaire_id, finished_quarter, question_id";
  /** Per department, questionnaire, quarter, dimension and band, then per dimension, as the dashboard counted before V12. */
  private static final String FINISHED_SCORES = " FROM assessment a JOIN team t ON t.id = a.team_id JOIN submission s ON s.assessment_id = a.id"
      + " JOIN assessment_score sc ON sc.assessment_id = a.id WHERE a.status = 'FINISHED'";
  private static final String RECOUNT_BANDS = "SELECT t.department_id, a.questionnaire_id, a.finished_quarter, sc.dimension_id, sc.band,"
      + " COUNT(DISTINCT a.id), COUNT(DISTINCT s.account_id)" + FINISHED_SCORES
      + " GROUP BY t.department_id, a.questionnaire_id, a.finished_quarter, sc.dimension_id, sc.band"
      + " ORDER BY t.department_id, a.questionnaire_id, a.finished_quarter, sc.dimension_id, sc.band";
  private static final String RECOUNT_DIMENSIONS = "SELECT t.department_id, a.questionnaire_id, a.finished_quarter, sc.dimension_id,"
      + " COUNT(DISTINCT a.id), COUNT(DISTINCT s.account_id)" + FINISHED_SCORES
      + " GROUP BY t.department_id, a.questionnaire_id, a.finished_quarter, sc.dimension_id"
      + " ORDER BY t.department_id, a.questionnaire_id, a.finished_quarter, sc.dimension_id";
  /** The stored dimension cells as rows of the two recounts: one per band that has assessments, and one per dimension. */
  private static final String BAND_CELLS = bandCells();
  private static final String DIMENSION_CELLS = "SELECT department_id, questionnaire_id, finished_quarter, dimension_id,"
      + " assessments, respondents FROM insight_dimension_cell ORDER BY department_id, questionnaire_id, finished_quarter, dimension_id";

  @ArquillianResource URL base;

  @Test
  void storedFiguresEqualARecountOfEveryAnswer() throws SQLException {
    Api admin = new Api(base).asAdmin();
    Api.Reply generated = admin.post("api/v1/insights/synthetic-departments", Json.createObjectBuilder()
        .add("name", Api.unique("Recount")).add("teams", 4).add("membersPerTeam", 6).add("assessments", 160).add("seed", 11)
        .add("questionnaires", Json.createArrayBuilder().add("quick-screen").add("full-project-review")).build());
    assertThat(generated.status()).as(generated.text()).isEqualTo(201);

    Team first = new Team(base);
    Team second = new Team(base, first.departmentId);
    second.enrol(base, first.alice);
    List<Team.Member> inFirst = List.of(first.alice, first.bob, first.join(base, "Carol Member"));
    String finished = InsightsIT.answerAndFinish(first, inFirst, "state_owned");
    InsightsIT.answerAndFinish(second, List.of(first.alice, second.alice, second.bob), "university");
    Api.Reply reopened = first.lead.api().post(finished + "/reopen", JsonValue.EMPTY_JSON_OBJECT);
    assertThat(reopened.status()).as(reopened.text()).isEqualTo(201);
    InsightsIT.finishRoundOneAndConsensus(first, inFirst, "api/v1/assessments/" + reopened.json().getJsonNumber("id"), "state_owned");

    try (Connection db = DriverManager.getConnection(System.getProperty("candor.it.db.url"),
        System.getProperty("candor.it.db.user"), System.getProperty("candor.it.db.password"))) {
      List<List<Object>> questions = rows(db, QUESTION_CELLS);
      assertThat(questions).as("cells of the generated department and of the two teams").hasSizeGreaterThan(2);
      assertThat(questions).isEqualTo(rows(db, RECOUNT_QUESTIONS));
      List<List<Object>> dimensions = rows(db, DIMENSION_CELLS);
      assertThat(dimensions).as("dimension cells of the generated department").isNotEmpty();
      assertThat(dimensions).isEqualTo(rows(db, RECOUNT_DIMENSIONS));
      assertThat(rows(db, BAND_CELLS)).isEqualTo(rows(db, RECOUNT_BANDS));
    }
  }

  private static String bandCells() {
    List<String> bands = new ArrayList<>();
    for (int band = 0; band < ScoreBand.COUNT; band++) {
      bands.add("SELECT department_id, questionnaire_id, finished_quarter, dimension_id, " + band + " AS band, band" + band
          + "_assessments AS assessments, band" + band + "_respondents AS respondents FROM insight_dimension_cell WHERE band" + band
          + "_assessments > 0");
    }
    return String.join(" UNION ALL ", bands) + " ORDER BY 1, 2, 3, 4, 5";
  }

  /** Every row, numbers as longs (the databases give sums as different types) and texts as they are. */
  private static List<List<Object>> rows(Connection db, String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
          Object value = rs.getObject(column);
          row.add(value instanceof Number n ? (Object) n.longValue() : value);
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
