import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times the PageRank query over {@code edges.parquet} through the driver jar on the class path
 * (run with {@code java -cp <jar> GraphLoad.java <dir> <mode> [runs] [connection properties]}; see
 * benchmarks/graph-load-10m.sh). Modes:
 *
 * <ul>
 *   <li>{@code cold}: the query with graph_cache_bytes=1, so that every run reads and builds the graph;
 *   <li>{@code warm}: the query once to build the graph, then again with the graph cached;
 *   <li>{@code trivial}: {@code SELECT 1}, for the JVM's baseline memory.
 * </ul>
 * Each run prints wall and process CPU milliseconds and the phases pf_metrics() recorded during
 * it; the end, the process's peak resident memory.
 */
public final class GraphLoad {
  private static final String QUERY =
      "SELECT node, score FROM TABLE(pagerank('edges.parquet')) ORDER BY score DESC LIMIT 10";

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    String mode = args[1];
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    String properties = args.length > 3 ? ";" + args[3] : "";
    if (!List.of("cold", "warm", "trivial").contains(mode)) {
      throw new IllegalArgumentException("mode must be cold, warm or trivial: " + mode);
    }
    queries(data, mode, runs, properties);
    System.out.printf(Locale.ROOT, "peak RSS %d MB%n", peakRssKb() / 1024);
  }

  private static void queries(Path data, String mode, int runs, String properties) throws SQLException {
    String url = "jdbc:parquetframe:" + data + ";threads=2" + (mode.equals("cold") ? ";graph_cache_bytes=1" : "")
        + properties;
    try (Connection connection = DriverManager.getConnection(url)) {
      if (mode.equals("warm")) {
        run(connection, QUERY); // builds the graph
      }
      for (int run = 0; run < runs; run++) {
        Map<String, Double> before = metrics(connection);
        long start = System.nanoTime();
        long cpu = processCpu();
        run(connection, mode.equals("trivial") ? "SELECT 1" : QUERY);
        long end = System.nanoTime();
        long cpuEnd = processCpu();
        Map<String, Double> phases = new HashMap<>();
        metrics(connection).forEach((operation, ms) -> {
          double delta = ms - before.getOrDefault(operation, 0.0);
          if (delta > 0) {
            phases.put(operation, delta);
          }
        });
        report(mode, run, start, cpu, end, cpuEnd, phases);
      }
      if (mode.equals("warm")) {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
            "SELECT detail FROM TABLE(pf_debug_info()) WHERE name = 'graph_cache'")) {
          rows.next();
          System.out.println("graph cache: " + rows.getString(1));
        }
      }
    }
  }

  private static void run(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        rows.getObject(1);
      }
    }
  }

  /** Total milliseconds per operation so far. */
  private static Map<String, Double> metrics(Connection connection) throws SQLException {
    Map<String, Double> totals = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT operation, total_ms FROM TABLE(pf_metrics())")) {
      while (rows.next()) {
        totals.merge(rows.getString(1), rows.getDouble(2), Double::sum);
      }
    }
    return totals;
  }

  static void report(String mode, int run, long start, long cpu, long end, long cpuEnd,
      Map<String, Double> phases) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s run %d: wall %.0f ms, cpu %.0f ms",
        mode, run, (end - start) / 1e6, (cpuEnd - cpu) / 1e6));
    phases.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(
        p -> line.append(String.format(Locale.ROOT, ", %s %.0f", p.getKey(), p.getValue())));
    System.out.println(line);
  }

  static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static long peakRssKb() throws java.io.IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }
}
