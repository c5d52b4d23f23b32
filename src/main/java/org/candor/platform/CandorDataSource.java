package org.candor.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** The application's one datasource; its settings come from {@link DatabaseConfigSource}. */
@DataSourceDefinition(
    name = CandorDataSource.JNDI_NAME,
    className = "${MPCONFIG=candor.db.datasource-class}",
    url = "${MPCONFIG=candor.db.url}",
    user = "${MPCONFIG=candor.db.user}",
    password = "${MPCONFIG=candor.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32)
@ApplicationScoped
public class CandorDataSource {
  public static final String JNDI_NAME = "java:app/jdbc/candor";
}
