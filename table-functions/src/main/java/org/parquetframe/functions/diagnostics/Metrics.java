package org.parquetframe.functions.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What ran, on which engine, how often, how long and how many rows: one counter per (operation,
 * engine), shared by the JVM. Read through {@code pf_metrics()}.
 */
public final class Metrics {
  private static final Map<String, Counter> COUNTERS = new ConcurrentHashMap<>();

  private Metrics() {}

  /** One row of {@code pf_metrics()}. */
  public record Snapshot(String operation, String engine, long calls, double totalMs, double maxMs, long rowCount) {}

  private static final class Counter {
    final String operation;
    final String engine;
    long calls;
    long totalNanos;
    long maxNanos;
    long rows;

    Counter(String operation, String engine) {
      this.operation = operation;
      this.engine = engine;
    }
  }

  /** Records one call of {@code operation} on {@code engine} that took {@code nanos} and produced {@code rows}. */
  public static void record(String operation, String engine, long nanos, long rows) {
    Counter counter = COUNTERS.computeIfAbsent(operation + "\u0000" + engine, k -> new Counter(operation, engine));
    synchronized (counter) {
      counter.calls++;
      counter.totalNanos += nanos;
      counter.maxNanos = Math.max(counter.maxNanos, nanos);
      counter.rows += rows;
    }
  }

  public static List<Snapshot> snapshot() {
    List<Snapshot> rows = new ArrayList<>();
    for (Counter counter : COUNTERS.values()) {
      synchronized (counter) {
        rows.add(new Snapshot(counter.operation, counter.engine, counter.calls, counter.totalNanos / 1e6,
            counter.maxNanos / 1e6, counter.rows));
      }
    }
    rows.sort((a, b) -> (a.operation() + a.engine()).compareTo(b.operation() + b.engine()));
    return rows;
  }
}
