package org.candor.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.candor.audit.AppendOnlyGrants;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date; the first step of {@code org.candor.StartupSequence}. With
 * {@code CANDOR_DB_MIGRATION_USER} set, migrations run as that role (the schema's owner) and the
 * application's own role only ever reads and writes rows (deploy/postgres), and only reads and
 * appends audit rows.
 */
@ApplicationScoped
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = CandorDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = DatabaseConfigSource.URL)
  String url;

  @Inject
  @ConfigProperty(name = "candor.db.migration-user")
  Optional<String> migrationUser;

  @Inject
  @ConfigProperty(name = "candor.db.migration-password")
  Optional<String> migrationPassword;

  public void migrate() {
    FluentConfiguration flyway = Flyway.configure(getClass().getClassLoader()).locations("classpath:db/migration");
    Optional<String> owner = migrationUser.map(String::trim).filter(user -> !user.isEmpty());
    if (owner.isPresent()) {
      flyway.dataSource(url, owner.get(), migrationPassword.orElse(""));
    } else {
      flyway.dataSource(dataSource);
    }
    Flyway loaded = flyway.load();
    MigrateResult result = loaded.migrate();
    try (Connection connection = loaded.getConfiguration().getDataSource().getConnection()) {
      AppendOnlyGrants.enforce(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not make the audit log append-only", e);
    }
    LOG.info(
        () ->
            "Database schema at version "
                + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion)
                + " ("
                + result.migrationsExecuted
                + " migrations applied now"
                + owner.map(user -> " as " + user).orElse("")
                + ")");
  }
}
