package org.candor.insights;

import java.util.List;

/**
 * A department's insights for one questionnaire and period, every figure already suppressed.
 *
 * @param threshold k: no figure comes from fewer respondents
 * @param teams the names of the department's teams the figures cover (all of them)
 */
public record Insights(
    long departmentId,
    String department,
    int threshold,
    int reviewIntervalMonths,
    String questionnaireId,
    String questionnaireTitle,
    Quarter from,
    Quarter to,
    List<String> teams,
    List<InsightTable> tables) {

  public Insights {
    teams = List.copyOf(teams);
    tables = List.copyOf(tables);
  }

  public InsightTable table(String id) {
    return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }
}
