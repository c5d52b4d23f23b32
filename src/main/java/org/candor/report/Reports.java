package org.candor.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.candor.assessment.Assessment;
import org.candor.assessment.Assessments;
import org.candor.assessment.ParticipantStatus;
import org.candor.audit.AuditLog;
import org.candor.deliberation.ChangeDescriptions;
import org.candor.deliberation.ConditionCheck;
import org.candor.deliberation.Deliberation;
import org.candor.engine.Engine;
import org.candor.engine.Question;
import org.candor.engine.Questionnaire;
import org.candor.engine.Recommendation;
import org.candor.questionnaire.AnswerJson;
import org.candor.questionnaire.AnswerLabels;

/**
 * Builds the report of an assessment for anyone who takes part in it (others get 404). Individual
 * answers never appear in it: only the consensus, dissent in members' own words, and who submitted.
 */
@ApplicationScoped
public class Reports {

  @Inject AuditLog audit;
  @Inject Assessments assessments;
  @Inject Deliberation deliberation;
  @Inject Engine engine;
  @Inject Clock clock;

  /**
   * The report with the questionnaire's texts (prompts, reasons, conditions, stages) in {@code locale}, as far as it has them.
   *
   * @param format what it is exported as ("pdf", "json"), for the audit log
   */
  public AssessmentReport report(long assessmentId, Locale locale, String format) {
    Assessment assessment = assessments.get(assessmentId);
    Questionnaire questionnaire = assessments.questionnaireOf(assessment).in(locale);
    List<ParticipantStatus> participants = assessments.participants(assessmentId);
    Map<Long, String> names = participants.stream().collect(Collectors.toMap(ParticipantStatus::accountId, ParticipantStatus::displayName));
    Function<Long, String> name = id -> names.getOrDefault(id, "#" + id);
    Function<String, String> prompt = q -> questionnaire.question(q).map(Question::prompt).orElse(q);
    Recommendation recommendation = engine.evaluate(questionnaire, deliberation.consensusAnswers(assessment));
    Map<String, ConditionCheck> checks = deliberation.conditionChecks(assessmentId);
    AssessmentReport report = new AssessmentReport(
        assessment.id(),
        assessment.title(),
        assessment.description(),
        assessment.versionNumber(),
        assessment.team() == null ? null : assessment.team().department().name() + " · " + assessment.team().name(),
        assessment.status().name(),
        questionnaire.id(),
        questionnaire.title(),
        questionnaire.version(),
        questionnaire.contentHash(),
        assessment.createdAt(),
        assessment.roundClosedAt(),
        assessment.finishedAt(),
        clock.instant(),
        participants.stream().map(p -> new AssessmentReport.Person(p.displayName(), p.role().name(), p.submittedAt())).toList(),
        deliberation.consensus(assessmentId).stream()
            .map(c -> new AssessmentReport.Settled(
                c.questionId(),
                prompt.apply(c.questionId()),
                questionnaire.question(c.questionId()).map(q -> AnswerLabels.describe(q, AnswerJson.parse(c.valueJson()), locale)).orElse(c.valueJson()),
                c.rationale(),
                name.apply(c.decidedBy()),
                c.decidedAt()))
            .toList(),
        deliberation.dissents(assessmentId).stream()
            .map(d -> new AssessmentReport.Disagreement(d.questionId(), prompt.apply(d.questionId()), name.apply(d.accountId()), d.statement(), d.recordedAt()))
            .toList(),
        recommendation.conditions().stream()
            .map(c -> {
              ConditionCheck check = checks.get(c.id());
              return new AssessmentReport.ConditionStatus(c.id(), c.text(), check != null && check.done(), check == null ? null : check.note());
            })
            .toList(),
        recommendation,
        recommendation.whatWouldChange().stream().map(change -> ChangeDescriptions.describe(change, questionnaire, locale)).toList(),
        assessments.versions(assessmentId).stream()
            .filter(a -> a.versionNumber() < assessment.versionNumber())
            .map(a -> new AssessmentReport.EarlierVersion(a.id(), a.versionNumber(), a.finalOutcome() == null ? null : a.finalOutcome().name(), a.finishedAt()))
            .toList());
    audit.record("report.export", "assessment", assessmentId, format);
    return report;
  }
}
