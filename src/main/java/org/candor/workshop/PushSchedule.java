package org.candor.workshop;

/**
 * Keeps one workshop's pushes in single file: at most one runs at a time, and every change that
 * arrives while it runs is folded into exactly one more push after it. Without this, a burst of
 * answers started a push per commit on as many threads, each counting the same answers again.
 */
final class PushSchedule {

  private boolean running;
  private boolean changedSinceStart;

  /** @return whether the caller must start pushing; false when the running push will show this change */
  synchronized boolean changed() {
    if (running) {
      changedSinceStart = true;
      return false;
    }
    running = true;
    return true;
  }

  /** Called as a push starts reading: it covers every change until now. */
  synchronized void starting() {
    changedSinceStart = false;
  }

  /** @return whether changes arrived during the last push or the pause after it, so that another must follow */
  synchronized boolean finished() {
    running = changedSinceStart;
    return running;
  }

  /** The push could not run (or failed unexpectedly): the next change starts a new one. */
  synchronized void abandon() {
    running = false;
  }
}
