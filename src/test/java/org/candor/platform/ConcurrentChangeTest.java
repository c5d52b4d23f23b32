package org.candor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class ConcurrentChangeTest {

  @Test
  void aLostOptimisticLockDeepInTheCommitFailureIsAConflict() {
    var rollback = new jakarta.transaction.RollbackException("rolled back");
    rollback.initCause(new OptimisticLockException("row changed"));
    RuntimeException commitFailure = new RuntimeException("commit failed", rollback);
    assertThat(ProblemResponses.isConcurrentChange(commitFailure)).isTrue();
  }

  @Test
  void aDuplicateUniqueRowIsAConflictOnH2AndPostgres() {
    assertThat(ProblemResponses.isConcurrentChange(
        new PersistenceException(new SQLIntegrityConstraintViolationException("duplicate key")))).isTrue();
    assertThat(ProblemResponses.isConcurrentChange(
        new PersistenceException(new SQLException("duplicate key value violates unique constraint", "23505")))).isTrue();
  }

  @Test
  void otherFailuresStayServerErrors() {
    assertThat(ProblemResponses.isConcurrentChange(new IllegalStateException("bug"))).isFalse();
    assertThat(ProblemResponses.isConcurrentChange(
        new PersistenceException(new SQLException("connection refused", "08001")))).isFalse();
  }
}
