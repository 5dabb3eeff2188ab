package org.parquetframe.benchmarks.scan;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Times table scans through JDBC: each query on each driver jar (each in its own class loader, so
 * that two builds of the driver, say before and after a change, run in one JVM) and each
 * {@code threads} setting, one warm-up run each, then {@code runs} rounds in which every
 * configuration runs once in turn, so that the machine's changing load hits all alike. Prints the
 * median, minimum and maximum wall time of each, with the load average. {@code -Dqueries=a,b}
 * picks some of the queries by name. The table is {@code wide.parquet} of {@link WideTableGenerator},
 * written into the directory unless it is there already.
 *
 * <pre>
 * java -cp benchmarks/target/classes:$(cat benchmarks/target/benchmarks.classpath) \
 *     org.parquetframe.benchmarks.scan.ScanBenchmark /tmp/scan-10m 10000000 5 1,2 before.jar after.jar
 * </pre>
 */
public final class ScanBenchmark {
  private ScanBenchmark() {}

  /** One driver build at one {@code threads} setting, with its connection. */
  private record Setup(String name, Connection connection) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: ScanBenchmark <dir> <rows> <runs> <threads,...> [driver.jar...]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]).toAbsolutePath();
    long rows = Long.parseLong(args[1]);
    int runs = Integer.parseInt(args[2]);
    int[] threads = Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt).toArray();
    String table = "wide";
    long start = System.nanoTime();
    WideTableGenerator.ensure(dir, table, WideTableLayout.of(rows, false));
    System.out.printf(Locale.ROOT, "table ready in %.1f s%n", (System.nanoTime() - start) / 1e9);
    List<Setup> setups = new ArrayList<>();
    for (int i = 4; i < args.length; i++) {
      Driver driver = driver(Path.of(args[i]));
      for (int t : threads) {
        Properties properties = new Properties();
        properties.setProperty("threads", Integer.toString(t));
        setups.add(new Setup(Path.of(args[i]).getFileName() + " threads=" + t,
            driver.connect("jdbc:parquetframe:" + dir, properties)));
      }
    }
    System.out.println("load average before: " + loadAverage());
    Map<String, String> queries = queries(table, rows);
    List<String> only = Arrays.asList(System.getProperty("queries", String.join(",", queries.keySet())).split(","));
    for (Map.Entry<String, String> query : queries.entrySet()) {
      if (!only.contains(query.getKey())) {
        continue;
      }
      Map<Setup, List<Double>> times = new LinkedHashMap<>();
      for (Setup setup : setups) {
        run(setup, dir, query.getValue()); // warm-up
        times.put(setup, new ArrayList<>());
      }
      for (int round = 0; round < runs; round++) {
        for (Setup setup : setups) {
          times.get(setup).add(run(setup, dir, query.getValue()));
        }
      }
      for (Map.Entry<Setup, List<Double>> entry : times.entrySet()) {
        List<Double> sorted = entry.getValue().stream().sorted().toList();
        System.out.printf(Locale.ROOT, "%-16s %-28s median %8.1f ms  min %8.1f  max %8.1f%n", query.getKey(),
            entry.getKey().name(), sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
      }
    }
    System.out.println("load average after: " + loadAverage());
    for (Setup setup : setups) {
      setup.connection().close();
    }
  }

  /**
   * The queries by name: a full-scan aggregate, the first rows, one column summed, every column, and
   * 0.01% of the sorted key from the middle of the table (rows 5,000,000 to 5,000,999 of 10M).
   */
  static Map<String, String> queries(String table, long rows) {
    long from = rows / 2;
    long to = from + Math.max(1, rows / 10_000) - 1;
    Map<String, String> queries = new LinkedHashMap<>();
    queries.put("group-by", "SELECT cat, count(*), sum(price), avg(qty) FROM " + table + " GROUP BY cat");
    queries.put("limit-10", "SELECT * FROM " + table + " LIMIT 10");
    queries.put("sum-1-column", "SELECT sum(id) FROM " + table);
    queries.put("all-20-columns", "SELECT * FROM " + table);
    queries.put("id-range-0.01%", "SELECT * FROM " + table + " WHERE id BETWEEN " + from + " AND " + to);
    return queries;
  }

  private static Driver driver(Path jar) throws Exception {
    URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    return (Driver) Class.forName("org.parquetframe.jdbc.Driver", true, loader).getDeclaredConstructor()
        .newInstance();
  }

  /** Milliseconds to run {@code sql} (planning included) and read every row of its result. */
  private static double run(Setup setup, Path dir, String sql) throws SQLException {
    long start = System.nanoTime();
    try (Statement statement = setup.connection().createStatement();
         ResultSet rs = statement.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      long count = 0;
      while (rs.next()) {
        for (int i = 1; i <= columns; i++) {
          rs.getObject(i);
        }
        count++;
      }
      if (count == 0) {
        throw new IllegalStateException("no rows from " + sql);
      }
    }
    return (System.nanoTime() - start) / 1e6;
  }

  private static String loadAverage() {
    try {
      return String.join(" ", Arrays.copyOf(java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }
}
