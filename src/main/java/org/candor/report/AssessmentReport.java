package org.candor.report;

import java.time.Instant;
import java.util.List;
import org.candor.engine.Recommendation;

/**
 * Everything a review board files about one version of an assessment; the PDF and the JSON export
 * are two renderings of it.
 */
public record AssessmentReport(
    long assessmentId,
    String title,
    String description,
    int version,
    String team,
    String status,
    String questionnaireId,
    String questionnaireTitle,
    String questionnaireVersion,
    String contentHash,
    Instant createdAt,
    Instant roundClosedAt,
    Instant finishedAt,
    Instant generatedAt,
    List<Person> participants,
    List<Settled> consensus,
    List<Disagreement> dissent,
    List<ConditionStatus> conditions,
    Recommendation recommendation,
    List<String> whatWouldChange,
    List<EarlierVersion> earlierVersions) {

  public record Person(String name, String role, Instant submittedAt) {}

  public record Settled(String questionId, String prompt, String answer, String rationale, String decidedBy, Instant decidedAt) {}

  public record Disagreement(String questionId, String prompt, String member, String statement, Instant recordedAt) {}

  public record ConditionStatus(String conditionId, String text, boolean done, String note) {}

  public record EarlierVersion(long assessmentId, int version, String outcome, Instant finishedAt) {}
}
