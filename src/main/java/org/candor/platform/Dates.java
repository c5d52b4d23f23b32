package org.candor.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Moments as pages show them: to the minute, in UTC, the same for every viewer. */
@Named("dates")
@ApplicationScoped
public class Dates {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  public String format(Instant instant) {
    return instant == null ? "" : MINUTES.format(instant);
  }
}
