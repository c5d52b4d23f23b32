package org.candor.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * CPU time used so far by the server process (deploy/load/load.sh passes its pid as
 * load.serverPid), from Linux's /proc: user plus system time, in milliseconds.
 */
final class ServerCpu {

  private ServerCpu() {}

  /** Linux's USER_HZ, the unit of /proc/[pid]/stat times; 100 on every common architecture. */
  private static final int TICKS_PER_SECOND = 100;

  /** CPU milliseconds the server used since {@code start} (an earlier {@link #millis()}); empty when either reading failed. */
  static OptionalLong since(OptionalLong start) {
    OptionalLong now = millis();
    return start.isPresent() && now.isPresent() ? OptionalLong.of(now.getAsLong() - start.getAsLong()) : OptionalLong.empty();
  }

  static OptionalLong millis() {
    String pid = System.getProperty("load.serverPid");
    if (pid == null) {
      return OptionalLong.empty();
    }
    try {
      String stat = Files.readString(Path.of("/proc", pid, "stat"));
      // Fields after the command name, which is in parentheses and may contain spaces
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return OptionalLong.of(ticks * 1000 / TICKS_PER_SECOND);
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }
}
