package org.candor.identity;

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
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person who signs in. Knows its own login throttle: after {@link #FREE_ATTEMPTS} failures in a
 * row the account is locked for a period that doubles with each further failure, up to
 * {@link #MAX_LOCK}.
 */
@Entity
public class Account {

  static final int FREE_ATTEMPTS = 5;
  static final Duration FIRST_LOCK = Duration.ofSeconds(30);
  static final Duration MAX_LOCK = Duration.ofMinutes(15);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candor_seq")
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  private boolean enabled;

  @Column(name = "failed_logins")
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "preferred_language")
  private String preferredLanguage;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected Account() {}

  public Account(String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.enabled = true;
    this.createdAt = now;
  }

  /** How long the account stays locked, or zero when a login may be attempted now. */
  public Duration lockRemaining(Instant now) {
    if (lockedUntil == null || !lockedUntil.isAfter(now)) {
      return Duration.ZERO;
    }
    return Duration.between(now, lockedUntil);
  }

  public void recordFailedLogin(Instant now) {
    failedLogins++;
    int beyondFree = failedLogins - FREE_ATTEMPTS;
    if (beyondFree >= 0) {
      Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(beyondFree, 16));
      lockedUntil = now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
    }
  }

  public void recordSuccessfulLogin() {
    failedLogins = 0;
    lockedUntil = null;
  }

  public void changePassword(String newPasswordHash) {
    this.passwordHash = newPasswordHash;
    recordSuccessfulLogin();
  }

  public void rename(String newDisplayName) {
    this.displayName = newDisplayName;
  }

  public void grantRoles(Set<Role> newRoles) {
    roles.clear();
    roles.addAll(newRoles);
  }

  /** @param tag a tag of {@code platform.Language} */
  public void preferLanguage(String tag) {
    this.preferredLanguage = tag;
  }

  public void enable() {
    enabled = true;
  }

  public void disable() {
    enabled = false;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  /** The interface language this person chose, or null while the browser's preference decides. */
  public String preferredLanguage() {
    return preferredLanguage;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean enabled() {
    return enabled;
  }

  public Set<Role> roles() {
    return Set.copyOf(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public int failedLogins() {
    return failedLogins;
  }
}
