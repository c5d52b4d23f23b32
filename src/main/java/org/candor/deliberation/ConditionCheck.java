package org.candor.deliberation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.candor.assessment.Assessment;

/** Where the team stands on one condition of its recommendation: done or not, with a note. */
@Entity
@Table(name = "condition_check")
public class ConditionCheck {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candor_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "assessment_id")
  private Assessment assessment;

  @Column(name = "condition_id", nullable = false)
  private String conditionId;

  @Column(nullable = false)
  private boolean done;

  private String note;

  @Column(name = "checked_by", nullable = false)
  private long checkedBy;

  @Column(name = "checked_at", nullable = false)
  private Instant checkedAt;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected ConditionCheck() {}

  ConditionCheck(Assessment assessment, String conditionId) {
    this.assessment = assessment;
    this.conditionId = conditionId;
  }

  void record(boolean isDone, String newNote, long by, Instant now) {
    done = isDone;
    note = newNote;
    checkedBy = by;
    checkedAt = now;
  }

  public String conditionId() {
    return conditionId;
  }

  public boolean done() {
    return done;
  }

  public String note() {
    return note;
  }

  public long checkedBy() {
    return checkedBy;
  }

  public Instant checkedAt() {
    return checkedAt;
  }

  /** What a member must send back to change it: the version they saw. */
  public long version() {
    return rowVersion;
  }
}
