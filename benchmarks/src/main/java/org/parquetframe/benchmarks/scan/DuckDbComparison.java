package org.parquetframe.benchmarks.scan;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parquetframe.adapter.metadata.FooterStore;
import org.parquetframe.benchmarks.scan.Engines.Engine;
import org.parquetframe.benchmarks.scan.InterleavedRounds.Contender;

/**
 * Measures each {@link ScanQuery} on ParquetFrame and DuckDB in this JVM, cold and warm, in
 * {@link InterleavedRounds}, and ParquetFrame cold without its footer cache for the queries that
 * are not full scans (those are bound by reading data, not footers). Keeps one open connection
 * per system for the warm runs.
 */
final class DuckDbComparison implements AutoCloseable {
  private static final List<Engine> COMPARED = List.of(Engine.OURS, Engine.DUCKDB);

  private final Path data;
  private final int runs;
  private final int fullScanRuns;
  private final Map<Engine, Connection> open = new EnumMap<>(Engine.class);
  private final Map<String, Double> firstRuns = new LinkedHashMap<>();

  DuckDbComparison(Path data, int runs, int fullScanRuns) {
    this.data = data;
    this.runs = runs;
    this.fullScanRuns = fullScanRuns;
  }

  /** Milliseconds of the first run of each query in this JVM, by {@link #warmUpTheJvm}. */
  Map<String, Double> firstRuns() {
    return firstRuns;
  }

  /**
   * Runs every query but the full scan {@code times} times on ParquetFrame before anything is
   * measured, timing the first run of each (the first query of its kind in a fresh JVM). Calcite's
   * planner is Java code that the JIT compiles after some hundreds of statements; a long-running
   * application (a BI tool, a server) runs warm, and DuckDB, native code, needs no warm-up.
   */
  void warmUpTheJvm(List<ScanQuery> queries, int times) throws SQLException {
    for (int i = 0; i < times; i++) {
      for (ScanQuery query : queries) {
        if (query.kind() != ScanQuery.Kind.FULL_SCAN) {
          long start = System.nanoTime();
          warm(Engine.OURS, query);
          firstRuns.putIfAbsent(query.name(), (System.nanoTime() - start) / 1e6);
        }
      }
    }
  }

  QueryMeasurement measure(ScanQuery query) throws SQLException {
    QueryMeasurement measurement = new QueryMeasurement(query);
    List<Contender> contenders = new ArrayList<>();
    for (Engine engine : COMPARED) {
      measurement.results.put(engine, warm(engine, query)); // warm-up, and the answer compared
      contenders.add(new Contender(() -> cold(engine, query), measurement.cold.get(engine)));
      contenders.add(new Contender(() -> warm(engine, query), measurement.warm.get(engine)));
    }
    int times = query.kind() == ScanQuery.Kind.FULL_SCAN ? fullScanRuns : runs;
    InterleavedRounds.time(contenders, times);
    if (query.kind() != ScanQuery.Kind.FULL_SCAN) {
      measureUncached(measurement, times);
    }
    return measurement;
  }

  /**
   * ParquetFrame with {@code metadata_cache_bytes=0} on new connections. The budget is the JVM's, so
   * it is put back afterwards and the footers read again by one untimed query.
   */
  private void measureUncached(QueryMeasurement measurement, int times) throws SQLException {
    long budget = FooterStore.shared().budgetBytes();
    try {
      InterleavedRounds.time(List.of(new Contender(() -> cold(Engine.OURS_UNCACHED, measurement.query),
          measurement.cold.get(Engine.OURS_UNCACHED))), times);
    } finally {
      FooterStore.shared().setBudgetBytes(budget);
    }
    warm(Engine.OURS, measurement.query);
  }

  private ResultDigest cold(Engine engine, ScanQuery query) throws SQLException {
    try (Connection connection = Engines.open(engine, data)) {
      return ResultDigest.query(connection, Engines.sql(engine, query, data));
    }
  }

  private ResultDigest warm(Engine engine, ScanQuery query) throws SQLException {
    Connection connection = open.get(engine);
    if (connection == null) {
      connection = Engines.open(engine, data);
      open.put(engine, connection);
    }
    return ResultDigest.query(connection, Engines.sql(engine, query, data));
  }

  @Override
  public void close() throws SQLException {
    for (Connection connection : open.values()) {
      connection.close();
    }
  }
}
