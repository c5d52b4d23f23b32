package org.candor.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code idempotency_key} table. Every statement commits on its own, outside any business
 * transaction, so that a claim is visible to a concurrent duplicate on any node at once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class IdempotencyStore {

  /** SQLSTATE of a unique or primary key violation, the same in PostgreSQL and H2. */
  private static final String UNIQUE_VIOLATION = "23505";

  @Resource(lookup = CandorDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Inject Clock clock;

  /** What a key already holds: a finished response, or a claim that is still running. */
  public record Stored(String requestHash, Integer status, String type, byte[] body) {
    public boolean finished() {
      return status != null;
    }
  }

  /** Claims the key for a first run; empty when it was free, else what it already holds. */
  public Optional<Stored> claim(String caller, String key, String requestHash) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO idempotency_key (caller, idempotency_key, request_hash, claimed_at) VALUES (?, ?, ?, ?)")) {
      insert.setString(1, caller);
      insert.setString(2, key);
      insert.setString(3, requestHash);
      insert.setTimestamp(4, Timestamp.from(clock.instant()));
      insert.executeUpdate();
      return Optional.empty();
    } catch (SQLException e) {
      if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw e;
      }
    }
    return Optional.of(find(caller, key).orElseThrow(() -> new SQLException("idempotency key vanished: " + key)));
  }

  /**
   * Takes over a claim older than the lease: its request died with its node (or outlived the
   * lease), so the retry runs the request again. True when this caller now owns the claim.
   */
  public boolean takeOverAbandoned(String caller, String key, String requestHash, Duration lease) throws SQLException {
    Instant now = clock.instant();
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE idempotency_key SET claimed_at = ? WHERE caller = ? AND idempotency_key = ?"
                    + " AND request_hash = ? AND response_status IS NULL AND claimed_at < ?")) {
      update.setTimestamp(1, Timestamp.from(now));
      update.setString(2, caller);
      update.setString(3, key);
      update.setString(4, requestHash);
      update.setTimestamp(5, Timestamp.from(now.minus(lease)));
      return update.executeUpdate() == 1;
    }
  }

  public void complete(String caller, String key, int status, String type, byte[] body) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE idempotency_key SET response_status = ?, response_type = ?, response_body = ?, completed_at = ?"
                    + " WHERE caller = ? AND idempotency_key = ? AND response_status IS NULL")) {
      update.setInt(1, status);
      update.setString(2, type);
      update.setString(3, body == null ? null : new String(body, StandardCharsets.UTF_8));
      update.setTimestamp(4, Timestamp.from(clock.instant()));
      update.setString(5, caller);
      update.setString(6, key);
      update.executeUpdate();
    }
  }

  /** Frees a claim whose request failed on our side, so that a retry runs it again. */
  public void release(String caller, String key) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete =
            c.prepareStatement(
                "DELETE FROM idempotency_key WHERE caller = ? AND idempotency_key = ? AND response_status IS NULL")) {
      delete.setString(1, caller);
      delete.setString(2, key);
      delete.executeUpdate();
    }
  }

  private Optional<Stored> find(String caller, String key) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT request_hash, response_status, response_type, response_body FROM idempotency_key"
                    + " WHERE caller = ? AND idempotency_key = ?")) {
      select.setString(1, caller);
      select.setString(2, key);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        int status = row.getInt(2);
        Integer finished = row.wasNull() ? null : status;
        String body = row.getString(4);
        return Optional.of(
            new Stored(row.getString(1), finished, row.getString(3), body == null ? null : body.getBytes(StandardCharsets.UTF_8)));
      }
    }
  }
}
