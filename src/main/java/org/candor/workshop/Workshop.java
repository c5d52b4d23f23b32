package org.candor.workshop;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A live workshop session: its facilitator, join code, questionnaire, optional case and progress. */
@Entity
public class Workshop {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candor_seq")
  private Long id;

  @Column(name = "join_code", nullable = false)
  private String joinCode;

  @Column(name = "facilitator_id", nullable = false)
  private long facilitatorId;

  @Column(name = "questionnaire_id", nullable = false)
  private String questionnaireId;

  @Column(name = "questionnaire_version", nullable = false)
  private String questionnaireVersion;

  @Column(name = "case_id")
  private String caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Pace pace;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private WorkshopStatus status;

  @Column(name = "current_question", nullable = false)
  private int currentQuestion;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "workshop_revealed", joinColumns = @JoinColumn(name = "workshop_id"))
  @Column(name = "question_id")
  private Set<String> revealed = new HashSet<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected Workshop() {}

  Workshop(String joinCode, long facilitatorId, String questionnaireId, String questionnaireVersion, String caseId, Pace pace, Instant now) {
    this.joinCode = joinCode;
    this.facilitatorId = facilitatorId;
    this.questionnaireId = questionnaireId;
    this.questionnaireVersion = questionnaireVersion;
    this.caseId = caseId;
    this.pace = pace;
    this.status = WorkshopStatus.OPEN;
    this.createdAt = now;
  }

  void moveTo(int questionIndex) {
    currentQuestion = questionIndex;
  }

  void reveal(String questionId) {
    revealed.add(questionId);
  }

  void end(Instant now) {
    status = WorkshopStatus.ENDED;
    endedAt = now;
  }

  public boolean open() {
    return status == WorkshopStatus.OPEN;
  }

  public boolean isRevealed(String questionId) {
    return revealed.contains(questionId);
  }

  public Long id() { return id; }
  public String joinCode() { return joinCode; }
  public long facilitatorId() { return facilitatorId; }
  public String questionnaireId() { return questionnaireId; }
  public String questionnaireVersion() { return questionnaireVersion; }
  public String caseId() { return caseId; }
  public Pace pace() { return pace; }
  public WorkshopStatus status() { return status; }
  public int currentQuestion() { return currentQuestion; }
  public Instant createdAt() { return createdAt; }
  public Instant endedAt() { return endedAt; }
}
