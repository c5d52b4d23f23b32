package org.candor.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one clock every service reads, so that time is a dependency and never a hidden global. */
@ApplicationScoped
public class Clocks {

  @Produces
  @Singleton
  Clock systemClock() {
    return Clock.systemUTC();
  }
}
