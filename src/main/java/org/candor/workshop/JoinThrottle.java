package org.candor.workshop;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing of join codes. Per client (a key the caller chooses, such as its address,
 * kept only in memory) it allows {@code maxFailures} wrong codes and {@code maxAttempts} attempts
 * in all per window; past either, every attempt is refused until the window ends. Failures are the
 * tight limit because a whole class behind one router joins from one address.
 */
public final class JoinThrottle {

  private final int maxAttempts;
  private final int maxFailures;
  private final Duration window;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  public JoinThrottle(int maxAttempts, int maxFailures, Duration window) {
    this.maxAttempts = maxAttempts;
    this.maxFailures = maxFailures;
    this.window = window;
  }

  /** Counts an attempt and says how long the client must wait, zero when it may try now. */
  public Duration attempt(String client, Instant now) {
    forgetEnded(now);
    Window current = windows.compute(client, (key, w) -> w == null || !w.end.isAfter(now) ? new Window(now.plus(window)) : w);
    synchronized (current) {
      current.attempts++;
      return blocked(current) ? Duration.between(now, current.end) : Duration.ZERO;
    }
  }

  /** Records that the client's attempt named no open workshop; returns the wrong codes in this window. */
  public int failed(String client, Instant now) {
    Window current = windows.compute(client, (key, w) -> w == null || !w.end.isAfter(now) ? new Window(now.plus(window)) : w);
    synchronized (current) {
      return ++current.failures;
    }
  }

  private boolean blocked(Window w) {
    return w.attempts > maxAttempts || w.failures >= maxFailures;
  }

  private void forgetEnded(Instant now) {
    windows.values().removeIf(w -> !w.end.isAfter(now));
  }

  private static final class Window {
    final Instant end;
    int attempts;
    int failures;

    Window(Instant end) {
      this.end = end;
    }
  }
}
