package org.candor;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.candor.engine.Catalog;
import org.candor.identity.AdminBootstrap;
import org.candor.insights.ConcerningOptions;
import org.candor.platform.DatabaseMigration;
import org.candor.questionnaire.DefinitionLoading;

/**
 * What happens before Candor serves its first request, in this order: the schema is migrated, the
 * first administrator exists, the questionnaires are stored (they are compiled meanwhile).
 */
@WebListener
public class StartupSequence implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());
  private static final int ATTEMPTS = 3;

  @Inject DatabaseMigration migration;
  @Inject AdminBootstrap adminBootstrap;
  @Inject DefinitionLoading definitions;
  @Inject ConcerningOptions concerningOptions;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    CompletableFuture<Catalog> definitionFiles = definitions.startCompiling(event.getServletContext());
    migration.migrate();
    untilNoConcurrentNodeInterferes(
        "create the first administrator", () -> adminBootstrap.createFirstAdmin().ifPresent(AdminBootstrap.FirstAdmin::announce));
    untilNoConcurrentNodeInterferes("store new questionnaire versions", () -> definitions.store(definitionFiles));
    untilNoConcurrentNodeInterferes("record which answers insights count as concerning", concerningOptions::recordMissing);
  }

  /**
   * Several instances starting together on an empty database (a Kubernetes Deployment) all try to
   * insert the same first rows; all but one fail on a unique constraint. Each step only adds what is
   * missing, so running it again after the winner committed succeeds.
   */
  private static void untilNoConcurrentNodeInterferes(String step, Runnable transactionalStep) {
    for (int attempt = 1; ; attempt++) {
      try {
        transactionalStep.run();
        return;
      } catch (RuntimeException e) {
        if (attempt == ATTEMPTS || !isDatabaseConflict(e)) {
          throw e;
        }
        LOG.warning(() -> "Could not " + step + " (another instance starting at the same time?): " + e + "; trying again");
        pause(ThreadLocalRandom.current().nextLong(500, 2_000));
      }
    }
  }

  private static boolean isDatabaseConflict(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.sql.SQLException
          || cause instanceof jakarta.persistence.PersistenceException
          || cause instanceof jakarta.transaction.RollbackException) {
        return true;
      }
    }
    return false;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while starting", e);
    }
  }
}
