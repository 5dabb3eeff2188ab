package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;
import org.apache.parquet.format.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Statistics are trusted conservatively: bounds in the wrong order are a corrupt file (an error
 * naming file and column); old writers' binary bounds, INT96 bounds and float bounds that may hide
 * NaN prune nothing; UTC-adjusted timestamps are pruned only where the JVM's zone has a fixed
 * offset. In each case the rows are those of the same query without pruning.
 */
class PruningStatisticsTest {
  private static final int ROWS = 4000;
  private static final LocalDateTime START = LocalDateTime.of(2021, 3, 1, 0, 0);

  @TempDir
  static Path data;
  private static TestingOracle oracle;
  private static final List<Double> DOUBLES = new ArrayList<>();

  @BeforeAll
  static void writeFiles() throws SQLException {
    oracle = TestingOracle.open(data);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      LocalDateTime wallClock = START.plusMinutes(i);
      rows.add(new Object[] {(long) i, String.format("n%05d", i), TestingParquetFiles.int96(wallClock),
          TestingParquetFiles.epochUnits(wallClock, 1000)});
    }
    String schema = "message sorted { required int64 id; required binary name (STRING); required int96 legacy;"
        + " required int64 happened (TIMESTAMP(MILLIS,true)); }";
    for (String name : List.of("sorted", "corrupt", "old_writer", "wrong_order")) {
      TestingParquetFiles.file(data.resolve(name + ".parquet"), schema).rowGroupBytes(16 * 1024).write(rows);
    }
    List<Object[]> h2Rows = rows.stream().map(r -> new Object[] {r[0], r[1], START.plusMinutes((Long) r[0])}).toList();
    oracle.h2Table("sorted", "id BIGINT, name VARCHAR, legacy TIMESTAMP", h2Rows);
    // row group 1's id bounds swapped: min > max
    TestingFooters.rewrite(data.resolve("corrupt.parquet"), metadata -> {
      Statistics statistics = metadata.getRow_groups().get(1).getColumns().get(0).getMeta_data().getStatistics();
      ByteBuffer min = statistics.bufferForMin_value();
      statistics.setMin_value(statistics.bufferForMax_value());
      statistics.setMax_value(min);
    });
    // name bounds only in the deprecated fields, equal and wrong, from a writer known to get them wrong
    TestingFooters.rewrite(data.resolve("old_writer.parquet"), metadata -> {
      metadata.setCreated_by("parquet-mr version 1.6.0 (build 6aa21f8776625b5fa6b18059cfebe7549f2e00cb)");
      TestingFooters.eachChunk("name", chunk -> deprecatedBounds(chunk.getMeta_data().getStatistics(), "zzz", "zzz"))
          .accept(metadata);
    });
    // name bounds only in the deprecated fields from a recent writer: signed byte order, wrong for text
    TestingFooters.rewrite(data.resolve("wrong_order.parquet"), TestingFooters.eachChunk("name",
        chunk -> deprecatedBounds(chunk.getMeta_data().getStatistics(), "x", "y")));
    writeFloats();
  }

  private static void deprecatedBounds(Statistics statistics, String min, String max) {
    statistics.unsetMin_value();
    statistics.unsetMax_value();
    statistics.setMin(min.getBytes(StandardCharsets.UTF_8));
    statistics.setMax(max.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code floats} and {@code floats_no_nan_counts}: sorted doubles with NaN in two places and some NULLs. */
  private static void writeFloats() {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      Double d = i % 37 == 0 ? null : (i >= 1000 && i < 1010) || (i >= 3500 && i < 3505) ? Double.NaN : i * 0.5;
      DOUBLES.add(d);
      rows.add(new Object[] {(long) i, d});
    }
    String schema = "message floats { required int64 id; optional double d; }";
    for (String name : List.of("floats", "floats_no_nan_counts")) {
      TestingParquetFiles.file(data.resolve(name + ".parquet"), schema).rowGroupBytes(8 * 1024).write(rows);
    }
    TestingFooters.rewrite(data.resolve("floats_no_nan_counts.parquet"),
        TestingFooters.eachChunk("d", chunk -> {
          // as older writers write them: no NaN count, and no page index (whose pages count NaN too)
          chunk.getMeta_data().getStatistics().unsetNan_count();
          chunk.unsetColumn_index_offset();
          chunk.unsetColumn_index_length();
        }));
  }

  @AfterAll
  static void close() throws SQLException {
    if (oracle != null) {
      oracle.close();
    }
  }

  @Test
  void boundsInTheWrongOrderAreACorruptFileNamingFileAndColumn() throws SQLException {
    SQLException error = assertThrows(SQLException.class,
        () -> TestingScans.run(oracle.parquet(), "SELECT name FROM corrupt WHERE id = 5"));
    String message = error.getMessage();
    assertTrue(message.contains("corrupt.parquet") && message.contains("'id'") && message.contains("greater than"),
        "the message itself, not only a cause, names the file, the column and the fault: " + messages(error));
    // a query that does not filter on the column does not look at its bounds; the connection is fine
    assertEquals(ROWS, TestingScans.run(oracle.parquet(), "SELECT name FROM corrupt WHERE name LIKE 'n%'"));
  }

  private static String messages(Throwable error) {
    StringBuilder text = new StringBuilder();
    for (Throwable e = error; e != null; e = e.getCause()) {
      text.append(e.getMessage()).append(" / ");
    }
    return text.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"old_writer", "wrong_order"})
  void untrustworthyBinaryBoundsPruneNothing(String table) throws SQLException {
    String sql = "SELECT id FROM " + table + " WHERE name = 'n00010'";
    TestingScans.PlanScan plan = TestingScans.planScan(oracle.parquet(), sql);
    assertEquals(plan.rowGroups(), plan.rowGroupsKept(), "bounds ignored at plan time");
    assertEquals(List.of(List.of(java.math.BigDecimal.TEN)), TestingResults.query(oracle.parquet(), sql));
    assertEquals(0, TestingScans.lastScan(oracle.parquet()).get("row_groups_skipped_by_statistics"));
  }

  @Test
  void int96BoundsPruneNothing() throws SQLException {
    String sql = "SELECT id FROM sorted WHERE legacy < TIMESTAMP '2021-03-01 01:00:00' ORDER BY id";
    TestingScans.PlanScan plan = TestingScans.planScan(oracle.parquet(), sql);
    assertTrue(plan.filter() != null && plan.rowGroups() > 1 && plan.rowGroups() == plan.rowGroupsKept(), plan::toString);
    oracle.assertSameRows(sql);
    assertEquals(0, TestingScans.lastScan(oracle.parquet()).rowGroupsSkipped());
  }

  @Test
  void trustedBinaryBoundsDoPrune() throws SQLException {
    oracle.assertSameRows("SELECT id FROM sorted WHERE name = 'n00010'");
    TestingScans.Scan read = TestingScans.lastScan(oracle.parquet());
    assertEquals(read.get("row_groups_total") - 1, read.get("row_groups_skipped_by_statistics"));
  }

  @Test
  void floatRowGroupsThatMayHoldNaNAreRead() throws SQLException {
    assertFloats("floats", "d > 1900", v -> v > 1900);
    TestingScans.Scan read = TestingScans.lastScan(oracle.parquet());
    assertTrue(read.get("row_groups_skipped_by_statistics") > 0, read::toString);
    // the row group holding rows 1000 to 1009 has NaN: it is read although its bounds are below 1900
    assertTrue(read.get("rows_read") > ROWS - 3800 + 10, read::toString);
    assertFloats("floats", "d <> 5", v -> v != 5);
    assertFloats("floats", "d = 600", v -> v == 600);
    assertFloats("floats", "d IS NULL", v -> false);
  }

  @Test
  void withoutNaNCountsFloatBoundsPruneNothing() throws SQLException {
    assertFloats("floats_no_nan_counts", "d > 1900", v -> v > 1900);
    assertEquals(0, TestingScans.lastScan(oracle.parquet()).rowGroupsSkipped());
    assertFloats("floats_no_nan_counts", "d BETWEEN 10 AND 20", v -> v >= 10 && v <= 20);
    assertEquals(0, TestingScans.lastScan(oracle.parquet()).rowGroupsSkipped());
    assertFloats("floats_no_nan_counts", "d IS NULL", v -> false);
  }

  /** The ids of {@code table} where {@code predicate} holds, with Java's IEEE comparisons as the oracle (NULL fails). */
  private static void assertFloats(String table, String filter, DoublePredicate oracleFilter) throws SQLException {
    List<List<Object>> expected = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      Double d = DOUBLES.get(i);
      boolean passes = filter.endsWith("IS NULL") ? d == null : d != null && oracleFilter.test(d);
      if (passes) {
        expected.add(List.of(java.math.BigDecimal.valueOf(i)));
      }
    }
    String sql = "SELECT id FROM " + table + " WHERE " + filter + " ORDER BY id";
    TestingResults.assertSameRows(sql, expected, TestingResults.query(oracle.parquet(), sql));
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTC", "Asia/Kolkata", "America/New_York"})
  void utcAdjustedTimestampsArePrunedOnlyWhereTheZoneHasAFixedOffset(String zone) throws Exception {
    ZoneId zoneId = ZoneId.of(zone);
    // 2021-03-14 02:00 does not exist in New York: the wall clock jumps there
    LocalDateTime bound = LocalDateTime.of(2021, 3, 2, 12, 0);
    long expected = 0;
    for (int i = 0; i < ROWS; i++) {
      LocalDateTime wallClock = START.plusMinutes(i).atOffset(ZoneOffset.UTC).atZoneSameInstant(zoneId).toLocalDateTime();
      expected += wallClock.isBefore(bound) ? 1 : 0;
    }
    long rows = expected;
    TestingJvmZone.run(zone, data, connection -> {
      assertEquals(rows, count(connection, "SELECT COUNT(*) FROM sorted WHERE happened < TIMESTAMP '2021-03-02 12:00:00'"));
      TestingScans.Scan read = TestingScans.lastScan(connection);
      boolean fixed = zoneId.getRules().isFixedOffset();
      assertEquals(fixed, read.rowGroupsSkipped() > 0, read::toString);
    });
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      assertTrue(rs.next());
      return rs.getLong(1);
    }
  }
}
