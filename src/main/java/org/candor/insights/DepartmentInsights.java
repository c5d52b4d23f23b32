package org.candor.insights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.candor.audit.AuditLog;
import org.candor.engine.Dimension;
import org.candor.engine.Outcome;
import org.candor.engine.Question;
import org.candor.engine.Questionnaire;
import org.candor.engine.suppression.ReleasedRow;
import org.candor.engine.suppression.Suppression;
import org.candor.engine.suppression.Tally;
import org.candor.engine.suppression.TallyRow;
import org.candor.identity.Account;
import org.candor.identity.CurrentAccount;
import org.candor.identity.Role;
import org.candor.language.LanguageSelection;
import org.candor.organisation.Department;
import org.candor.platform.Messages;
import org.candor.platform.ProblemException;
import org.candor.platform.Text;
import org.candor.questionnaire.QuestionnaireCatalog;

/**
 * Department insights: every figure is aggregated by the database (GROUP BY over indexed columns,
 * distinct respondents counted there; the concerning answers already counted when assessments
 * finished), then suppressed by {@link Suppression} before anyone sees it. Only the department's
 * heads and administrators see them.
 */
@ApplicationScoped
public class DepartmentInsights {

  /** The longest period one can ask for, in quarters. */
  static final int MAX_QUARTERS = 40;
  /** The period shown when none is chosen: the last two years. */
  static final int DEFAULT_QUARTERS = 8;

  /** Outcome atoms: red-line hits are their own cells, so they are never a separate table. */
  private static final int GO = 0, WITH_CONDITIONS = 1, STAGED = 2, ESCALATE_RULE = 3, ESCALATE_RED_LINE = 4,
      NO_GO_RULE = 5, NO_GO_RED_LINE = 6, OUTCOME_ATOMS = 7;
  /** Ages of open escalations: under 1, 1–3, 3–6, over 6 months (in days). */
  private static final int[] ESCALATION_AGE_DAYS = {30, 91, 182};

  /** Finished assessments of the department's teams with one questionnaire, with their round-1 respondents. */
  private static final String FINISHED = " FROM assessment a JOIN team t ON t.id = a.team_id JOIN submission s ON s.assessment_id = a.id"
      + " WHERE t.department_id = ?1 AND a.questionnaire_id = ?2 AND a.status = 'FINISHED'";
  private static final String IN_PERIOD = " AND a.finished_quarter BETWEEN ?3 AND ?4";
  /** Not superseded by a re-opened version: what still stands today. */
  private static final String CURRENT = " AND NOT EXISTS (SELECT 1 FROM assessment n WHERE n.previous_id = a.id)";
  /**
   * Per quarter and question: concerning answers and their respondents, other answers and theirs,
   * all answers and all respondents, as counted when the assessments finished (V12,
   * {@link InsightAnswers}). The questions are bound from parameter 5 on, as literals.
   */
  private static final String CONCERNING_CELLS = "SELECT finished_quarter, question_id,"
      + " concerning_answers, concerning_respondents, other_answers, other_respondents, concerning_answers + other_answers, respondents"
      + " FROM insight_question_cell WHERE department_id = ?1 AND questionnaire_id = ?2 AND finished_quarter BETWEEN ?3 AND ?4"
      + " AND question_id IN %s";

  /**
   * Per quarter and dimension: finished assessments and their respondents in each score band, then
   * in all, as counted when the assessments finished (V12, {@link InsightAnswers}).
   */
  private static final String DIMENSION_CELLS = "SELECT finished_quarter, dimension_id, band0_assessments, band0_respondents,"
      + " band1_assessments, band1_respondents, band2_assessments, band2_respondents, band3_assessments, band3_respondents,"
      + " band4_assessments, band4_respondents, assessments, respondents"
      + " FROM insight_dimension_cell WHERE department_id = ?1 AND questionnaire_id = ?2 AND finished_quarter BETWEEN ?3 AND ?4";

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;
  @Inject CurrentAccount current;
  @Inject QuestionnaireCatalog catalog;
  @Inject LanguageSelection language;
  @Inject Clock clock;

  /** The department, if the caller heads it or administers Candor (401, 403 or 404 otherwise). */
  public Department viewable(long departmentId) {
    Account me = requireViewer();
    Department department = em.find(Department.class, departmentId);
    if (department == null || !me.hasRole(Role.ADMIN) && !department.headIds().contains(me.id())) {
      throw ProblemException.notFound("There is no department " + departmentId + " whose insights you may see.");
    }
    return department;
  }

  /** The departments whose insights the caller may see: the ones they head, or all for administrators. */
  public List<Department> viewableDepartments() {
    Account me = requireViewer();
    return em.createQuery("select d from Department d order by d.name", Department.class).getResultList().stream()
        .filter(d -> me.hasRole(Role.ADMIN) || d.headIds().contains(me.id()))
        .toList();
  }

  /** Administrators set a department's threshold k (at least 5) and re-review interval (1–120 months). */
  @Transactional
  public Department configure(long departmentId, Long threshold, Long reviewIntervalMonths) {
    if (!current.require().hasRole(Role.ADMIN)) {
      throw ProblemException.forbidden("Only administrators change a department's insight settings.");
    }
    Department department = em.find(Department.class, departmentId);
    if (department == null) {
      throw ProblemException.notFound("There is no department " + departmentId + ".");
    }
    long k = threshold == null ? department.suppressionThreshold() : threshold;
    long months = reviewIntervalMonths == null ? department.reviewIntervalMonths() : reviewIntervalMonths;
    if (k < Suppression.MINIMUM_THRESHOLD || k > 1000) {
      throw ProblemException.invalidField("threshold", "Use a threshold from " + Suppression.MINIMUM_THRESHOLD + " to 1000 people.");
    }
    if (months < 1 || months > 120) {
      throw ProblemException.invalidField("reviewIntervalMonths", "Use a re-review interval from 1 to 120 months.");
    }
    department.configureInsights((int) k, (int) months);
    audit.record("insights.settings", "department", departmentId, "threshold " + k + ", review interval " + months + " months");
    return department;
  }

  /** Questionnaires one can choose: those the department's teams used, else every loaded one. */
  public List<Questionnaire> questionnaires(Department department) {
    List<String> used = em.createQuery(
            "select distinct a.questionnaireId from Assessment a where a.team.department = :d", String.class)
        .setParameter("d", department).getResultList();
    List<Questionnaire> latest = catalog.latestVersions().stream().map(language::translate).toList();
    List<Questionnaire> chosen = latest.stream().filter(q -> used.contains(q.id())).toList();
    return chosen.isEmpty() ? latest : chosen;
  }

  public Quarter defaultTo() {
    return Quarter.of(clock.instant());
  }

  public Quarter defaultFrom() {
    return defaultTo().minus(DEFAULT_QUARTERS - 1);
  }

  /**
   * The insights of one department for one questionnaire and a period of whole quarters.
   *
   * @param from first quarter, "2025-Q1"; {@code null} for two years before {@code to}
   * @param to last quarter; {@code null} for the current one
   */
  public Insights insights(long departmentId, String questionnaireId, String from, String to, Locale locale) {
    Insights insights = compute(departmentId, questionnaireId, from, to, locale);
    audit.record("insights.view", "department", departmentId, scope(insights));
    return insights;
  }

  /** The same insights, for a download in the given format ("csv", "xlsx"). */
  public Insights export(long departmentId, String questionnaireId, String from, String to, Locale locale, String format) {
    Insights insights = compute(departmentId, questionnaireId, from, to, locale);
    audit.record("insights.export", "department", departmentId, format + ", " + scope(insights));
    return insights;
  }

  private static String scope(Insights insights) {
    return "questionnaire " + insights.questionnaireId() + ", " + insights.from() + " to " + insights.to();
  }

  private Insights compute(long departmentId, String questionnaireId, String from, String to, Locale locale) {
    Department department = viewable(departmentId);
    if (questionnaireId == null || questionnaireId.isBlank()) {
      throw ProblemException.invalidField("questionnaire", Text.of("problem.chooseQuestionnaire"));
    }
    Questionnaire questionnaire = catalog.latest(questionnaireId)
        .map(q -> q.in(locale))
        .orElseThrow(() -> ProblemException.invalidField("questionnaire", Text.of("problem.noQuestionnaire", questionnaireId)));
    Quarter last = quarter("to", to, defaultTo());
    Quarter first = quarter("from", from, last.minus(DEFAULT_QUARTERS - 1));
    if (first.compareTo(last) > 0) {
      throw ProblemException.invalidField("from", "The period starts after it ends (" + first + " > " + last + ").");
    }
    List<Quarter> quarters = new ArrayList<>();
    for (Quarter q = first; q.compareTo(last) <= 0; q = q.next()) {
      quarters.add(q);
    }
    if (quarters.size() > MAX_QUARTERS) {
      throw ProblemException.invalidField("from", "Choose at most " + MAX_QUARTERS + " quarters.");
    }
    ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
    Function<String, String> text = bundle::getString;
    Suppression suppression = new Suppression(department.suppressionThreshold());
    Object[] filter = {department.id(), questionnaire.id(), first.code(), last.code()};
    List<String> teams = em.createQuery("select t.name from Team t where t.department = :d order by t.name", String.class)
        .setParameter("d", department).getResultList();
    List<InsightTable> tables = List.of(
        outcomes(filter, quarters, suppression, text),
        scores(filter, quarters, questionnaire, suppression, text),
        concerning(filter, quarters, questionnaire, suppression, text),
        escalations(filter, suppression, text),
        followUp(filter, department, suppression, text, bundle));
    return new Insights(department.id(), department.name(), suppression.threshold(), department.reviewIntervalMonths(),
        questionnaire.id(), questionnaire.title(), first, last, teams, tables);
  }

  private InsightTable outcomes(Object[] filter, List<Quarter> quarters, Suppression suppression, Function<String, String> text) {
    Map<Integer, Tally[]> cells = new HashMap<>();
    for (Object[] r : rows("SELECT a.finished_quarter, a.final_outcome, COALESCE(a.red_line, FALSE), COUNT(DISTINCT a.id), COUNT(DISTINCT s.account_id)"
        + FINISHED + IN_PERIOD + " GROUP BY a.finished_quarter, a.final_outcome, COALESCE(a.red_line, FALSE)", filter)) {
      Tally[] row = cells.computeIfAbsent(integer(r[0]), q -> empty(OUTCOME_ATOMS));
      row[outcomeAtom(Outcome.valueOf((String) r[1]), Boolean.TRUE.equals(r[2]))] = tally(r[3], r[4]);
    }
    Map<Integer, Tally> totals = totals("SELECT a.finished_quarter, COUNT(DISTINCT a.id), COUNT(DISTINCT s.account_id)"
        + FINISHED + IN_PERIOD + " GROUP BY a.finished_quarter", filter);
    List<String> columns = List.of(text.apply("insights.outcome.GO"), text.apply("insights.outcome.GO_WITH_CONDITIONS"),
        text.apply("insights.outcome.STAGED_RELEASE"), text.apply("insights.outcome.ESCALATE"), text.apply("insights.outcome.NO_GO"),
        text.apply("insights.redLineHits"), text.apply("insights.total"));
    List<InsightTable.Row> rows = new ArrayList<>();
    List<ReleasedRow> released = new ArrayList<>();
    for (Quarter q : quarters) {
      ReleasedRow row = suppression.release(new TallyRow(List.of(cells.getOrDefault(q.code(), empty(OUTCOME_ATOMS))),
          totals.getOrDefault(q.code(), Tally.NONE)));
      released.add(row);
      rows.add(outcomeRow(q.toString(), row));
    }
    rows.add(outcomeRow(text.apply("insights.wholePeriod"), Suppression.combine(released, OUTCOME_ATOMS)));
    return new InsightTable("outcomes", text.apply("insights.outcomes"), text.apply("insights.quarter"), columns, rows);
  }

  private static InsightTable.Row outcomeRow(String label, ReleasedRow row) {
    List<Long> shown = new ArrayList<>();
    shown.add(row.cells().get(GO));
    shown.add(row.cells().get(WITH_CONDITIONS));
    shown.add(row.cells().get(STAGED));
    shown.add(row.sumOf(List.of(ESCALATE_RULE, ESCALATE_RED_LINE)));
    shown.add(row.sumOf(List.of(NO_GO_RULE, NO_GO_RED_LINE)));
    shown.add(row.sumOf(List.of(ESCALATE_RED_LINE, NO_GO_RED_LINE)));
    shown.add(row.total());
    return new InsightTable.Row(label, shown);
  }

  private static int outcomeAtom(Outcome outcome, boolean redLine) {
    return switch (outcome) {
      case GO -> GO;
      case GO_WITH_CONDITIONS -> WITH_CONDITIONS;
      case STAGED_RELEASE -> STAGED;
      case ESCALATE -> redLine ? ESCALATE_RED_LINE : ESCALATE_RULE;
      case NO_GO -> redLine ? NO_GO_RED_LINE : NO_GO_RULE;
    };
  }

  private InsightTable scores(Object[] filter, List<Quarter> quarters, Questionnaire questionnaire, Suppression suppression,
      Function<String, String> text) {
    Map<String, Tally[]> cells = new HashMap<>();
    Map<String, Tally> totals = new HashMap<>();
    for (Object[] r : rows(DIMENSION_CELLS, filter)) {
      String key = integer(r[0]) + "/" + r[1];
      Tally[] bands = cells.computeIfAbsent(key, k -> empty(ScoreBand.COUNT));
      for (int band = 0; band < ScoreBand.COUNT; band++) {
        bands[band] = tally(r[2 + 2 * band], r[3 + 2 * band]);
      }
      totals.put(key, tally(r[2 + 2 * ScoreBand.COUNT], r[3 + 2 * ScoreBand.COUNT]));
    }
    List<String> columns = new ArrayList<>();
    for (int band = 0; band < ScoreBand.COUNT; band++) {
      columns.add(ScoreBand.label(band));
    }
    columns.add(text.apply("insights.total"));
    List<InsightTable.Row> rows = new ArrayList<>();
    for (Dimension dimension : questionnaire.dimensions()) {
      List<ReleasedRow> released = new ArrayList<>();
      for (Quarter q : quarters) {
        String key = q.code() + "/" + dimension.id();
        released.add(suppression.release(new TallyRow(List.of(cells.getOrDefault(key, empty(ScoreBand.COUNT))), totals.getOrDefault(key, Tally.NONE))));
      }
      ReleasedRow period = Suppression.combine(released, ScoreBand.COUNT);
      List<Long> shown = new ArrayList<>(period.cells());
      shown.add(period.total());
      rows.add(new InsightTable.Row(dimension.label(), shown));
    }
    return new InsightTable("scores", text.apply("insights.scores"), text.apply("insights.dimension"), columns, rows);
  }

  private InsightTable concerning(Object[] filter, List<Quarter> quarters, Questionnaire questionnaire, Suppression suppression,
      Function<String, String> text) {
    List<String> questionIds = ConcerningAnswers.of(questionnaire).stream().map(ConcerningAnswers.Pattern::questionId).distinct().toList();
    Map<String, Tally> concerning = new HashMap<>();
    Map<String, Tally> other = new HashMap<>();
    Map<String, Tally> totals = new HashMap<>();
    if (!questionIds.isEmpty()) {
      Object[] parameters = Arrays.copyOf(filter, filter.length + questionIds.size());
      StringBuilder placeholders = new StringBuilder("(");
      for (int i = 0; i < questionIds.size(); i++) {
        parameters[filter.length + i] = questionIds.get(i);
        placeholders.append(i == 0 ? "" : ", ").append('?').append(filter.length + i + 1);
      }
      for (Object[] r : rows(String.format(CONCERNING_CELLS, placeholders.append(')')), parameters)) {
        String key = integer(r[0]) + "/" + r[1];
        concerning.put(key, tally(r[2], r[3]));
        other.put(key, tally(r[4], r[5]));
        totals.put(key, tally(r[6], r[7]));
      }
    }
    List<String> columns = List.of(text.apply("insights.concerningAnswers"), text.apply("insights.otherAnswers"),
        text.apply("insights.total"), text.apply("insights.concerningShare"));
    record Ranked(InsightTable.Row row, Long count) {}
    List<Ranked> ranked = new ArrayList<>();
    for (String questionId : questionIds) {
      List<ReleasedRow> released = new ArrayList<>();
      for (Quarter q : quarters) {
        String key = q.code() + "/" + questionId;
        released.add(suppression.release(new TallyRow(
            List.of(concerning.getOrDefault(key, Tally.NONE), other.getOrDefault(key, Tally.NONE)), totals.getOrDefault(key, Tally.NONE))));
      }
      ReleasedRow period = Suppression.combine(released, 2);
      Long count = period.cells().get(0);
      Long share = count == null || period.total() == null || period.total() == 0 ? null : Math.round(100.0 * count / period.total());
      List<Long> shown = new ArrayList<>(period.cells());
      shown.add(period.total());
      shown.add(share);
      String prompt = questionnaire.question(questionId).map(Question::prompt).orElse(questionId);
      ranked.add(new Ranked(new InsightTable.Row(prompt, shown), count));
    }
    // Most often first; withheld rows keep questionnaire order at the end, so their place reveals nothing.
    ranked.sort(Comparator.comparing((Ranked r) -> r.count() == null)
        .thenComparing((Ranked r) -> r.count() == null ? 0 : -r.count()));
    return new InsightTable("concerning", text.apply("insights.concerning"), text.apply("insights.question"), columns,
        ranked.stream().map(Ranked::row).toList());
  }

  private InsightTable escalations(Object[] filter, Suppression suppression, Function<String, String> text) {
    Instant now = clock.instant();
    String age = "CASE WHEN a.finished_at >= ?3 THEN 0 WHEN a.finished_at >= ?4 THEN 1 WHEN a.finished_at >= ?5 THEN 2 ELSE 3 END";
    Object[] parameters = {filter[0], filter[1], daysBefore(now, ESCALATION_AGE_DAYS[0]), daysBefore(now, ESCALATION_AGE_DAYS[1]),
        daysBefore(now, ESCALATION_AGE_DAYS[2])};
    Tally[] cells = empty(ESCALATION_AGE_DAYS.length + 1);
    String open = FINISHED + CURRENT + " AND a.final_outcome = 'ESCALATE'";
    // grouped in an outer query: PostgreSQL would not see one expression in two bound copies of the parameters
    for (Object[] r : rows("SELECT age, COUNT(DISTINCT assessment_id), COUNT(DISTINCT account_id) FROM (SELECT " + age
        + " AS age, a.id AS assessment_id, s.account_id AS account_id" + open + ") x GROUP BY age", parameters)) {
      cells[integer(r[0])] = tally(r[1], r[2]);
    }
    Tally total = single("SELECT COUNT(DISTINCT a.id), COUNT(DISTINCT s.account_id)" + open, filter[0], filter[1]);
    ReleasedRow row = suppression.release(new TallyRow(List.of(cells), total));
    List<Long> shown = new ArrayList<>(row.cells());
    shown.add(row.total());
    return new InsightTable("escalations", text.apply("insights.escalations"), text.apply("insights.now"),
        List.of(text.apply("insights.age.0"), text.apply("insights.age.1"), text.apply("insights.age.2"), text.apply("insights.age.3"),
            text.apply("insights.total")),
        List.of(new InsightTable.Row(text.apply("insights.openEscalations"), shown)));
  }

  private InsightTable followUp(Object[] filter, Department department, Suppression suppression, Function<String, String> text,
      ResourceBundle bundle) {
    OffsetDateTime cutoff = clock.instant().atOffset(ZoneOffset.UTC).minusMonths(department.reviewIntervalMonths());
    Tally due = single("SELECT COUNT(DISTINCT a.id), COUNT(DISTINCT s.account_id)" + FINISHED + CURRENT + " AND a.finished_at < ?3",
        filter[0], filter[1], cutoff);
    Tally unmet = single("SELECT COUNT(DISTINCT a.id), COUNT(DISTINCT s.account_id)" + FINISHED + CURRENT
        + " AND a.condition_count > 0 AND a.condition_count >"
        + " (SELECT COUNT(*) FROM condition_check c WHERE c.assessment_id = a.id AND c.done = TRUE)", filter[0], filter[1]);
    return new InsightTable("followUp", text.apply("insights.followUp"), text.apply("insights.now"),
        List.of(text.apply("insights.assessments")),
        List.of(
            new InsightTable.Row(new MessageFormat(bundle.getString("insights.dueForReview"), bundle.getLocale())
                .format(new Object[] {department.reviewIntervalMonths()}), Collections.singletonList(released(suppression, due))),
            new InsightTable.Row(text.apply("insights.unmetConditions"), Collections.singletonList(released(suppression, unmet)))));
  }

  private static Long released(Suppression suppression, Tally tally) {
    return suppression.release(new TallyRow(List.of(), tally)).total();
  }

  private Account requireViewer() {
    Account me = current.require();
    if (!me.hasRole(Role.ADMIN) && !me.hasRole(Role.DEPARTMENT_HEAD)) {
      throw ProblemException.forbidden("Only department heads and administrators see department insights.");
    }
    return me;
  }

  private static Quarter quarter(String field, String text, Quarter fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    Quarter quarter = Quarter.parse(text);
    if (quarter == null) {
      throw ProblemException.invalidField(field, "Write a quarter as 2026-Q1, not '" + text + "'.");
    }
    return quarter;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Object[] parameters) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.getResultList();
  }

  private Tally single(String sql, Object... parameters) {
    Object[] r = rows(sql, parameters).get(0);
    return tally(r[0], r[1]);
  }

  private Map<Integer, Tally> totals(String sql, Object[] parameters) {
    Map<Integer, Tally> totals = new HashMap<>();
    rows(sql, parameters).forEach(r -> totals.put(integer(r[0]), tally(r[1], r[2])));
    return totals;
  }

  private static OffsetDateTime daysBefore(Instant now, int days) {
    return now.atOffset(ZoneOffset.UTC).minusDays(days);
  }

  private static Tally tally(Object value, Object respondents) {
    return new Tally(((Number) value).longValue(), ((Number) respondents).longValue());
  }

  private static int integer(Object value) {
    return ((Number) value).intValue();
  }

  private static Tally[] empty(int size) {
    Tally[] cells = new Tally[size];
    Arrays.fill(cells, Tally.NONE);
    return cells;
  }
}
