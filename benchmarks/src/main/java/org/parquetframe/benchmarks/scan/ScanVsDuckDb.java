package org.parquetframe.benchmarks.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.parquetframe.adapter.metadata.FooterStore;
import org.parquetframe.benchmarks.scan.Engines.Engine;

/**
 * Times ParquetFrame SQL against DuckDB, both through JDBC in this JVM, on the same generated files
 * ({@link WideTableGenerator}): metadata questions, selective queries and a full scan, each cold
 * (new connection) and warm (open connection), runs interleaved between the systems; and, for the
 * queries that are not full scans, ParquetFrame cold without its footer cache. Prints a markdown
 * table and writes it with a JSON file of every sample. Run by {@code benchmarks/scan-vs-duckdb.sh}.
 *
 * <p>Arguments: {@code [--data DIR] [--rows N] [--runs N] [--full-scan-runs N] [--jvm-warmup N] [--out PREFIX]
 * [--only TEXT]}.
 */
public final class ScanVsDuckDb {
  private final Path data;
  private final int runs;
  private final int fullScanRuns;
  private final Map<Engine, Connection> open = new EnumMap<>(Engine.class);
  private final Map<String, Double> firstRuns = new java.util.LinkedHashMap<>();

  private ScanVsDuckDb(Path data, int runs, int fullScanRuns) {
    this.data = data;
    this.runs = runs;
    this.fullScanRuns = fullScanRuns;
  }

  public static void main(String[] args) throws Exception {
    Path data = Path.of(System.getProperty("java.io.tmpdir"), "parquetframe-bench-scan");
    long rows = 10_000_000;
    int runs = 5;
    int fullScanRuns = 3;
    Path out = Path.of("benchmarks/target/scan-vs-duckdb");
    String only = null;
    int jvmWarmup = 20;
    for (int i = 0; i < args.length; i += 2) {
      String value = i + 1 < args.length ? args[i + 1] : usage("a value after " + args[i]);
      switch (args[i]) {
        case "--data" -> data = Path.of(value);
        case "--rows" -> rows = Long.parseLong(value);
        case "--runs" -> runs = Integer.parseInt(value);
        case "--full-scan-runs" -> fullScanRuns = Integer.parseInt(value);
        case "--out" -> out = Path.of(value);
        case "--only" -> only = value;
        case "--jvm-warmup" -> jvmWarmup = Integer.parseInt(value);
        default -> usage("a known option, not " + args[i]);
      }
    }
    Class.forName("org.parquetframe.jdbc.Driver");
    Class.forName("org.duckdb.DuckDBDriver");
    long start = System.nanoTime();
    if (WideTableGenerator.ensure(data, "wide", WideTableLayout.of(rows, true))) {
      System.out.printf("generated %,d rows into %s in %.1f s%n", rows, data, (System.nanoTime() - start) / 1e9);
    }
    String loadStart = loadAverage();
    System.out.println("load average: " + loadStart);
    List<ScanQuery> queries = new ArrayList<>();
    for (ScanQuery query : ScanQuery.all(rows)) {
      if (only == null || query.name().contains(only)) {
        queries.add(query);
      }
    }
    List<Measurement> measurements = new ArrayList<>();
    ScanVsDuckDb benchmark = new ScanVsDuckDb(data, runs, fullScanRuns);
    try {
      benchmark.warmUpTheJvm(queries, jvmWarmup);
      for (ScanQuery query : queries) {
        measurements.add(benchmark.measure(query));
      }
    } finally {
      benchmark.close();
    }
    String table = ScanReport.markdown(measurements);
    String loadEnd = loadAverage();
    System.out.println("load average: " + loadEnd);
    System.out.print(table);
    ScanReport.RunInfo run = new ScanReport.RunInfo(Instant.now().toString(), rows, runs,
        System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")", duckdbVersion(),
        loadStart, loadEnd);
    ScanReport.writeJson(Path.of(out + ".json"), run, benchmark.firstRuns, measurements);
    Files.writeString(Path.of(out + ".md"), "Load average " + loadStart + " at the start, " + loadEnd + " at the end; "
        + rows + " rows; medians of " + runs + " runs (" + fullScanRuns + " for the full scan), after " + jvmWarmup
        + " warm-up runs of each query in this JVM.\n\n" + table + "\nFirst run of each query in the fresh JVM (ms): "
        + benchmark.firstRuns + "\n");
    System.out.println("wrote " + out + ".json and " + out + ".md");
  }

  /**
   * Runs every query but the full scan {@code times} times on ParquetFrame before anything is
   * measured, timing the first run of each (the first query of its kind in a fresh JVM). Calcite's
   * planner is Java code that the JIT compiles after some hundreds of statements; a long-running
   * application (a BI tool, a server) runs warm, and DuckDB, native code, needs no warm-up.
   */
  private void warmUpTheJvm(List<ScanQuery> queries, int times) throws SQLException {
    for (ScanQuery query : queries) {
      if (query.kind() != ScanQuery.Kind.FULL_SCAN) {
        long start = System.nanoTime();
        run(connection(Engine.OURS), Engines.sql(Engine.OURS, query, data));
        firstRuns.put(query.name(), (System.nanoTime() - start) / 1e6);
      }
    }
    for (int i = 1; i < times; i++) {
      for (ScanQuery query : queries) {
        if (query.kind() != ScanQuery.Kind.FULL_SCAN) {
          run(connection(Engine.OURS), Engines.sql(Engine.OURS, query, data));
        }
      }
    }
    System.out.println("first runs in this JVM (ms): " + firstRuns);
  }

  private Measurement measure(ScanQuery query) throws SQLException {
    Measurement measurement = new Measurement(query);
    for (Engine engine : List.of(Engine.OURS, Engine.DUCKDB)) {
      measurement.results.put(engine, run(connection(engine), Engines.sql(engine, query, data))); // warm-up
    }
    int times = query.kind() == ScanQuery.Kind.FULL_SCAN ? fullScanRuns : runs;
    for (int i = 0; i < times; i++) {
      for (Engine engine : List.of(Engine.OURS, Engine.DUCKDB)) {
        measurement.cold.get(engine).add(timeCold(engine, query));
        measurement.warm.get(engine).add(timeWarm(engine, query));
      }
    }
    if (query.kind() != ScanQuery.Kind.FULL_SCAN) {
      measureUncached(measurement, times);
    }
    System.out.printf("%-32s ours %8.1f / %8.1f ms, DuckDB %8.1f / %8.1f ms (cold / warm)%n", query.name(),
        measurement.coldMedian(Engine.OURS), measurement.warmMedian(Engine.OURS),
        measurement.coldMedian(Engine.DUCKDB), measurement.warmMedian(Engine.DUCKDB));
    return measurement;
  }

  /**
   * ParquetFrame with {@code metadata_cache_bytes=0} on new connections. The budget is the JVM's, so
   * it is put back afterwards and the footers read again by one untimed query.
   */
  private void measureUncached(Measurement measurement, int times) throws SQLException {
    long budget = FooterStore.shared().budgetBytes();
    try {
      for (int i = 0; i < times; i++) {
        measurement.cold.get(Engine.OURS_UNCACHED).add(timeCold(Engine.OURS_UNCACHED, measurement.query));
      }
    } finally {
      FooterStore.shared().setBudgetBytes(budget);
    }
    run(connection(Engine.OURS), Engines.sql(Engine.OURS, measurement.query, data));
  }

  private long timeCold(Engine engine, ScanQuery query) throws SQLException {
    long start = System.nanoTime();
    try (Connection connection = Engines.open(engine, data)) {
      run(connection, Engines.sql(engine, query, data));
    }
    return System.nanoTime() - start;
  }

  private long timeWarm(Engine engine, ScanQuery query) throws SQLException {
    Connection connection = connection(engine);
    long start = System.nanoTime();
    run(connection, Engines.sql(engine, query, data));
    return System.nanoTime() - start;
  }

  private static ResultDigest run(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      return ResultDigest.read(rs);
    }
  }

  private Connection connection(Engine engine) throws SQLException {
    Connection connection = open.get(engine);
    if (connection == null) {
      connection = Engines.open(engine, data);
      open.put(engine, connection);
    }
    return connection;
  }

  private void close() throws SQLException {
    for (Connection connection : open.values()) {
      connection.close();
    }
  }

  private static String duckdbVersion() throws SQLException {
    try (Connection connection = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT version()")) {
      return rs.next() ? rs.getString(1) : "?";
    }
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String usage(String expected) {
    throw new IllegalArgumentException("Expected " + expected + ". Usage: scan-vs-duckdb.sh [--data DIR] [--rows N]"
        + " [--runs N] [--full-scan-runs N] [--jvm-warmup N] [--out PREFIX] [--only TEXT]");
  }
}
