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

  /** k: no insight shown to the heads is computed from fewer respondents (at least 5). */
  @Column(name = "suppression_threshold", nullable = false)
  private int suppressionThreshold = 5;

  /** A finished assessment is due for re-review this many months after it finished. */
  @Column(name = "review_interval_months", nullable = false)
  private int reviewIntervalMonths = 12;

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

  /** Callers check the bounds (k at least 5, 1 to 120 months); the database refuses others too. */
  public void configureInsights(int threshold, int intervalMonths) {
    this.suppressionThreshold = threshold;
    this.reviewIntervalMonths = intervalMonths;
  }

  public int suppressionThreshold() {
    return suppressionThreshold;
  }

  public int reviewIntervalMonths() {
    return reviewIntervalMonths;
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
