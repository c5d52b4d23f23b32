package org.candor.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.Session;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * The save target of issue 11 as an open model: saves arrive at a constant rate of half the
 * ceiling's throughput measured on the same server just before (its report is passed as
 * load.ceilingReport), spread over the scenario's users, whether or not earlier saves have been
 * answered. Latency then measures the server at that load, not a queue the users keep full. Smoke
 * runs offer a small fixed rate.
 *
 * <p>Counts the saves answered and their span, so the rate the server kept up with is reported
 * beside the rate offered, with the server's CPU time per save over the same span.
 */
final class HalfCeiling {

  static final double SHARE_OF_CEILING = 0.5;
  private static final double SMOKE_PER_SECOND = 10;
  static final Duration DURATION = Duration.ofSeconds(LoadSettings.size(3, 30));

  private final double ceilingPerSecond;
  private final double offeredPerSecond;
  private final AtomicLong answered = new AtomicLong();
  private final AtomicLong firstSentNanos = new AtomicLong(Long.MAX_VALUE);
  private final AtomicLong lastAnsweredNanos = new AtomicLong(Long.MIN_VALUE);
  private volatile OptionalLong cpuAtFirstSend = OptionalLong.empty();
  private volatile OptionalLong cpuAtLastAnswer = OptionalLong.empty();

  private HalfCeiling(double ceilingPerSecond, double offeredPerSecond) {
    this.ceilingPerSecond = ceilingPerSecond;
    this.offeredPerSecond = offeredPerSecond;
  }

  /** Half the ceiling of this run in a full run; the smoke rate otherwise. */
  static HalfCeiling ofThisRun() {
    String report = System.getProperty("load.ceilingReport");
    if (!LoadSettings.FULL) {
      return new HalfCeiling(0, SMOKE_PER_SECOND);
    }
    if (report == null) {
      throw new IllegalStateException("A full run needs the ceiling's report (load.ceilingReport): run it with deploy/load/load.sh");
    }
    try {
      double ceiling = LoadSummary.perSecond(Path.of(report));
      return new HalfCeiling(ceiling, SHARE_OF_CEILING * ceiling);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A feeder of the n-th save's attributes, computed only when that save is sent: the data it
   * needs may be made by an earlier phase of the same run.
   */
  static Iterator<Map<String, Object>> feeder(IntFunction<Map<String, Object>> nthSave) {
    AtomicInteger next = new AtomicInteger();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Map<String, Object> next() {
        return nthSave.apply(next.getAndIncrement());
      }
    };
  }

  OpenInjectionStep injection() {
    return constantUsersPerSec(offeredPerSecond).during(DURATION);
  }

  /** Call just before a save is sent. */
  Session sending(Session session) {
    long now = System.nanoTime();
    if (firstSentNanos.compareAndSet(Long.MAX_VALUE, now)) {
      cpuAtFirstSend = ServerCpu.millis();
    }
    return session;
  }

  /** Call when a save has been answered as expected. */
  Session answered(Session session) {
    answered.incrementAndGet();
    lastAnsweredNanos.accumulateAndGet(System.nanoTime(), Math::max);
    cpuAtLastAnswer = ServerCpu.millis();
    return session;
  }

  /** Offered and achieved saves per second, the ratio to the ceiling, and server CPU per save. */
  JsonObject figures() {
    long saves = answered.get();
    double seconds = saves == 0 ? 0 : (lastAnsweredNanos.get() - firstSentNanos.get()) / 1e9;
    double achieved = seconds > 0 ? saves / seconds : 0;
    JsonObjectBuilder figures = Json.createObjectBuilder()
        .add("offeredPerSecond", round(offeredPerSecond))
        .add("savesAnswered", saves)
        .add("achievedPerSecond", round(achieved));
    if (ceilingPerSecond > 0) {
      figures.add("ceilingPerSecond", round(ceilingPerSecond)).add("achievedRatioToCeiling", Math.round(achieved / ceilingPerSecond * 1000) / 1000.0);
    }
    if (saves > 0 && cpuAtFirstSend.isPresent() && cpuAtLastAnswer.isPresent()) {
      figures.add("serverCpuMsPerSave", round((double) (cpuAtLastAnswer.getAsLong() - cpuAtFirstSend.getAsLong()) / saves));
    }
    return figures.build();
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
