package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A scan reads only the columns the query uses, and EXPLAIN says which: each ParquetTableScan in
 * the plan lists its {@code columns}. Checked on a 30-column table, with the rows compared to H2.
 */
class ProjectionPushdownTest {
  private static final int COLUMNS = 30;
  private static final Pattern SCAN =
      // a pushed filter, if any, follows the columns (see PushdownExplainTest)
      Pattern.compile("ParquetTableScan\\(table=\\[\\[main, wide]], columns=\\[\\[([^]]*)]]");

  @TempDir
  static Path data;
  private static TestingOracle oracle;

  @BeforeAll
  static void writeWideTable() throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (long row = 0; row < 200; row++) {
      Object[] values = new Object[COLUMNS];
      for (int column = 0; column < COLUMNS; column++) {
        values[column] = (row + column) % 11 == 0 ? null : row * 100 + column;
      }
      rows.add(values);
    }
    String fields = IntStream.rangeClosed(1, COLUMNS).mapToObj(i -> " optional int64 c" + i + ";")
        .collect(Collectors.joining());
    TestingParquetFiles.file(data.resolve("wide.parquet"), "message wide {" + fields + " }").rowGroupBytes(8 * 1024)
        .write(rows);
    String h2Columns = IntStream.rangeClosed(1, COLUMNS).mapToObj(i -> "c" + i + " BIGINT")
        .collect(Collectors.joining(", "));
    oracle = TestingOracle.open(data).h2Table("wide", h2Columns, rows);
  }

  @AfterAll
  static void close() throws SQLException {
    if (oracle != null) {
      oracle.close();
    }
  }

  @Test
  void explainShowsTheScanReadingOnlyTheSelectedColumns() throws SQLException {
    String plan = explain("SELECT c1, c2 FROM wide");
    assertTrue(plan.contains("ParquetTableScan(table=[[main, wide]], columns=[[c1, c2]])"), plan);
    oracle.assertSameRows("SELECT c1, c2 FROM wide");
  }

  static List<Arguments> queries() {
    String all = IntStream.rangeClosed(1, COLUMNS).mapToObj(i -> "c" + i).collect(Collectors.joining(", "));
    return List.of(
        Arguments.of("SELECT c2, c1 FROM wide", List.of("c1, c2")),
        Arguments.of("SELECT c5 FROM wide WHERE c7 > 300", List.of("c5, c7")),
        Arguments.of("SELECT c1 + c30 AS s FROM wide ORDER BY s NULLS FIRST", List.of("c1, c30")),
        Arguments.of("SELECT c29, SUM(c30) FROM wide GROUP BY c29", List.of("c29, c30")),
        Arguments.of("SELECT c1, c2 FROM wide ORDER BY c3 NULLS LAST, c1 NULLS LAST LIMIT 5", List.of("c1, c2, c3")),
        Arguments.of("SELECT c1 FROM (SELECT * FROM wide) t WHERE c2 > 0", List.of("c1, c2")),
        Arguments.of("SELECT a.c1, b.c2 FROM wide a JOIN wide b ON a.c3 = b.c3", List.of("c1, c3", "c2, c3")),
        Arguments.of("SELECT * FROM wide", List.of(all)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void eachScanReadsTheColumnsItsQueryUses(String sql, List<String> expectedScans) throws SQLException {
    assertEquals(expectedScans, scannedColumns(explain(sql)), () -> "plan of " + sql);
    oracle.assertSameRows(sql);
  }

  @Test
  void countStarReadsNoColumn() throws SQLException {
    String plan = explain("SELECT COUNT(*) FROM wide");
    assertEquals(List.of(), scannedColumns(plan), "answered from the footer (MetadataAnswersTest): no scan at all");
    assertTrue(plan.contains("ParquetMetadataScan(table=[[main, wide]], answers=[[rows]]"), plan);
    oracle.assertSameRows("SELECT COUNT(*) FROM wide");
    assertEquals(List.of(""), scannedColumns(explain("SELECT COUNT(*) FROM wide WHERE RAND() < 2")),
        "a count the footer cannot answer reads no column either");
    oracle.assertSameRows("SELECT COUNT(*) FROM (SELECT * FROM wide LIMIT 10) t"); // no column, through a LIMIT
  }

  private static List<String> scannedColumns(String plan) {
    List<String> scans = new ArrayList<>();
    Matcher matcher = SCAN.matcher(plan);
    while (matcher.find()) {
      scans.add(matcher.group(1));
    }
    return scans;
  }

  private static String explain(String sql) throws SQLException {
    try (Statement statement = oracle.parquet().createStatement();
        ResultSet rs = statement.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      assertTrue(rs.next());
      return rs.getString(1);
    }
  }
}
