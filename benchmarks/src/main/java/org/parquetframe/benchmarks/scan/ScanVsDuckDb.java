package org.parquetframe.benchmarks.scan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parquetframe.benchmarks.report.Json;
import org.parquetframe.benchmarks.report.MachineInfo;
import org.parquetframe.benchmarks.scan.Engines.Engine;

/**
 * Times ParquetFrame SQL against DuckDB, both through JDBC in this JVM, on the same generated files
 * ({@link WideTableGenerator}, with the partitioned copy): metadata questions, selective queries
 * and a full scan ({@link ScanQuery}), measured by {@link DuckDbComparison}. Prints a Markdown table
 * and writes it with a JSON file of every sample. Run by {@code benchmarks/scan-vs-duckdb.sh};
 * arguments in {@link ScanVsDuckDbOptions}.
 */
public final class ScanVsDuckDb {
  private ScanVsDuckDb() {}

  public static void main(String[] args) throws Exception {
    ScanVsDuckDbOptions options;
    try {
      options = ScanVsDuckDbOptions.parse(List.of(args));
    } catch (IllegalArgumentException e) {
      System.err.println("scan-vs-duckdb: " + e.getMessage());
      System.exit(2);
      return;
    }
    Class.forName("org.parquetframe.jdbc.Driver");
    Class.forName("org.duckdb.DuckDBDriver");
    long start = System.nanoTime();
    if (WideTableGenerator.ensure(options.data(), "wide", WideTableLayout.of(options.rows(), true))) {
      System.out.printf(Locale.ROOT, "generated %,d rows into %s in %.1f s%n", options.rows(), options.data(),
          (System.nanoTime() - start) / 1e9);
    }
    MachineInfo machine = MachineInfo.now();
    System.out.println("load average: " + machine.loadAverageAtStart());
    List<ScanQuery> queries = ScanQuery.all(options.rows()).stream().filter(options::selects).toList();
    List<QueryMeasurement> measurements = new ArrayList<>();
    DuckDbComparison comparison = new DuckDbComparison(options.data(), options.runs(), options.fullScanRuns());
    try (comparison) {
      comparison.warmUpTheJvm(queries, options.jvmWarmup());
      System.out.println("first runs in this JVM (ms): " + comparison.firstRuns());
      for (ScanQuery query : queries) {
        QueryMeasurement m = comparison.measure(query);
        System.out.printf(Locale.ROOT, "%-32s ours %8.1f / %8.1f ms, DuckDB %8.1f / %8.1f ms (cold / warm)%n",
            query.name(), m.coldMedian(Engine.OURS), m.warmMedian(Engine.OURS), m.coldMedian(Engine.DUCKDB),
            m.warmMedian(Engine.DUCKDB));
        measurements.add(m);
      }
    }
    String table = ScanReport.markdown(measurements);
    String loadEnd = MachineInfo.currentLoadAverage();
    System.out.println("load average: " + loadEnd);
    System.out.print(table);
    Path json = Path.of(options.out() + ".json");
    Path markdown = Path.of(options.out() + ".md");
    Json.write(json, ScanResults.of(machine, loadEnd, duckdbVersion(), options, comparison.firstRuns(), measurements));
    Files.writeString(markdown, "Load average " + machine.loadAverageAtStart() + " at the start, " + loadEnd
        + " at the end; " + options.rows() + " rows; medians of " + options.runs() + " runs ("
        + options.fullScanRuns() + " for the full scan), after " + options.jvmWarmup()
        + " warm-up runs of each query in this JVM.\n\n" + table + "\nFirst run of each query in the fresh JVM (ms): "
        + comparison.firstRuns() + "\n");
    System.out.println("wrote " + json + " and " + markdown);
  }

  private static String duckdbVersion() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT version()")) {
      return rs.next() ? rs.getString(1) : "?";
    }
  }
}
