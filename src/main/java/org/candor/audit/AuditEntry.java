package org.candor.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the audit log. Immutable: no column is updatable, and nothing in Candor removes a
 * row (on PostgreSQL the application's role may not, see {@code DatabaseMigration}).
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candor_seq")
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(name = "actor_account_id", updatable = false)
  private Long actorAccountId;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(name = "object_type", nullable = false, updatable = false)
  private String objectType;

  @Column(name = "object_id", updatable = false)
  private String objectId;

  @Column(updatable = false)
  private String detail;

  protected AuditEntry() {}

  AuditEntry(Instant occurredAt, AuditActor actor, String action, String objectType, String objectId, String detail) {
    this.occurredAt = occurredAt;
    this.actor = actor.name();
    this.actorAccountId = actor.accountId();
    this.action = action;
    this.objectType = objectType;
    this.objectId = objectId;
    this.detail = detail;
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public Long actorAccountId() {
    return actorAccountId;
  }

  public String action() {
    return action;
  }

  public String objectType() {
    return objectType;
  }

  public String objectId() {
    return objectId;
  }

  public String detail() {
    return detail;
  }
}
