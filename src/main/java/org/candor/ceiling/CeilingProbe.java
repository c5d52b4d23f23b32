package org.candor.ceiling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row written by the ceiling endpoint. */
@Entity
@Table(name = "ceiling_probe")
public class CeilingProbe {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candor_seq")
  private Long id;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected CeilingProbe() {}

  CeilingProbe(Instant createdAt) {
    this.createdAt = createdAt;
  }

  Long id() {
    return id;
  }
}
