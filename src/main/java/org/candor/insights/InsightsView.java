package org.candor.insights;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.candor.engine.Questionnaire;
import org.candor.organisation.Department;
import org.candor.platform.JsonBuilders;
import org.candor.platform.PageErrors;
import org.candor.platform.ProblemException;
import org.candor.platform.ScriptJson;

/**
 * The insights page: filters in the query string (bookmarkable, a plain GET form), every figure as
 * a table, and charts of the outcomes, score distributions and concerning answers.
 */
@Named
@ViewScoped
public class InsightsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String[] OUTCOME_COLOURS = {"#059669", "#65a30d", "#2563eb", "#d97706", "#b91c1c"};
  private static final String[] BAND_COLOURS = {"#dbeafe", "#93c5fd", "#3b82f6", "#1d4ed8", "#1e3a8a"};

  @Inject transient DepartmentInsights departmentInsights;
  @Inject transient FacesContext faces;

  private Long department;
  private String questionnaire;
  private String from;
  private String to;
  // Loaded afresh on every GET (the page has no postbacks), so never part of the saved view.
  private transient List<Department> departments = List.of();
  private transient List<Questionnaire> questionnaires = List.of();
  private transient Insights insights;
  private final Map<String, String> fieldErrors = new HashMap<>();

  public void load() {
    try {
      departments = departmentInsights.viewableDepartments();
      if (department == null && !departments.isEmpty()) {
        department = departments.get(0).id();
      }
      if (department == null) {
        return;
      }
      questionnaires = departmentInsights.questionnaires(departmentInsights.viewable(department));
      if ((questionnaire == null || questionnaire.isBlank()) && !questionnaires.isEmpty()) {
        questionnaire = questionnaires.get(0).id();
      }
      insights = departmentInsights.insights(department, questionnaire, from, to, faces.getViewRoot().getLocale());
      from = insights.from().toString();
      to = insights.to().toString();
    } catch (ProblemException e) {
      String field = e.problem().errors() == null || e.problem().errors().isEmpty() ? null : e.problem().errors().get(0).field();
      if (e.problem().status() == 400 && field != null) {
        fieldErrors.put(field, e.problem().errors().get(0).message());
      } else {
        PageErrors.respond(faces, e);
      }
    }
  }

  /** Outcomes per quarter as stacked bars; a withheld quarter has no bar. */
  public String getOutcomeChart() {
    InsightTable table = insights.table("outcomes");
    List<InsightTable.Row> quarters = table.rows().subList(0, table.rows().size() - 1);
    JsonArrayBuilder datasets = JsonBuilders.array();
    for (int outcome = 0; outcome < OUTCOME_COLOURS.length; outcome++) {
      datasets.add(dataset(table.columns().get(outcome), column(quarters, outcome), OUTCOME_COLOURS[outcome]));
    }
    return chart(labels(quarters), datasets, false);
  }

  /** Each dimension's assessments per score band, stacked. */
  public String getScoreChart() {
    InsightTable table = insights.table("scores");
    JsonArrayBuilder datasets = JsonBuilders.array();
    for (int band = 0; band < ScoreBand.COUNT; band++) {
      datasets.add(dataset(table.columns().get(band), column(table.rows(), band), BAND_COLOURS[band]));
    }
    return chart(labels(table.rows()), datasets, true);
  }

  /** The ten questions with the largest released share of concerning answers. */
  public String getConcerningChart() {
    InsightTable table = insights.table("concerning");
    int share = table.columns().size() - 1;
    List<InsightTable.Row> top = table.rows().stream().filter(r -> !r.withheld(share))
        .sorted((a, b) -> Long.compare(b.cells().get(share), a.cells().get(share))).limit(10).toList();
    JsonArrayBuilder datasets = JsonBuilders.array()
        .add(dataset(table.columns().get(share), column(top, share), "#d97706"));
    return chart(labels(top), datasets, true);
  }

  public boolean hasConcerningChart() {
    InsightTable table = insights.table("concerning");
    return table.rows().stream().anyMatch(r -> !r.withheld(table.columns().size() - 1));
  }

  public String exportUrl(String extension) {
    return faces.getExternalContext().getRequestContextPath() + "/api/v1/departments/" + department + "/insights/export." + extension
        + "?questionnaire=" + encode(questionnaire) + "&from=" + encode(from) + "&to=" + encode(to);
  }

  public String error(String field) {
    return fieldErrors.get(field);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }

  private static JsonArrayBuilder labels(List<InsightTable.Row> rows) {
    JsonArrayBuilder labels = JsonBuilders.array();
    rows.forEach(r -> labels.add(r.label().length() > 40 ? r.label().substring(0, 39) + "\u2026" : r.label()));
    return labels;
  }

  private static JsonArrayBuilder column(List<InsightTable.Row> rows, int column) {
    JsonArrayBuilder values = JsonBuilders.array();
    rows.forEach(r -> {
      if (r.withheld(column)) {
        values.addNull();
      } else {
        values.add(r.cells().get(column));
      }
    });
    return values;
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
    return JsonBuilders.object().add("label", label).add("data", data).add("backgroundColor", colour);
  }

  private static String chart(JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean horizontal) {
    JsonObjectBuilder axis = JsonBuilders.object().add("stacked", true);
    return ScriptJson.of(JsonBuilders.object()
        .add("type", "bar")
        .add("data", JsonBuilders.object().add("labels", labels).add("datasets", datasets))
        .add("options", JsonBuilders.object()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("indexAxis", horizontal ? "y" : "x")
            .add("scales", JsonBuilders.object().add("x", axis).add("y", JsonBuilders.object().add("stacked", true))))
        .build());
  }

  public Long getDepartment() {
    return department;
  }

  public void setDepartment(Long department) {
    this.department = department;
  }

  public String getQuestionnaire() {
    return questionnaire;
  }

  public void setQuestionnaire(String questionnaire) {
    this.questionnaire = questionnaire;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public List<Department> getDepartments() {
    return departments;
  }

  public List<Questionnaire> getQuestionnaires() {
    return questionnaires;
  }

  public Insights getInsights() {
    return insights;
  }
}
