package org.candor.workshop;

import java.time.Instant;
import java.util.List;
import org.candor.engine.Case;
import org.candor.engine.CaseSource;
import org.candor.engine.Outcome;
import org.candor.engine.Recommendation;

/**
 * A workshop's results as the summary page, the API and the exports show them: the live tallies
 * (under the same threshold), the room's recommendation and, with a case, what actually happened.
 */
public record WorkshopSummary(
    long id,
    String questionnaireTitle,
    String questionnaireId,
    String questionnaireVersion,
    Pace pace,
    WorkshopStatus status,
    Instant createdAt,
    Instant endedAt,
    LiveState live,
    Verdict room,
    CaseOutcome caseOutcome) {

  /**
   * A recommendation in brief. {@code complete} is false when too few participants answered the
   * required questions for the room to have an answer to each.
   */
  public record Verdict(boolean complete, Outcome outcome, String reason) {
    public static Verdict of(Recommendation recommendation) {
      return new Verdict(
          recommendation.complete(),
          recommendation.outcome(),
          recommendation.firedRule() == null ? null : recommendation.firedRule().reason());
    }
  }

  /** What actually happened in the case, to set beside the room's recommendation. */
  public record CaseOutcome(
      String id, String title, String scenario, Outcome expected, String whatHappened, String justification, List<CaseSource> sources) {
    public static CaseOutcome of(Case c) {
      return new CaseOutcome(c.id(), c.title(), c.scenario(), c.expected().outcome(), c.whatHappened(), c.justification(), c.sources());
    }
  }
}
