package org.parquetframe.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Progress of a long job on standard error: a line every few seconds with the amount done, the
 * share of the total and the rate. Jobs that finish within the first interval print nothing, so
 * quick runs stay quiet.
 */
final class Progress {
  static final long INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(2);

  private final String task;
  private final String unit;
  private final long total;
  private final PrintStream err;
  private final long startNanos;
  private long nextReportNanos;

  Progress(String task, String unit, long total, PrintStream err) {
    this.task = task;
    this.unit = unit;
    this.total = total;
    this.err = err;
    this.startNanos = System.nanoTime();
    this.nextReportNanos = startNanos + INTERVAL_NANOS;
  }

  /** Notes that {@code done} units are finished; cheap enough to call every few thousand units. */
  void update(long done) {
    long now = System.nanoTime();
    if (now >= nextReportNanos) {
      nextReportNanos = now + INTERVAL_NANOS;
      err.printf(Locale.ROOT, "%s: %,d of %,d %s (%d%%), %s%n", task, done, total, unit,
          total == 0 ? 100 : done * 100 / total, rate(done, now));
    }
  }

  /** Seconds since the job started. */
  double elapsedSeconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  String rate(long done) {
    return rate(done, System.nanoTime());
  }

  private String rate(long done, long now) {
    double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
    double perSecond = done / seconds;
    return perSecond >= 1e6
        ? String.format(Locale.ROOT, "%.1f M %s/s", perSecond / 1e6, unit)
        : String.format(Locale.ROOT, "%,.0f %s/s", perSecond, unit);
  }
}
