package org.parquetframe.benchmarks.scan;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.parquetframe.benchmarks.report.MachineInfo;
import org.parquetframe.benchmarks.report.MarkdownTable;

/**
 * Times table scans through JDBC, run by {@code benchmarks/scan-10m.sh}: each query on each driver
 * jar (each in its own class loader, so that two builds of the driver, say before and after a
 * change, run in one JVM) and each {@code threads} setting, one warm-up run each, then {@code runs}
 * {@link InterleavedRounds}. Prints the median, minimum and maximum wall time of each as a
 * Markdown table, with the load average. {@code -Dqueries=a,b} picks some of the queries by name.
 * The table is {@code wide.parquet} of {@link WideTableGenerator}, written into the directory
 * unless it is there already.
 *
 * <pre>
 * java -cp benchmarks/target/classes:$(cat benchmarks/target/benchmarks.classpath) \
 *     org.parquetframe.benchmarks.scan.ScanBenchmark /tmp/scan-10m 10000000 5 1,2 before.jar after.jar
 * </pre>
 */
public final class ScanBenchmark {
  private static final String TABLE = "wide";

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
    long start = System.nanoTime();
    WideTableGenerator.ensure(dir, TABLE, WideTableLayout.of(rows, false));
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
    System.out.println("load average before: " + MachineInfo.currentLoadAverage());
    Map<String, String> queries = queries(TABLE, rows);
    List<String> only = Arrays.asList(System.getProperty("queries", String.join(",", queries.keySet())).split(","));
    MarkdownTable table = new MarkdownTable("query", "driver", "median", "min", "max").alignRight(2, 3, 4);
    for (Map.Entry<String, String> query : queries.entrySet()) {
      if (only.contains(query.getKey())) {
        measure(query.getKey(), query.getValue(), setups, runs, table);
      }
    }
    System.out.println("load average after: " + MachineInfo.currentLoadAverage());
    System.out.print(table.render());
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

  private static void measure(String name, String sql, List<Setup> setups, int runs, MarkdownTable table)
      throws Exception {
    List<InterleavedRounds.Contender> contenders = new ArrayList<>();
    for (Setup setup : setups) {
      InterleavedRounds.Run run = () -> nonEmpty(ResultDigest.query(setup.connection(), sql), sql);
      run.run(); // warm-up
      contenders.add(new InterleavedRounds.Contender(run, new Samples()));
    }
    InterleavedRounds.time(contenders, runs);
    for (int i = 0; i < setups.size(); i++) {
      Samples samples = contenders.get(i).samples();
      System.out.printf(Locale.ROOT, "%-16s %-28s median %8.1f ms  min %8.1f  max %8.1f%n", name,
          setups.get(i).name(), samples.median(), samples.min(), samples.max());
      table.row(name, setups.get(i).name(), millis(samples.median()), millis(samples.min()), millis(samples.max()));
    }
  }

  /** An empty result means the query measured nothing (a range beyond the table, say): stop. */
  private static ResultDigest nonEmpty(ResultDigest result, String sql) {
    if (result.rows() == 0) {
      throw new IllegalStateException("no rows from " + sql);
    }
    return result;
  }

  private static String millis(double millis) {
    return MarkdownTable.seconds(millis / 1e3);
  }

  private static Driver driver(Path jar) throws Exception {
    URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    return (Driver) Class.forName("org.parquetframe.jdbc.Driver", true, loader).getDeclaredConstructor()
        .newInstance();
  }
}
