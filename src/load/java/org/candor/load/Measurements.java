package org.candor.load;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** Figures a simulation measures itself, merged by deploy/load/load.sh into the run's summary.json. */
final class Measurements {

  private Measurements() {}

  static void write(JsonObject figures) {
    try {
      Files.createDirectories(LoadSettings.WORK_DIR);
      Files.writeString(LoadSettings.WORK_DIR.resolve("measurements.json"), figures.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value at the given percentile (0–100) of sorted values, nearest rank. */
  static long percentile(long[] sorted, double percentile) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(percentile / 100 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
