package org.candor.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Everything the server has logged during an integration test run, start-up included. The
 * Arquillian Payara Micro container copies the server process's output, line by line, to
 * {@code System.out} of the test JVM; from the start of the run (before the one server of the run
 * starts) this keeps a copy of it while still passing it on. Registered for every test run through
 * {@code META-INF/services}, it listens only where failsafe names the Payara Micro jar, so unit test
 * runs keep their output to themselves.
 */
public final class ServerLog implements LauncherSessionListener {

  private static final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private PrintStream original;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("payara.microJar") != null) {
      original = System.out;
      System.setOut(new PrintStream(new Tee(original), true, StandardCharsets.UTF_8));
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (original != null) {
      System.setOut(original);
    }
  }

  /** Where the log ends now, for {@link #awaitLine}. */
  public static int end() {
    return text().length();
  }

  /**
   * The server's log once it shows {@code expected} after position {@code since} (from
   * {@link #end}): the container forwards the server's output a moment after the server wrote it.
   */
  public static String awaitLine(String expected, int since) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!text().substring(since).contains(expected) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    return text();
  }

  /** The server's log so far. */
  public static String text() {
    synchronized (captured) {
      return captured.toString(StandardCharsets.UTF_8);
    }
  }

  private static final class Tee extends OutputStream {
    private final PrintStream passOn;

    Tee(PrintStream passOn) {
      this.passOn = passOn;
    }

    @Override
    public void write(int b) {
      synchronized (captured) {
        captured.write(b);
      }
      passOn.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      synchronized (captured) {
        captured.write(bytes, offset, length);
      }
      passOn.write(bytes, offset, length);
    }

    @Override
    public void flush() {
      passOn.flush();
    }
  }
}
