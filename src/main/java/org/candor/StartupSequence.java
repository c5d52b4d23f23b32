package org.candor;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.candor.identity.AdminBootstrap;
import org.candor.platform.DatabaseMigration;
import org.candor.questionnaire.DefinitionLoading;

/**
 * What happens before Candor serves its first request, in this order: the schema is migrated, the
 * first administrator exists, the questionnaires are loaded.
 */
@WebListener
public class StartupSequence implements ServletContextListener {

  @Inject DatabaseMigration migration;
  @Inject AdminBootstrap adminBootstrap;
  @Inject DefinitionLoading definitions;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    migration.migrate();
    adminBootstrap.createFirstAdmin();
    definitions.loadAll(event.getServletContext());
  }
}
