package org.parquetframe.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * While a statement runs longer than {@link Progress#INTERVAL_NANOS}, says so on standard error
 * every interval, with the time spent, so that a long graph build or scan is not mistaken for a hang.
 * Statements that finish sooner print nothing.
 */
final class RunningNotice implements AutoCloseable {
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "parquetframe-running-notice");
    thread.setDaemon(true);
    return thread;
  });

  RunningNotice(String what, PrintStream err) {
    this(what, err, Progress.INTERVAL_NANOS);
  }

  RunningNotice(String what, PrintStream err, long interval) {
    long start = System.nanoTime();
    ticker.scheduleAtFixedRate(() -> err.printf(Locale.ROOT, "%s: still running after %.0f s%n", what,
        (System.nanoTime() - start) / 1e9), interval, interval, TimeUnit.NANOSECONDS);
  }

  /** Stops the notices; a notice being printed at that moment is finished first, none follows. */
  @Override
  public void close() {
    ticker.shutdownNow();
    try {
      ticker.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
