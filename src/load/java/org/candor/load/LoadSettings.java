package org.candor.load;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;

/** What deploy/load/load.sh passes to every simulation as system properties. */
final class LoadSettings {

  private LoadSettings() {}

  static final String BASE_URL = System.getProperty("load.baseUrl", "http://127.0.0.1:8105");
  /** "smoke" (a handful of users for seconds, in CI) or "full" (the run the README reports). */
  static final boolean FULL = "full".equals(System.getProperty("load.size", "smoke"));
  /** Where a simulation leaves measurements.json, merged into the run's summary. */
  static final Path WORK_DIR = Path.of(System.getProperty("load.workDir", "target/load"));

  static int size(int smoke, int full) {
    return FULL ? full : smoke;
  }

  static URL baseUrl() {
    try {
      return URI.create(BASE_URL).toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(BASE_URL, e);
    }
  }
}
