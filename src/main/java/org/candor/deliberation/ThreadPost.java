package org.candor.deliberation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.candor.assessment.Assessment;

/** One message in a question's discussion thread. */
@Entity
@Table(name = "thread_post")
public class ThreadPost {

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
  private String body;

  @Column(name = "posted_at", nullable = false)
  private Instant postedAt;

  protected ThreadPost() {}

  ThreadPost(Assessment assessment, String questionId, long accountId, String body, Instant now) {
    this.assessment = assessment;
    this.questionId = questionId;
    this.accountId = accountId;
    this.body = body;
    this.postedAt = now;
  }

  public String questionId() {
    return questionId;
  }

  public long accountId() {
    return accountId;
  }

  public String body() {
    return body;
  }

  public Instant postedAt() {
    return postedAt;
  }
}
