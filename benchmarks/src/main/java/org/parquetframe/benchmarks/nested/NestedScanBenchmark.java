package org.parquetframe.benchmarks.nested;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.parquetframe.adapter.format.LocalParquetWriters;
import org.parquetframe.benchmarks.report.MarkdownTable;
import org.parquetframe.benchmarks.report.SampleStats;

/**
 * Scans of nested columns through the JDBC driver next to a scan of a flat column of the same
 * file: a generated table of {@code rows} rows with a list of ints, a list of strings and a ROW.
 * The queries run interleaved, round after round, in one JVM after a warm-up round; prints the
 * median time of each and the values per second it read, as a Markdown table.
 *
 * <p>Usage: {@code benchmarks/nested-scan.sh [rows] [rounds]} (defaults 1000000 and 5).
 */
public final class NestedScanBenchmark {
  private static final String SCHEMA = "message t { required int64 id;"
      + " optional group scores (LIST) { repeated group list { optional int32 element; } }"
      + " optional group tags (LIST) { repeated group list { optional binary element (STRING); } }"
      + " optional group address { required binary city (STRING); optional int32 zip; } }";
  private static final Map<String, String> QUERIES = new LinkedHashMap<>();

  static {
    QUERIES.put("flat BIGINT column: sum(id)", "SELECT sum(id) FROM t");
    QUERIES.put("INTEGER ARRAY: sum(CARDINALITY(scores))", "SELECT sum(CARDINALITY(scores)) FROM t");
    QUERIES.put("INTEGER ARRAY: sum over UNNEST(scores)",
        "SELECT sum(x) FROM t CROSS JOIN UNNEST(t.scores) AS u(x)");
    QUERIES.put("VARCHAR ARRAY: count where CARDINALITY(tags) > 2", "SELECT count(*) FROM t WHERE CARDINALITY(tags) > 2");
    QUERIES.put("ROW: count where address.city = 'city-3'", "SELECT count(*) FROM t WHERE address.city = 'city-3'");
  }

  private NestedScanBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path dir = Files.createTempDirectory("nested-scan");
    long[] values = write(dir.resolve("t.parquet"), rows);
    Map<String, List<Double>> seconds = new LinkedHashMap<>();
    try (Connection connection = DriverManager.getConnection("jdbc:parquetframe:" + dir)) {
      for (int round = 0; round <= rounds; round++) {
        for (Map.Entry<String, String> query : QUERIES.entrySet()) {
          double time = time(connection, query.getValue());
          if (round > 0) {
            seconds.computeIfAbsent(query.getKey(), k -> new ArrayList<>()).add(time);
          }
        }
      }
    } finally {
      try (var files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(dir);
    }
    System.out.printf(Locale.ROOT, "%d rows; %d ints and %d strings in the arrays; %d rounds after a warm-up%n",
        rows, values[0], values[1], rounds);
    MarkdownTable table = new MarkdownTable("query", "median s", "rows/s", "array values/s");
    int q = 0;
    for (Map.Entry<String, List<Double>> entry : seconds.entrySet()) {
      double median = SampleStats.median(entry.getValue());
      long arrayValues = q == 1 || q == 2 ? values[0] : q == 3 ? values[1] : 0;
      table.row(entry.getKey(), String.format(Locale.ROOT, "%.3f", median),
          String.format(Locale.ROOT, "%.2fM", rows / median / 1e6),
          arrayValues == 0 ? "-" : String.format(Locale.ROOT, "%.2fM", arrayValues / median / 1e6));
      q++;
    }
    System.out.print(table.render());
  }

  /** Writes the table; returns the number of ints and strings in its arrays. */
  private static long[] write(Path file, int rows) throws IOException {
    MessageType schema = MessageTypeParser.parseMessageType(SCHEMA);
    SimpleGroupFactory groups = new SimpleGroupFactory(schema);
    Random random = new Random(42);
    long ints = 0;
    long strings = 0;
    try (ParquetWriter<Group> writer = LocalParquetWriters.groups(file, schema, CompressionCodecName.SNAPPY).build()) {
      for (int i = 0; i < rows; i++) {
        Group row = groups.newGroup().append("id", (long) i);
        if (random.nextInt(10) > 0) {
          Group scores = row.addGroup("scores");
          for (int n = random.nextInt(8); n > 0; n--, ints++) {
            Group element = scores.addGroup("list");
            if (random.nextInt(20) > 0) {
              element.append("element", random.nextInt(1000));
            }
          }
        }
        if (random.nextInt(10) > 0) {
          Group tags = row.addGroup("tags");
          for (int n = random.nextInt(6); n > 0; n--, strings++) {
            tags.addGroup("list").append("element", "tag-" + random.nextInt(50));
          }
        }
        if (random.nextInt(10) > 0) {
          Group address = row.addGroup("address").append("city", "city-" + random.nextInt(10));
          if (random.nextBoolean()) {
            address.append("zip", random.nextInt(10_000));
          }
        }
        writer.write(row);
      }
    }
    return new long[] {ints, strings};
  }

  private static double time(Connection connection, String sql) throws SQLException {
    long start = System.nanoTime();
    try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        result.getObject(1);
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }
}
