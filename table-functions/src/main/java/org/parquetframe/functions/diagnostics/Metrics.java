package org.parquetframe.functions.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What ran, on which engine, how often, how long and how many rows: one counter per (operation,
 * engine), shared by the JVM. Read through {@code pf_metrics()}, and over JMX as one
 * {@link OperationCounterMBean} per counter.
 */
public final class Metrics {
  private static final Map<String, OperationCounter> COUNTERS = new ConcurrentHashMap<>();

  private Metrics() {}

  /** One row of {@code pf_metrics()}. */
  public record Snapshot(String operation, String engine, long calls, double totalMs, double maxMs, long rowCount) {}

  /** Records one call of {@code operation} on {@code engine} that took {@code nanos} and produced {@code rows}. */
  public static void record(String operation, String engine, long nanos, long rows) {
    OperationCounter counter = COUNTERS.computeIfAbsent(operation + "\u0000" + engine, k -> {
      OperationCounter created = new OperationCounter(operation, engine);
      created.register();
      return created;
    });
    counter.add(nanos, rows);
  }

  public static List<Snapshot> snapshot() {
    List<Snapshot> rows = new ArrayList<>();
    for (OperationCounter counter : COUNTERS.values()) {
      rows.add(counter.snapshot());
    }
    rows.sort((a, b) -> (a.operation() + a.engine()).compareTo(b.operation() + b.engine()));
    return rows;
  }
}
