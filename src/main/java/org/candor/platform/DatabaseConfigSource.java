package org.candor.platform;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the datasource settings for {@link CandorDataSource}, derived from the environment an
 * operator sets: {@code CANDOR_DB_URL} (plus user and password) selects PostgreSQL, otherwise an
 * embedded H2 file under {@code CANDOR_DATA_DIR} (default {@code ./data}). The datasource class is
 * derived from the URL so that operators never have to name a driver class.
 */
public class DatabaseConfigSource implements ConfigSource {

  static final String URL = "candor.db.url";
  static final String USER = "candor.db.user";
  static final String PASSWORD = "candor.db.password";
  static final String DATASOURCE_CLASS = "candor.db.datasource-class";

  private static final String H2_DATASOURCE = "org.h2.jdbcx.JdbcDataSource";
  private static final String POSTGRES_DATASOURCE = "org.postgresql.ds.PGSimpleDataSource";

  private final Map<String, String> properties;

  public DatabaseConfigSource() {
    this(System.getenv(), System.getProperties());
  }

  DatabaseConfigSource(Map<String, String> environment, java.util.Properties systemProperties) {
    this.properties = derive(environment, systemProperties);
  }

  private static Map<String, String> derive(Map<String, String> env, java.util.Properties sys) {
    String url = firstPresent(sys.getProperty(URL), env.get("CANDOR_DB_URL"));
    Map<String, String> derived = new HashMap<>();
    if (url == null) {
      String dataDir = firstPresent(sys.getProperty("candor.data.dir"), env.get("CANDOR_DATA_DIR"));
      Path file = Path.of(dataDir == null ? "data" : dataDir).toAbsolutePath().normalize();
      // AUTO_SERVER lets an operator open the live database with the H2 shell for inspection.
      url = "jdbc:h2:file:" + file.resolve("candor") + ";AUTO_SERVER=TRUE";
      derived.put(USER, "candor");
      derived.put(PASSWORD, "candor");
    } else {
      derived.put(USER, orEmpty(firstPresent(sys.getProperty(USER), env.get("CANDOR_DB_USER"))));
      derived.put(
          PASSWORD, orEmpty(firstPresent(sys.getProperty(PASSWORD), env.get("CANDOR_DB_PASSWORD"))));
    }
    derived.put(URL, url);
    derived.put(DATASOURCE_CLASS, url.startsWith("jdbc:postgresql:") ? POSTGRES_DATASOURCE : H2_DATASOURCE);
    return Map.copyOf(derived);
  }

  private static String firstPresent(String first, String second) {
    if (first != null && !first.isBlank()) {
      return first.trim();
    }
    return second != null && !second.isBlank() ? second.trim() : null;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  /** Above the environment (300): the raw variables must not shadow the derived, complete values. */
  @Override
  public int getOrdinal() {
    return 350;
  }

  @Override
  public Set<String> getPropertyNames() {
    return properties.keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return properties.get(propertyName);
  }

  @Override
  public String getName() {
    return "candor-database";
  }

  /** True when the embedded H2 database is in use. */
  public boolean embedded() {
    return properties.get(DATASOURCE_CLASS).equals(H2_DATASOURCE);
  }
}
