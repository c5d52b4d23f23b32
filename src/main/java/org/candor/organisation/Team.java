package org.candor.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** A research team within a department: its leads run assessments, its members answer them. */
@Entity
public class Team {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candor_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "department_id")
  private Department department;

  @Column(nullable = false)
  private String name;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
  private Set<Member> members = new HashSet<>();

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected Team() {}

  public Team(Department department, String name) {
    this.department = department;
    this.name = name;
  }

  /** Adds the account, or changes its role if it is already in the team. */
  public void enrol(long accountId, TeamRole role) {
    members.remove(new Member(accountId, role));
    members.add(new Member(accountId, role));
  }

  public void remove(long accountId) {
    members.removeIf(m -> m.accountId() == accountId);
  }

  public Optional<TeamRole> roleOf(long accountId) {
    return members.stream().filter(m -> m.accountId() == accountId).map(Member::role).findFirst();
  }

  public void rename(String newName) {
    this.name = newName;
  }

  public Long id() {
    return id;
  }

  public Department department() {
    return department;
  }

  public String name() {
    return name;
  }

  public Set<Member> members() {
    return Set.copyOf(members);
  }
}
