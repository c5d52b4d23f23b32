/**
 * Department insights (journey 3): what a department head sees of the department's teams —
 * outcomes per quarter with red-line hits, score distributions, questions most often answered with
 * a concerning option, open escalations, re-reviews due and unmet conditions — on the page
 * {@code app/insights.xhtml}, over the API and as CSV / XLSX downloads, all from the same
 * {@link org.candor.insights.DepartmentInsights}.
 *
 * <p>Aggregation happens in the database: finishing an assessment stores its rule, red-line flag,
 * condition count, quarter and final scores (migration V6), its members' answers flagged concerning
 * or not (V10) and, recounted from those, the concerning-answers figures of its department, quarter
 * and question (V12); each other figure is one GROUP BY that also counts distinct respondents. The figures then pass through the pure suppression rules of
 * {@link org.candor.engine.suppression} (where the reasoning is written down) before any caller
 * sees them. {@link org.candor.insights.SyntheticDepartment} fills a department with realistic data
 * for demos, tests and benchmarks.
 */
package org.candor.insights;
