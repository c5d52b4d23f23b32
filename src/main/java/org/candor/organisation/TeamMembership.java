package org.candor.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** One account's place in a team. */
@Embeddable
public class TeamMembership {

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "team_role", nullable = false)
  private TeamRole role;

  protected TeamMembership() {}

  public TeamMembership(long accountId, TeamRole role) {
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
    return other instanceof TeamMembership m && m.accountId == accountId;
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountId);
  }
}
