package org.candor.assessment;

import java.time.Instant;
import org.candor.organisation.TeamRole;

/**
 * A participant as the team sees them during round 1: who, in which role, and whether they have
 * submitted — never what they answered.
 *
 * @param submittedAt when they submitted round 1, or {@code null}
 */
public record ParticipantStatus(long accountId, String displayName, TeamRole role, Instant submittedAt) {
  public boolean submitted() {
    return submittedAt != null;
  }
}
