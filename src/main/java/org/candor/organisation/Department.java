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
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

/** An organisational unit whose head reviews its teams' aggregated results. */
@Entity
public class Department {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candor_seq")
  private Long id;

  @Column(nullable = false, unique = true)
  private String name;

  private String description;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "department_head", joinColumns = @JoinColumn(name = "department_id"))
  @Column(name = "account_id")
  private Set<Long> headIds = new HashSet<>();

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected Department() {}

  public Department(String name, String description) {
    this.name = name;
    this.description = description;
  }

  public void describe(String newName, String newDescription) {
    this.name = newName;
    this.description = newDescription;
  }

  public void appointHeads(Set<Long> accountIds) {
    headIds.clear();
    headIds.addAll(accountIds);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public Set<Long> headIds() {
    return Set.copyOf(headIds);
  }
}
