package org.candor.engine;

import java.util.List;

/**
 * What the engine concludes from one set of answers, with everything needed to explain it. The same
 * answers, questionnaire version and engine version always give an equal recommendation.
 *
 * @param complete whether every visible required question is answered; if not, there is no outcome
 * @param missingRequired visible required questions without an answer, in questionnaire order
 * @param visibleQuestions questions shown under the answers given, in questionnaire order
 * @param scores one per dimension, in declaration order
 * @param outcome the outcome of the fired rule, or {@code null} when incomplete
 * @param firedRule the rule that decided, or {@code null} when incomplete
 * @param contributions every non-zero contribution of a visible answer, in question then
 *     dimension order
 * @param conditions the fired rule's conditions
 * @param stagePlan the fired rule's stage plan (STAGED_RELEASE), or {@code null}
 * @param prompts conversation prompts whose showIf holds
 * @param whatWouldChange how the outcome could change (empty when incomplete)
 * @param notes expressions that failed while evaluating (treated as false), normally empty
 */
public record Recommendation(
    String engineVersion,
    String questionnaireId,
    String questionnaireVersion,
    String contentHash,
    boolean complete,
    List<String> missingRequired,
    List<String> visibleQuestions,
    List<DimensionScore> scores,
    Outcome outcome,
    FiredRule firedRule,
    List<Contribution> contributions,
    List<Condition> conditions,
    StagePlan stagePlan,
    List<PromptText> prompts,
    List<Change> whatWouldChange,
    List<String> notes) {

  public Recommendation {
    missingRequired = List.copyOf(missingRequired);
    visibleQuestions = List.copyOf(visibleQuestions);
    scores = List.copyOf(scores);
    contributions = List.copyOf(contributions);
    conditions = List.copyOf(conditions);
    prompts = List.copyOf(prompts);
    whatWouldChange = List.copyOf(whatWouldChange);
    notes = List.copyOf(notes);
  }

  /** The score of a dimension, or {@code null}. */
  public DimensionScore score(String dimension) {
    return scores.stream().filter(s -> s.dimension().equals(dimension)).findFirst().orElse(null);
  }
}
