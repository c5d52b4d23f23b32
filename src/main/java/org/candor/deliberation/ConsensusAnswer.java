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

/**
 * The team's settled answer to one question, with the lead's rationale. Its version number lets a
 * second editor find out that someone changed it in the meantime instead of overwriting them.
 */
@Entity
@Table(name = "consensus_answer")
public class ConsensusAnswer {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candor_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "assessment_id")
  private Assessment assessment;

  @Column(name = "question_id", nullable = false)
  private String questionId;

  @Column(name = "value_json", nullable = false)
  private String valueJson;

  @Column(nullable = false)
  private String rationale;

  @Column(name = "decided_by", nullable = false)
  private long decidedBy;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected ConsensusAnswer() {}

  ConsensusAnswer(Assessment assessment, String questionId, String valueJson, String rationale, long decidedBy, Instant now) {
    this.assessment = assessment;
    this.questionId = questionId;
    this.valueJson = valueJson;
    this.rationale = rationale;
    this.decidedBy = decidedBy;
    this.decidedAt = now;
  }

  void revise(String newValueJson, String newRationale, long by, Instant now) {
    valueJson = newValueJson;
    rationale = newRationale;
    decidedBy = by;
    decidedAt = now;
  }

  public String questionId() {
    return questionId;
  }

  public String valueJson() {
    return valueJson;
  }

  public String rationale() {
    return rationale;
  }

  public long decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  /** What an editor must send back to change it: the version they saw. */
  public long version() {
    return rowVersion;
  }
}
