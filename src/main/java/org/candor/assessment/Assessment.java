package org.candor.assessment;

import jakarta.persistence.AttributeOverride;
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
import org.candor.engine.Outcome;
import org.candor.engine.Questionnaire;
import org.candor.engine.Recommendation;
import org.candor.identity.Account;
import org.candor.insights.Quarter;
import org.candor.organisation.Member;
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
  @AttributeOverride(name = "role", column = @Column(name = "participant_role", nullable = false))
  private Set<Member> participants = new HashSet<>();

  @Column(name = "version_number", nullable = false, updatable = false)
  private int versionNumber = 1;

  @ManyToOne
  @JoinColumn(name = "previous_id", updatable = false)
  private Assessment previous;

  @Column(name = "round_closed_at")
  private Instant roundClosedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "final_outcome")
  private Outcome finalOutcome;

  @Column(name = "fired_rule_id")
  private String firedRuleId;

  @Column(name = "red_line")
  private Boolean redLine;

  @Column(name = "condition_count")
  private Integer conditionCount;

  /** {@link Quarter#code()} of finishedAt, for department insights. */
  @Column(name = "finished_quarter")
  private Integer finishedQuarter;

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
    this.participants.add(new Member(lead.id(), TeamRole.LEAD));
  }

  /**
   * The next version of a finished assessment, for when something changed: same project, team and
   * participants, the newest questionnaire version, a fresh first round.
   */
  Assessment nextVersion(Questionnaire questionnaire, Account lead, Instant now) {
    if (status != AssessmentStatus.FINISHED) {
      throw new IllegalStateException("Only a finished assessment is re-opened");
    }
    Assessment next = new Assessment(title, description, questionnaire, team, lead, now);
    next.versionNumber = versionNumber + 1;
    next.previous = this;
    participants.forEach(p -> next.participants.add(p));
    return next;
  }

  void invite(long accountId, TeamRole role) {
    participants.add(new Member(accountId, role));
  }

  /** Ends the blind round: answers become visible to the team, deliberation starts. */
  void closeRoundOne(Instant now) {
    status = AssessmentStatus.DELIBERATING;
    roundClosedAt = now;
  }

  /**
   * Records the outcome the team's consensus led to, with the rule that decided it; the assessment
   * then only changes by re-opening.
   */
  void finish(Recommendation recommendation, Instant now) {
    status = AssessmentStatus.FINISHED;
    finalOutcome = recommendation.outcome();
    firedRuleId = recommendation.firedRule().id();
    redLine = recommendation.firedRule().redLine();
    conditionCount = recommendation.conditions().size();
    finishedAt = now;
    finishedQuarter = Quarter.of(now).code();
  }

  public boolean isLead(long accountId) {
    return roleOf(accountId).orElse(null) == TeamRole.LEAD;
  }

  /** Whether members' answers are visible to the team: only once the lead has closed round 1. */
  public boolean answersRevealed() {
    return status != AssessmentStatus.OPEN;
  }

  public Optional<TeamRole> roleOf(long accountId) {
    return participants.stream().filter(p -> p.accountId() == accountId).map(Member::role).findFirst();
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

  public int versionNumber() {
    return versionNumber;
  }

  public Assessment previous() {
    return previous;
  }

  public Instant roundClosedAt() {
    return roundClosedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  /** The outcome the consensus led to when the lead finished the assessment, or {@code null}. */
  public Outcome finalOutcome() {
    return finalOutcome;
  }

  public Set<Member> participants() {
    return Set.copyOf(participants);
  }
}
