package org.candor.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.candor.audit.AuditActor;
import org.candor.audit.AuditLog;

/** Issues, authenticates, lists and revokes personal API tokens. */
@ApplicationScoped
public class ApiTokens {

  /** Tokens carry 256 random bits, so a fast hash is enough: there is nothing to guess. */
  private static final int SECRET_BYTES = 32;

  public static final String PREFIX = "cnd_";
  public static final int MAX_DAYS = 365;

  private final SecureRandom random = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;
  @Inject Clock clock;
  // Through the container, so that recordUse runs in its own transaction
  @Inject ApiTokens self;

  public record Issued(ApiToken token, String secret) {}

  @Transactional
  public Issued issue(Account account, String name, int validDays) {
    byte[] bytes = new byte[SECRET_BYTES];
    random.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant();
    Account managed = em.merge(account);
    ApiToken token = new ApiToken(managed, name, sha256(secret), now, now.plus(Duration.ofDays(validDays)));
    em.persist(token);
    audit.record(AuditActor.of(managed), "token.issue", "token", token.id(), "valid " + validDays + " days");
    return new Issued(token, secret);
  }

  /**
   * The account of a usable token. Only a read: the time of use is written, in a transaction of
   * its own, when it is due (at most once a minute); a transaction around every authentication
   * was a tenth of an API answer save's CPU.
   */
  public Optional<Account> authenticate(String secret) {
    if (secret == null || !secret.startsWith(PREFIX)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<ApiToken> usable = em.createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
        .setParameter("h", sha256(secret))
        .getResultStream()
        .findFirst()
        .filter(token -> token.usableAt(now));
    usable.filter(token -> token.useDue(now)).ifPresent(token -> self.recordUse(token.id(), now));
    return usable.map(ApiToken::account);
  }

  @Transactional
  public void recordUse(long tokenId, Instant now) {
    ApiToken token = em.find(ApiToken.class, tokenId);
    if (token != null) {
      token.usedAt(now);
    }
  }

  public List<ApiToken> of(Account account) {
    return em.createQuery(
            "select t from ApiToken t where t.account.id = :a order by t.createdAt desc, t.id desc", ApiToken.class)
        .setParameter("a", account.id())
        .getResultList();
  }

  /** Revokes one of the account's own tokens; false when the account has no such token. */
  @Transactional
  public boolean revoke(Account account, long tokenId) {
    ApiToken token = em.find(ApiToken.class, tokenId);
    if (token == null || !token.account().id().equals(account.id())) {
      return false;
    }
    token.revoke(clock.instant());
    audit.record(AuditActor.of(account), "token.revoke", "token", tokenId, null);
    return true;
  }

  static String sha256(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
