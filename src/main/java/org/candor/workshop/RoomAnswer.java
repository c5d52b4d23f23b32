package org.candor.workshop;

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

/** A participant's answer to one question, as JSON; the time is kept to the hour. */
@Entity
@Table(name = "workshop_answer")
public class RoomAnswer {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candor_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "participant_id")
  private Participant participant;

  @Column(name = "question_id", nullable = false)
  private String questionId;

  @Column(name = "value_json", nullable = false)
  private String valueJson;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected RoomAnswer() {}

  RoomAnswer(Participant participant, String questionId, String valueJson, Instant hour) {
    this.participant = participant;
    this.questionId = questionId;
    this.valueJson = valueJson;
    this.answeredAt = hour;
  }

  void replace(String newValueJson, Instant hour) {
    valueJson = newValueJson;
    answeredAt = hour;
  }

  public Participant participant() { return participant; }
  public String questionId() { return questionId; }
  public String valueJson() { return valueJson; }
}
