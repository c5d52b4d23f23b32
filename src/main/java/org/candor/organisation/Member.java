package org.candor.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * An account with its role, lead or member: in a team, and in an assessment the team runs (where
 * the role is kept in its own column, since it can differ from the team's later).
 */
@Embeddable
public class Member {

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "team_role", nullable = false)
  private TeamRole role;

  protected Member() {}

  public Member(long accountId, TeamRole role) {
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
    return other instanceof Member m && m.accountId == accountId;
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountId);
  }
}
