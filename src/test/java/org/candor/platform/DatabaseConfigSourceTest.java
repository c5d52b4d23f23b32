package org.candor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DatabaseConfigSourceTest {

  @Test
  void withoutADatabaseUrlItIsAnEmbeddedH2FileUnderTheDataDirectory() {
    DatabaseConfigSource config = new DatabaseConfigSource(Map.of("CANDOR_DATA_DIR", "/var/lib/candor"), new Properties());
    assertThat(config.getValue(DatabaseConfigSource.URL)).isEqualTo("jdbc:h2:file:/var/lib/candor/candor;AUTO_SERVER=TRUE");
    assertThat(config.getValue(DatabaseConfigSource.DATASOURCE_CLASS)).isEqualTo("org.h2.jdbcx.JdbcDataSource");
    assertThat(config.embedded()).isTrue();
  }

  @Test
  void theDefaultDataDirectoryIsDataInTheWorkingDirectory() {
    DatabaseConfigSource config = new DatabaseConfigSource(Map.of(), new Properties());
    String expected = Path.of("data").toAbsolutePath().normalize().resolve("candor").toString();
    assertThat(config.getValue(DatabaseConfigSource.URL)).isEqualTo("jdbc:h2:file:" + expected + ";AUTO_SERVER=TRUE");
  }

  @Test
  void aPostgresUrlSelectsThePostgresDataSourceWithTheGivenCredentials() {
    DatabaseConfigSource config =
        new DatabaseConfigSource(
            Map.of("CANDOR_DB_URL", "jdbc:postgresql://db:5432/candor", "CANDOR_DB_USER", "candor", "CANDOR_DB_PASSWORD", "s3cret"),
            new Properties());
    assertThat(config.getValue(DatabaseConfigSource.URL)).isEqualTo("jdbc:postgresql://db:5432/candor");
    assertThat(config.getValue(DatabaseConfigSource.DATASOURCE_CLASS)).isEqualTo("org.postgresql.ds.PGSimpleDataSource");
    assertThat(config.getValue(DatabaseConfigSource.USER)).isEqualTo("candor");
    assertThat(config.getValue(DatabaseConfigSource.PASSWORD)).isEqualTo("s3cret");
    assertThat(config.embedded()).isFalse();
  }

  @Test
  void aBlankUrlCountsAsUnsetAndSystemPropertiesWinOverTheEnvironment() {
    Properties system = new Properties();
    system.setProperty("candor.data.dir", "/srv/candor");
    DatabaseConfigSource config = new DatabaseConfigSource(Map.of("CANDOR_DB_URL", "  ", "CANDOR_DATA_DIR", "/ignored"), system);
    assertThat(config.getValue(DatabaseConfigSource.URL)).startsWith("jdbc:h2:file:/srv/candor/candor");
  }

  @Test
  void itOutranksTheRawEnvironmentVariables() {
    assertThat(new DatabaseConfigSource(Map.of(), new Properties()).getOrdinal()).isGreaterThan(300);
  }
}
