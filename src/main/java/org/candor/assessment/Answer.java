package org.candor.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;

/** One participant's saved answer to one question, as JSON. */
@Entity
public class Answer {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candor_seq")
  private Long id;

  // Never read through the answer: eagerly, each query for answers read the assessment again with its team and creator.
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "assessment_id")
  private Assessment assessment;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "question_id", nullable = false)
  private String questionId;

  @Column(name = "value_json", nullable = false)
  private String valueJson;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected Answer() {}

  Answer(Assessment assessment, long accountId, String questionId, String valueJson, Instant now) {
    this.assessment = assessment;
    this.accountId = accountId;
    this.questionId = questionId;
    this.valueJson = valueJson;
    this.answeredAt = now;
  }

  /** Replaces the value; saving the same value again changes nothing, not even the time. */
  void replace(String newValueJson, Instant now) {
    if (!newValueJson.equals(valueJson)) {
      valueJson = newValueJson;
      answeredAt = now;
    }
  }

  public String questionId() {
    return questionId;
  }

  public String valueJson() {
    return valueJson;
  }

  public Instant answeredAt() {
    return answeredAt;
  }

  public long accountId() {
    return accountId;
  }
}
