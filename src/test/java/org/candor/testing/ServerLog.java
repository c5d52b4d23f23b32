package org.candor.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Everything the server logs while a test class runs. The Arquillian Payara Micro container copies
 * the server process's output, line by line, to {@code System.out} of the test JVM; registered
 * before {@code ArquillianExtension} (so before the server starts), this keeps a copy of it while
 * still passing it on. {@code @ExtendWith({ServerLog.class, ArquillianExtension.class})}.
 */
public final class ServerLog implements BeforeAllCallback, AfterAllCallback {

  private static final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private static PrintStream original;

  @Override
  public void beforeAll(ExtensionContext context) {
    synchronized (captured) {
      captured.reset();
    }
    original = System.out;
    System.setOut(new PrintStream(new Tee(original), true, StandardCharsets.UTF_8));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    System.setOut(original);
  }

  /**
   * The server's log once it shows {@code expected}: the container forwards the server's output a
   * moment after the server wrote it.
   */
  public static String awaitLine(String expected) throws InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
    while (!text().contains(expected) && System.nanoTime() < deadline) {
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
