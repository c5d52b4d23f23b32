package org.candor.deliberation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.candor.assessment.Assessment;

/** A member's recorded disagreement with the consensus on one question; it travels into the report. */
@Entity
public class Dissent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candor_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "assessment_id")
  private Assessment assessment;

  @Column(name = "question_id", nullable = false)
  private String questionId;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(nullable = false)
  private String statement;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Dissent() {}

  Dissent(Assessment assessment, String questionId, long accountId, String statement, Instant now) {
    this.assessment = assessment;
    this.questionId = questionId;
    this.accountId = accountId;
    this.statement = statement;
    this.recordedAt = now;
  }

  public String questionId() {
    return questionId;
  }

  public long accountId() {
    return accountId;
  }

  public String statement() {
    return statement;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
