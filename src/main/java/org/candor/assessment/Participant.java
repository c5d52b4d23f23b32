package org.candor.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.candor.organisation.TeamRole;

/** An account taking part in an assessment, as its lead or as a member. */
@Embeddable
public class Participant {

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "participant_role", nullable = false)
  private TeamRole role;

  protected Participant() {}

  Participant(long accountId, TeamRole role) {
    this.accountId = accountId;
    this.role = role;
  }

  public long accountId() {
    return accountId;
  }

  public TeamRole role() {
    return role;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Participant p && p.accountId == accountId;
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountId);
  }
}
