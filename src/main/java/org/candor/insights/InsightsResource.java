package org.candor.insights;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.candor.language.LanguageSelection;
import org.candor.organisation.Department;
import org.candor.platform.JsonBody;
import org.candor.platform.JsonBuilders;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * A department's insights over the API and as downloads: the same suppressed figures as the page.
 * Only the department's heads and administrators get them (others: 404; no such role: 403).
 */
@Path("/departments/{id}/insights")
@Produces(MediaType.APPLICATION_JSON)
public class InsightsResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject DepartmentInsights departmentInsights;
  @Inject LanguageSelection language;

  @GET
  @Operation(summary = "The department's aggregated, suppressed figures for one questionnaire and a period of whole quarters;"
      + " a withheld figure is null")
  public JsonObject insights(
      @PathParam("id") long id,
      @Parameter(description = "questionnaire id, e.g. quick-screen") @QueryParam("questionnaire") String questionnaire,
      @Parameter(description = "first quarter, e.g. 2025-Q1 (default: two years back)") @QueryParam("from") String from,
      @Parameter(description = "last quarter, e.g. 2026-Q4 (default: the current one)") @QueryParam("to") String to) {
    return json(departmentInsights.insights(id, questionnaire, from, to, language.getLocale()));
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv")
  @Operation(summary = "The same figures as CSV (withheld figures say so; formula-like text is neutralised)")
  public Response csv(@PathParam("id") long id, @QueryParam("questionnaire") String questionnaire,
      @QueryParam("from") String from, @QueryParam("to") String to) {
    InsightsExport export = new InsightsExport(departmentInsights.export(id, questionnaire, from, to, language.getLocale(), "csv"), language.getLocale());
    return download(export::csv, "text/csv; charset=UTF-8", export.fileName("csv"));
  }

  @GET
  @Path("export.xlsx")
  @Produces(XLSX)
  @Operation(summary = "The same figures as an Excel workbook (written as a stream)")
  public Response xlsx(@PathParam("id") long id, @QueryParam("questionnaire") String questionnaire,
      @QueryParam("from") String from, @QueryParam("to") String to) {
    InsightsExport export = new InsightsExport(departmentInsights.export(id, questionnaire, from, to, language.getLocale(), "xlsx"), language.getLocale());
    return download(export::xlsx, XLSX, export.fileName("xlsx"));
  }

  @PUT
  @Path("settings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Admin only: {\"threshold\": k (at least 5), \"reviewIntervalMonths\": 1 to 120}")
  public JsonObject configure(@PathParam("id") long id, JsonValue body) {
    JsonBody fields = JsonBody.of(body, "{\"threshold\": 5, \"reviewIntervalMonths\": 12}");
    Department department = departmentInsights.configure(id, fields.wholeNumber("threshold"), fields.wholeNumber("reviewIntervalMonths"));
    return JsonBuilders.object()
        .add("threshold", department.suppressionThreshold())
        .add("reviewIntervalMonths", department.reviewIntervalMonths())
        .build();
  }

  /** The figures are computed (and access checked) before the first byte, so errors are still problem+json. */
  private static Response download(StreamingOutput body, String type, String fileName) {
    return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
  }

  static JsonObject json(Insights insights) {
    JsonArrayBuilder tables = JsonBuilders.array();
    for (InsightTable table : insights.tables()) {
      JsonArrayBuilder rows = JsonBuilders.array();
      for (InsightTable.Row row : table.rows()) {
        JsonArrayBuilder cells = JsonBuilders.array();
        row.cells().forEach(cell -> {
          if (cell == null) {
            cells.addNull();
          } else {
            cells.add(cell);
          }
        });
        rows.add(JsonBuilders.object().add("label", row.label()).add("cells", cells));
      }
      tables.add(JsonBuilders.object()
          .add("id", table.id())
          .add("title", table.title())
          .add("rowHeading", table.rowHeading())
          .add("columns", JsonBuilders.array(table.columns()))
          .add("rows", rows));
    }
    return JsonBuilders.object()
        .add("departmentId", insights.departmentId())
        .add("department", insights.department())
        .add("threshold", insights.threshold())
        .add("reviewIntervalMonths", insights.reviewIntervalMonths())
        .add("questionnaireId", insights.questionnaireId())
        .add("questionnaireTitle", insights.questionnaireTitle())
        .add("from", insights.from().toString())
        .add("to", insights.to().toString())
        .add("teams", JsonBuilders.array(insights.teams()))
        .add("tables", tables)
        .build();
  }
}
