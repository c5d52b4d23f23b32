package org.candor.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Someone in the room, known only by a pseudonym and the hash of the token in their browser's
 * cookie. Nothing here identifies them; the join time is kept to the hour.
 */
@Entity
@Table(name = "workshop_participant")
public class Participant {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candor_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "workshop_id")
  private Workshop workshop;

  @Column(nullable = false)
  private String pseudonym;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @Column(name = "joined_at", nullable = false)
  private Instant joinedAt;

  protected Participant() {}

  Participant(Workshop workshop, String pseudonym, String tokenHash, Instant hour) {
    this.workshop = workshop;
    this.pseudonym = pseudonym;
    this.tokenHash = tokenHash;
    this.joinedAt = hour;
  }

  public Long id() { return id; }
  public Workshop workshop() { return workshop; }
  public String pseudonym() { return pseudonym; }
}
