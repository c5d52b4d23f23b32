package org.candor.assessment;

import java.util.List;
import java.util.Map;
import org.candor.engine.Recommendation;
import org.candor.engine.divergence.DimensionSpread;
import org.candor.engine.divergence.QuestionDivergence;

/**
 * Where a team's round-1 answers diverge, for deliberation.
 *
 * @param questions most disputed first
 * @param members each member who submitted, with their answers and the recommendation they lead to
 * @param scoreSpread per dimension, the lowest and highest of members' scores
 */
public record TeamDivergence(List<QuestionDivergence> questions, List<Member> members, List<DimensionSpread> scoreSpread) {

  public record Member(long accountId, String displayName, Map<String, Object> answers, Recommendation recommendation) {}
}
