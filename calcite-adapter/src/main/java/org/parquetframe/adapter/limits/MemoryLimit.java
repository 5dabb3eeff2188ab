package org.parquetframe.adapter.limits;

import java.util.Locale;

/**
 * The connection's {@code memory_limit}: work whose estimated memory exceeds it fails before it
 * starts, with an error naming the limit and the size needed, instead of running the JVM out of
 * memory. The default is three quarters of the maximum heap. See docs/security.md for what is
 * accounted.
 */
public record MemoryLimit(long bytes) {
  public static final String PROPERTY = "memory_limit";

  public static MemoryLimit defaultLimit() {
    return new MemoryLimit(Runtime.getRuntime().maxMemory() / 4 * 3);
  }

  /** Fails when {@code neededBytes} is above the limit; {@code what} and {@code advice} complete the message. */
  public void check(String what, long neededBytes, String advice) {
    if (neededBytes > bytes) {
      throw new ResourceLimitException(what + " needs about " + format(neededBytes) + " of memory, more than "
          + PROPERTY + " (" + format(bytes) + "); " + advice);
    }
  }

  public static String format(long bytes) {
    if (bytes >= 1L << 30) {
      return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }
    if (bytes >= 1L << 20) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
    }
    return bytes + " bytes";
  }
}
