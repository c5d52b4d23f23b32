package org.candor.assessment;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.candor.engine.Questionnaire;
import org.candor.identity.Account;
import org.candor.organisation.Team;
import org.candor.organisation.TeamRole;

/**
 * A project's assessment with one exact questionnaire version (its content hash is kept, so the
 * recommendation can always be reproduced).
 */
@Entity
public class Assessment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candor_seq")
  private Long id;

  @Column(nullable = false)
  private String title;

  private String description;

  @Column(name = "questionnaire_id", nullable = false, updatable = false)
  private String questionnaireId;

  @Column(name = "questionnaire_version", nullable = false, updatable = false)
  private String questionnaireVersion;

  @Column(name = "content_hash", nullable = false, updatable = false)
  private String contentHash;

  @ManyToOne
  @JoinColumn(name = "team_id")
  private Team team;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AssessmentStatus status;

  @ManyToOne(optional = false)
  @JoinColumn(name = "created_by")
  private Account createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "assessment_participant", joinColumns = @JoinColumn(name = "assessment_id"))
  private Set<Participant> participants = new HashSet<>();

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected Assessment() {}

  Assessment(String title, String description, Questionnaire questionnaire, Team team, Account lead, Instant now) {
    this.title = title;
    this.description = description;
    this.questionnaireId = questionnaire.id();
    this.questionnaireVersion = questionnaire.version();
    this.contentHash = questionnaire.contentHash();
    this.team = team;
    this.status = AssessmentStatus.OPEN;
    this.createdBy = lead;
    this.createdAt = now;
    this.participants.add(new Participant(lead.id(), TeamRole.LEAD));
  }

  void invite(long accountId, TeamRole role) {
    participants.add(new Participant(accountId, role));
  }

  public Optional<TeamRole> roleOf(long accountId) {
    return participants.stream().filter(p -> p.accountId() == accountId).map(Participant::role).findFirst();
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public String questionnaireId() {
    return questionnaireId;
  }

  public String questionnaireVersion() {
    return questionnaireVersion;
  }

  public String contentHash() {
    return contentHash;
  }

  public Team team() {
    return team;
  }

  public AssessmentStatus status() {
    return status;
  }

  public Account createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Set<Participant> participants() {
    return Set.copyOf(participants);
  }
}
