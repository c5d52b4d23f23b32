package org.candor.insights;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.candor.audit.AuditLog;
import org.candor.engine.Condition;
import org.candor.engine.DimensionKind;
import org.candor.engine.DimensionScore;
import org.candor.engine.Engine;
import org.candor.engine.Option;
import org.candor.engine.Question;
import org.candor.engine.QuestionType;
import org.candor.engine.Questionnaire;
import org.candor.engine.Recommendation;
import org.candor.identity.CurrentAccount;
import org.candor.identity.Role;
import org.candor.platform.CandorDataSource;
import org.candor.platform.ProblemException;
import org.candor.questionnaire.AnswerJson;
import org.candor.questionnaire.QuestionnaireCatalog;

/**
 * Generates a realistic synthetic department for demos, tests and benchmarks: teams of members
 * (disabled accounts: they cannot sign in), and assessments spread over the last two years, each
 * answered by every member (answers follow the project's true risk with individual disagreement),
 * settled, and — when its dates allow — finished with the recommendation the real engine gives
 * the consensus. Rows go in with JDBC batches, committed every {@value #COMMIT_EVERY}
 * assessments, so 10,000 assessments (about a million answers) take minutes, not hours. The
 * department's concerning answers and score distributions are counted once at the end, and on PostgreSQL the filled
 * tables are analysed, so that the dashboard is planned for their new size straight away.
 */
@ApplicationScoped
public class SyntheticDepartment {

  static final int MAX_TEAMS = 200;
  static final int MAX_ASSESSMENTS = 20_000;
  private static final int COMMIT_EVERY = 200;
  private static final Logger LOG = Logger.getLogger(SyntheticDepartment.class.getName());
  /** Every table a generation writes to. */
  private static final List<String> FILLED_TABLES = List.of("department", "account", "team", "team_member", "assessment",
      "assessment_participant", "submission", "answer", "consensus_answer", "assessment_score", "condition_check", "insight_answer",
      "insight_question_cell", "insight_dimension_cell");
  /** Free-text answers are generated (they exist in real data) and must never reach insights. */
  public static final String FREE_TEXT = "Synthetic free-text answer, visible only to the team";
  private static final String[] TEAM_NAMES = {"Vision lab", "Speech group", "Robotics", "Language models", "Medical imaging",
      "Remote sensing", "Security lab", "Data science", "Human-computer interaction", "Networks"};

  /**
   * What to generate.
   *
   * @param membersPerTeam each team's size including its lead, or {@code null} for 4 to 8 at random
   * @param questionnaireIds which questionnaires the assessments use (round robin); empty for all loaded
   */
  public record Spec(String name, int teams, Integer membersPerTeam, int assessments, long seed, List<String> questionnaireIds) {}

  public record Result(long departmentId, int teams, int accounts, int assessments, int finished, long answers, long millis) {}

  @Resource(lookup = CandorDataSource.JNDI_NAME) DataSource dataSource;
  @Inject AuditLog audit;
  @Inject QuestionnaireCatalog catalog;
  @Inject Engine engine;
  @Inject CurrentAccount current;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Result generate(Spec spec) {
    if (!current.require().hasRole(Role.ADMIN)) {
      throw ProblemException.forbidden("Only administrators generate synthetic departments.");
    }
    String name = spec.name() == null ? "" : spec.name().trim();
    if (name.isEmpty() || name.length() > 200) {
      throw ProblemException.invalidField("name", "Name the department (1 to 200 characters).");
    }
    if (spec.teams() < 1 || spec.teams() > MAX_TEAMS) {
      throw ProblemException.invalidField("teams", "Use 1 to " + MAX_TEAMS + " teams.");
    }
    if (spec.membersPerTeam() != null && (spec.membersPerTeam() < 1 || spec.membersPerTeam() > 50)) {
      throw ProblemException.invalidField("membersPerTeam", "Use 1 to 50 members per team.");
    }
    if (spec.assessments() < 0 || spec.assessments() > MAX_ASSESSMENTS) {
      throw ProblemException.invalidField("assessments", "Use 0 to " + MAX_ASSESSMENTS + " assessments.");
    }
    List<Questionnaire> questionnaires = new ArrayList<>();
    for (String id : spec.questionnaireIds()) {
      questionnaires.add(catalog.latest(id).orElseThrow(() -> ProblemException.invalidField("questionnaires", "There is no questionnaire '" + id + "'.")));
    }
    if (questionnaires.isEmpty()) {
      questionnaires.addAll(catalog.latestVersions());
    }
    long started = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Batches batches = new Batches(connection)) {
        if (batches.departmentExists(name)) {
          throw ProblemException.invalidField("name", "There is already a department called '" + name + "'.");
        }
        Result result = new Generation(spec, name, questionnaires, batches, new Random(spec.seed()), clock.instant()).run();
        // Generation commits in batches of its own, so this row follows the last batch rather than sharing it.
        audit.record("department.synthetic", "department", result.departmentId(),
            result.teams() + " teams, " + result.assessments() + " assessments, seed " + spec.seed());
        return new Result(result.departmentId(), result.teams(), result.accounts(), result.assessments(), result.finished(), result.answers(),
            Duration.ofNanos(System.nanoTime() - started).toMillis());
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not generate the synthetic department: " + e.getMessage(), e);
    }
  }

  /** One run: the random choices and the rows they become. */
  private final class Generation {
    private final Spec spec;
    private final String name;
    private final List<Questionnaire> questionnaires;
    private final Batches db;
    private final Random random;
    private final Instant now;

    Generation(Spec spec, String name, List<Questionnaire> questionnaires, Batches db, Random random, Instant now) {
      this.spec = spec;
      this.name = name;
      this.questionnaires = questionnaires;
      this.db = db;
      this.random = random;
      this.now = now;
    }

    Result run() throws SQLException {
      long department = db.department(name);
      List<long[]> teams = new ArrayList<>(); // per team: id, then member ids (the first is the lead)
      double[] propensity = new double[spec.teams()];
      int accounts = 0;
      for (int t = 0; t < spec.teams(); t++) {
        int size = spec.membersPerTeam() != null ? spec.membersPerTeam() : 4 + random.nextInt(5);
        long[] team = new long[size + 1];
        team[0] = db.team(department, TEAM_NAMES[t % TEAM_NAMES.length] + " " + (t / TEAM_NAMES.length + 1));
        for (int m = 1; m <= size; m++) {
          team[m] = db.member(team[0], department + "-" + (++accounts), m == 1, now);
        }
        teams.add(team);
        propensity[t] = Math.pow(random.nextDouble(), 1.6); // most teams cautious, a few risky
      }
      db.commit();
      int finished = 0;
      long answers = 0;
      for (int i = 0; i < spec.assessments(); i++) {
        int t = random.nextInt(spec.teams());
        Questionnaire questionnaire = questionnaires.get(i % questionnaires.size());
        Instant created = now.minus(Duration.ofMinutes((long) (random.nextDouble() * 730 * 24 * 60)));
        double risk = Math.min(1, Math.max(0, propensity[t] + random.nextGaussian() * 0.15));
        Assessed assessed = assess(questionnaire, risk, teams.get(t).length - 1);
        answers += assessed.members().stream().mapToLong(Map::size).sum();
        finished += db.assessment(teams.get(t), assessed, created, now, random) ? 1 : 0;
        if (i % COMMIT_EVERY == COMMIT_EVERY - 1) {
          db.commit();
        }
      }
      db.commit();
      db.countInsightCells(department);
      db.analyse();
      return new Result(department, spec.teams(), accounts, spec.assessments(), finished, answers, 0);
    }

    /** The project's true answers (visible questions only), the recommendation they lead to, and members' answers. */
    Assessed assess(Questionnaire questionnaire, double risk, int members) {
      Map<String, Object> truth = new LinkedHashMap<>();
      for (Question question : questionnaire.questions()) {
        truth.put(question.id(), answer(questionnaire, question, risk));
      }
      Recommendation recommendation = engine.evaluate(questionnaire, truth);
      for (int round = 0; round < 5; round++) {
        Set<String> visible = Set.copyOf(recommendation.visibleQuestions());
        truth.keySet().retainAll(visible);
        recommendation = engine.evaluate(questionnaire, truth);
        if (visible.equals(Set.copyOf(recommendation.visibleQuestions()))) {
          break;
        }
      }
      List<Map<String, Object>> own = new ArrayList<>();
      for (int m = 0; m < members; m++) {
        own.add(memberAnswers(questionnaire, truth, risk));
      }
      return new Assessed(questionnaire, truth, recommendation, own);
    }

    /** An answer leaning to risky choices as far as the project is risky. */
    Object answer(Questionnaire questionnaire, Question question, double risk) {
      return switch (question.type()) {
        case SINGLE, YESNO -> pick(questionnaire, question, risk);
        case MULTI -> {
          List<String> chosen = new ArrayList<>();
          for (String value : question.optionValues()) {
            if (random.nextDouble() < (risky(questionnaire, question, value) ? 0.02 + 0.3 * risk * risk : 0.35)) {
              chosen.add(value);
            }
          }
          yield chosen.isEmpty() ? List.of(question.optionValues().get(random.nextInt(question.optionValues().size()))) : chosen;
        }
        case SCALE -> {
          int span = question.scale().max() - question.scale().min();
          yield (long) Math.max(question.scale().min(), Math.min(question.scale().max(),
              Math.round(question.scale().min() + span * risk + random.nextGaussian())));
        }
        case NUMBER -> {
          double min = question.number().min() == null ? 0 : question.number().min();
          double max = question.number().max() == null ? min + 100 : question.number().max();
          long value = Math.round(min + (max - min) * random.nextDouble() * 0.5);
          yield question.number().integer() ? (Object) value : (Object) (double) value;
        }
        case TEXT -> FREE_TEXT;
      };
    }

    /** A risky choice with a probability growing with the project's risk (2% to 32%), else a safe one. */
    private String pick(Questionnaire questionnaire, Question question, double risk) {
      List<String> risky = new ArrayList<>();
      List<String> safe = new ArrayList<>();
      question.optionValues().forEach(v -> (risky(questionnaire, question, v) ? risky : safe).add(v));
      boolean chooseRisky = safe.isEmpty() || !risky.isEmpty() && random.nextDouble() < 0.02 + 0.3 * risk * risk;
      List<String> from = chooseRisky ? risky : safe;
      return from.get(random.nextInt(from.size()));
    }

    private boolean risky(Questionnaire questionnaire, Question question, String value) {
      Map<String, Double> weights = question.type() == QuestionType.YESNO
          ? question.answerWeights().getOrDefault(value, Map.of())
          : question.options().stream().filter(o -> o.value().equals(value)).map(Option::weights).findFirst().orElse(Map.of());
      return weights.entrySet().stream().anyMatch(w -> w.getValue() > 0
          && questionnaire.dimension(w.getKey()).map(d -> d.kind() == DimensionKind.RISK).orElse(false));
    }

    /** What one member answers: mostly the project's truth, sometimes their own reading of it. */
    Map<String, Object> memberAnswers(Questionnaire questionnaire, Map<String, Object> truth, double risk) {
      Map<String, Object> own = new LinkedHashMap<>();
      truth.forEach((questionId, value) -> {
        Question question = questionnaire.question(questionId).orElseThrow();
        own.put(questionId, random.nextDouble() < 0.75 || question.type() == QuestionType.TEXT ? value
            : answer(questionnaire, question, Math.min(1, Math.max(0, risk + random.nextGaussian() * 0.3))));
      });
      return own;
    }

  }

  /** One project's true answers (visible questions only), the recommendation they lead to, and each member's own answers. */
  private record Assessed(Questionnaire questionnaire, Map<String, Object> truth, Recommendation recommendation,
      List<Map<String, Object>> members) {}

  /** Prepared statements of every table written, ids from the shared sequence (blocks of 50, as EclipseLink takes them). */
  private static final class Batches implements AutoCloseable {
    private final Connection connection;
    private final boolean postgres;
    private final String nextId;
    private final List<PreparedStatement> statements = new ArrayList<>();
    private final PreparedStatement department, account, team, teamMember, assessment, participant, submission, answer, consensus,
        score, conditionCheck, insightAnswers;
    private long nextFree = 1;
    private long blockEnd = 0;

    Batches(Connection connection) throws SQLException {
      this.connection = connection;
      this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      this.nextId = postgres ? "SELECT nextval('candor_seq')" : "SELECT NEXT VALUE FOR candor_seq";
      department = prepare("INSERT INTO department (id, name, description, row_version) VALUES (?, ?, ?, 1)");
      account = prepare("INSERT INTO account (id, username, display_name, password_hash, enabled, failed_logins, created_at, row_version)"
          + " VALUES (?, ?, ?, '!synthetic: cannot sign in', FALSE, 0, ?, 1)");
      team = prepare("INSERT INTO team (id, department_id, name, row_version) VALUES (?, ?, ?, 1)");
      teamMember = prepare("INSERT INTO team_member (team_id, account_id, team_role) VALUES (?, ?, ?)");
      assessment = prepare("INSERT INTO assessment (id, title, questionnaire_id, questionnaire_version, content_hash, team_id, status,"
          + " created_by, created_at, row_version, version_number, round_closed_at, finished_at, final_outcome, fired_rule_id, red_line,"
          + " condition_count, finished_quarter) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?, ?, ?, ?, ?, ?)");
      participant = prepare("INSERT INTO assessment_participant (assessment_id, account_id, participant_role) VALUES (?, ?, ?)");
      submission = prepare("INSERT INTO submission (id, assessment_id, account_id, submitted_at) VALUES (?, ?, ?, ?)");
      answer = prepare("INSERT INTO answer (id, assessment_id, account_id, question_id, value_json, answered_at, row_version)"
          + " VALUES (?, ?, ?, ?, ?, ?, 1)");
      consensus = prepare("INSERT INTO consensus_answer (id, assessment_id, question_id, value_json, rationale, decided_by, decided_at,"
          + " row_version) VALUES (?, ?, ?, ?, 'Synthetic consensus', ?, ?, 1)");
      score = prepare("INSERT INTO assessment_score (assessment_id, dimension_id, normalised, band) VALUES (?, ?, ?, ?)");
      conditionCheck = prepare("INSERT INTO condition_check (id, assessment_id, condition_id, done, checked_by, checked_at, row_version)"
          + " VALUES (?, ?, ?, ?, ?, ?, 1)");
      // prepared last: its batch runs after the answers and submissions it reads
      insightAnswers = prepare(InsightAnswers.RECORD);
    }

    private PreparedStatement prepare(String sql) throws SQLException {
      PreparedStatement statement = connection.prepareStatement(sql);
      statements.add(statement);
      return statement;
    }

    boolean departmentExists(String name) throws SQLException {
      try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM department WHERE LOWER(name) = ?")) {
        query.setString(1, name.toLowerCase());
        try (ResultSet rs = query.executeQuery()) {
          rs.next();
          return rs.getLong(1) > 0;
        }
      }
    }

    long id() throws SQLException {
      if (nextFree > blockEnd) {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(nextId)) {
          rs.next();
          blockEnd = rs.getLong(1);
          nextFree = blockEnd - 49;
        }
      }
      return nextFree++;
    }

    long department(String name) throws SQLException {
      long id = id();
      department.setLong(1, id);
      department.setString(2, name);
      department.setString(3, "Synthetic department for demos and benchmarks");
      department.executeUpdate();
      return id;
    }

    long team(long departmentId, String name) throws SQLException {
      long id = id();
      team.setLong(1, id);
      team.setLong(2, departmentId);
      team.setString(3, name);
      team.executeUpdate();
      return id;
    }

    long member(long teamId, String number, boolean lead, Instant now) throws SQLException {
      long id = id();
      account.setLong(1, id);
      account.setString(2, "synthetic-" + number);
      account.setString(3, "Synthetic member " + number);
      account.setObject(4, utc(now));
      account.executeUpdate();
      teamMember.setLong(1, teamId);
      teamMember.setLong(2, id);
      teamMember.setString(3, lead ? "LEAD" : "MEMBER");
      teamMember.executeUpdate();
      return id;
    }

    /** Writes one assessment with everything its stage implies; whether it finished. */
    boolean assessment(long[] team, Assessed assessed, Instant created, Instant now, Random random) throws SQLException {
      Questionnaire questionnaire = assessed.questionnaire();
      Instant closed = created.plus(Duration.ofHours(24 * 5 + random.nextInt(24 * 15)));
      Instant finishedAt = closed.plus(Duration.ofHours(24 * 5 + random.nextInt(24 * 25)));
      Recommendation recommendation = assessed.recommendation();
      boolean finished = finishedAt.isBefore(now) && recommendation.complete();
      boolean deliberating = finished || closed.isBefore(now);
      long id = id();
      long lead = team[1];
      assessment.setLong(1, id);
      assessment.setString(2, "Synthetic project " + id);
      assessment.setString(3, questionnaire.id());
      assessment.setString(4, questionnaire.version());
      assessment.setString(5, questionnaire.contentHash());
      assessment.setLong(6, team[0]);
      assessment.setString(7, finished ? "FINISHED" : deliberating ? "DELIBERATING" : "OPEN");
      assessment.setLong(8, lead);
      assessment.setObject(9, utc(created));
      assessment.setObject(10, deliberating ? utc(closed) : null);
      assessment.setObject(11, finished ? utc(finishedAt) : null);
      assessment.setString(12, finished ? recommendation.outcome().name() : null);
      assessment.setString(13, finished ? recommendation.firedRule().id() : null);
      assessment.setObject(14, finished ? recommendation.firedRule().redLine() : null);
      assessment.setObject(15, finished ? recommendation.conditions().size() : null);
      assessment.setObject(16, finished ? Quarter.of(finishedAt).code() : null);
      assessment.executeUpdate();
      Instant answered = created.plus(Duration.ofHours(1 + random.nextInt(24 * 4)));
      for (int m = 1; m < team.length; m++) {
        participant.setLong(1, id);
        participant.setLong(2, team[m]);
        participant.setString(3, m == 1 ? "LEAD" : "MEMBER");
        participant.addBatch();
        for (Map.Entry<String, Object> given : assessed.members().get(m - 1).entrySet()) {
          answer.setLong(1, id());
          answer.setLong(2, id);
          answer.setLong(3, team[m]);
          answer.setString(4, given.getKey());
          answer.setString(5, AnswerJson.toJson(given.getValue()).toString());
          answer.setObject(6, utc(answered));
          answer.addBatch();
        }
        if (deliberating) {
          submission.setLong(1, id());
          submission.setLong(2, id);
          submission.setLong(3, team[m]);
          submission.setObject(4, utc(answered));
          submission.addBatch();
        }
      }
      if (finished) {
        for (Map.Entry<String, Object> settled : assessed.truth().entrySet()) {
          consensus.setLong(1, id());
          consensus.setLong(2, id);
          consensus.setString(3, settled.getKey());
          consensus.setString(4, AnswerJson.toJson(settled.getValue()).toString());
          consensus.setLong(5, lead);
          consensus.setObject(6, utc(finishedAt));
          consensus.addBatch();
        }
        for (DimensionScore dimension : recommendation.scores()) {
          score.setLong(1, id);
          score.setString(2, dimension.dimension());
          score.setDouble(3, dimension.normalised());
          score.setInt(4, ScoreBand.of(dimension.normalised()));
          score.addBatch();
        }
        for (Condition condition : recommendation.conditions()) {
          if (random.nextDouble() < 0.6) {
            conditionCheck.setLong(1, id());
            conditionCheck.setLong(2, id);
            conditionCheck.setString(3, condition.id());
            conditionCheck.setBoolean(4, random.nextDouble() < 0.8);
            conditionCheck.setLong(5, lead);
            conditionCheck.setObject(6, utc(finishedAt));
            conditionCheck.addBatch();
          }
        }
        insightAnswers.setLong(1, id);
        insightAnswers.addBatch();
      }
      return finished;
    }

    /** The department's concerning answers and score distributions, counted once from all its assessments (see InsightAnswers). */
    void countInsightCells(long departmentId) throws SQLException {
      for (String sql : InsightAnswers.COUNT_NEW_DEPARTMENT) {
        try (PreparedStatement count = connection.prepareStatement(sql)) {
          count.setLong(1, departmentId);
          count.executeUpdate();
        }
      }
      connection.commit();
    }

    /**
     * Refreshes PostgreSQL's statistics of the tables just filled, so that the next queries are
     * planned for a million rows rather than for the empty tables autovacuum last saw. Only a
     * table's owner may analyse it: PostgreSQL skips the others with a warning, which is logged.
     */
    void analyse() throws SQLException {
      if (!postgres) {
        return;
      }
      try (Statement analyse = connection.createStatement()) {
        analyse.execute("ANALYZE " + String.join(", ", FILLED_TABLES));
        for (SQLWarning w = analyse.getWarnings(); w != null; w = w.getNextWarning()) {
          LOG.info("Synthetic department: " + w.getMessage());
        }
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        LOG.info("Synthetic department: statistics not refreshed (" + e.getMessage() + "); autovacuum will analyse the tables later.");
      }
    }

    void commit() throws SQLException {
      for (PreparedStatement statement : statements) {
        statement.executeBatch();
      }
      connection.commit();
    }

    private static OffsetDateTime utc(Instant instant) {
      return instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public void close() throws SQLException {
      for (PreparedStatement statement : statements) {
        statement.close();
      }
    }
  }
}
