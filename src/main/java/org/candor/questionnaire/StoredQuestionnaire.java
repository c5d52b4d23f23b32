package org.candor.questionnaire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One questionnaire version as first loaded, never changed afterwards: assessments that used it
 * can always be re-evaluated against exactly this text.
 */
@Entity
@Table(name = "questionnaire_version")
public class StoredQuestionnaire {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candor_seq")
  private Long id;

  @Column(name = "questionnaire_id", nullable = false, updatable = false)
  private String questionnaireId;

  @Column(nullable = false, updatable = false)
  private String version;

  @Column(name = "content_hash", nullable = false, updatable = false)
  private String contentHash;

  @Column(nullable = false, updatable = false)
  private String title;

  @Column(nullable = false, updatable = false)
  private String origin;

  @Column(nullable = false, updatable = false)
  private String definition;

  @Column(name = "first_loaded_at", nullable = false, updatable = false)
  private Instant firstLoadedAt;

  protected StoredQuestionnaire() {}

  StoredQuestionnaire(
      String questionnaireId, String version, String contentHash, String title, String origin, String definition, Instant now) {
    this.questionnaireId = questionnaireId;
    this.version = version;
    this.contentHash = contentHash;
    this.title = title;
    this.origin = origin;
    this.definition = definition;
    this.firstLoadedAt = now;
  }

  public String questionnaireId() {
    return questionnaireId;
  }

  public String version() {
    return version;
  }

  public String contentHash() {
    return contentHash;
  }

  public String title() {
    return title;
  }

  public String origin() {
    return origin;
  }

  public String definition() {
    return definition;
  }

  public Instant firstLoadedAt() {
    return firstLoadedAt;
  }
}
