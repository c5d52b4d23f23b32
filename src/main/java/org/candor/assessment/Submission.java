package org.candor.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** A member's declaration that their round-1 answers are final. */
@Entity
public class Submission {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candor_seq")
  private Long id;

  // Never read through the submission: eagerly, each query for submissions read the assessment again with its team and creator.
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "assessment_id")
  private Assessment assessment;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  protected Submission() {}

  Submission(Assessment assessment, long accountId, Instant now) {
    this.assessment = assessment;
    this.accountId = accountId;
    this.submittedAt = now;
  }

  public long accountId() {
    return accountId;
  }

  public Instant submittedAt() {
    return submittedAt;
  }
}
