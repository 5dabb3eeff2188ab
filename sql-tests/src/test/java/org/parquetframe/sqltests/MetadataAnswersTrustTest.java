package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.FileMetaData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Footers answer a MIN, MAX or COUNT only where their statistics give exactly what SQL computes:
 * a row group without statistics, without NULL or NaN counts, with a NaN, a zero bound, a bound
 * its writer declares inexact (or a string bound of a writer not known to keep bounds whole),
 * characters whose order differs between Java and Parquet, or bounds in the wrong order make the
 * query scan instead — decided when it is planned, and again when it runs if the files changed in
 * between. Each answer is H2's; the plan and {@code pf_scan_stats()} show which way it came.
 */
class MetadataAnswersTrustTest {
  private static final String SCHEMA = "message t { required int64 id; optional binary name (STRING);"
      + " optional double score; }";
  private static final List<Object[]> ROWS = rows();

  @TempDir
  static Path data;
  private static TestingOracle oracle;

  private static List<Object[]> rows() {
    List<Object[]> rows = new ArrayList<>();
    for (long id = 0; id < 2000; id++) {
      rows.add(new Object[] {id, id % 9 == 0 ? null : "n" + (id * 7 % 500), id % 4 == 0 ? null : id * 0.75 + 1.5});
    }
    return rows;
  }

  /** Table {@code name}: the rows above in several row groups, its footer then changed by {@code change}. */
  private static void table(String name, Consumer<FileMetaData> change) throws SQLException {
    Path file = TestingParquetFiles.file(data.resolve(name + ".parquet"), SCHEMA).rowGroupBytes(2048).write(ROWS);
    TestingFooters.rewrite(file, change);
    oracle.h2Table(name, "id BIGINT, name VARCHAR, score DOUBLE PRECISION", ROWS);
  }

  private static Consumer<FileMetaData> unchanged() {
    return metadata -> { };
  }

  /** {@code change} applied to the chunk of {@code column} in row group 1 only. */
  private static Consumer<FileMetaData> secondRowGroup(String column, Consumer<ColumnChunk> change) {
    return metadata -> metadata.getRow_groups().get(1).getColumns().stream()
        .filter(chunk -> chunk.getMeta_data().getPath_in_schema().get(0).equals(column)).forEach(change);
  }

  @BeforeAll
  static void writeTables() throws SQLException {
    oracle = TestingOracle.open(data);
    table("plain", unchanged());
    table("no_statistics", secondRowGroup("name", chunk -> chunk.getMeta_data().unsetStatistics()));
    table("no_null_count", TestingFooters.eachChunk("name", chunk -> chunk.getMeta_data().getStatistics()
        .unsetNull_count()));
    table("no_nan_count", TestingFooters.eachChunk("score", chunk -> chunk.getMeta_data().getStatistics()
        .unsetNan_count()));
    table("inexact", secondRowGroup("name", chunk -> chunk.getMeta_data().getStatistics().setIs_max_value_exact(false)));
    table("exact_elsewhere", TestingFooters.eachChunk("name", chunk -> chunk.getMeta_data().getStatistics()
        .setIs_min_value_exact(true).setIs_max_value_exact(true)).andThen(m -> m.setCreated_by("other-writer 2.0")));
    table("undeclared_elsewhere", metadata -> metadata.setCreated_by("other-writer 2.0"));
    table("wrong_order", secondRowGroup("id", chunk -> {
      var statistics = chunk.getMeta_data().getStatistics();
      byte[] min = statistics.getMin_value();
      statistics.setMin_value(statistics.getMax_value()).setMax_value(min);
    }));
    writeSpecialValues();
  }

  /** Tables whose values themselves keep statistics from answering: NaN, a zero bound, characters past U+D800. */
  private static void writeSpecialValues() throws SQLException {
    List<Object[]> nan = new ArrayList<>();
    List<Object[]> zero = new ArrayList<>();
    List<Object[]> surrogates = new ArrayList<>();
    for (long id = 0; id < 600; id++) {
      nan.add(new Object[] {id, "a", id == 450 ? Double.NaN : id * 1.5 + 1});
      zero.add(new Object[] {id, "a", id * 1.5});
      surrogates.add(new Object[] {id, id % 3 == 0 ? "x\uD83D\uDE00" : id % 3 == 1 ? "x\uE000" : "x" + id, 1.0});
    }
    TestingParquetFiles.file(data.resolve("nan.parquet"), SCHEMA).rowGroupBytes(1024).write(nan);
    TestingParquetFiles.file(data.resolve("zero.parquet"), SCHEMA).rowGroupBytes(1024).write(zero);
    TestingParquetFiles.file(data.resolve("surrogates.parquet"), SCHEMA).rowGroupBytes(1024).write(surrogates);
    oracle.h2Table("zero", "id BIGINT, name VARCHAR, score DOUBLE PRECISION", zero);
    oracle.h2Table("surrogates", "id BIGINT, name VARCHAR, score DOUBLE PRECISION", surrogates);
  }

  @AfterAll
  static void close() throws SQLException {
    if (oracle != null) {
      oracle.close();
    }
  }

  private static boolean answeredFromFooters(String sql) throws SQLException {
    return !TestingScans.planMetadataScans(TestingScans.explain(oracle.parquet(), sql)).isEmpty();
  }

  static List<Arguments> cases() {
    return List.of(
        Arguments.of("SELECT COUNT(*), COUNT(name), MIN(name), MAX(name), MIN(score), MAX(id) FROM plain", true),
        Arguments.of("SELECT MIN(name) FROM no_statistics", false),
        Arguments.of("SELECT COUNT(*), MAX(score), MIN(id) FROM no_statistics", true),
        Arguments.of("SELECT COUNT(name) FROM no_null_count", false),
        Arguments.of("SELECT MIN(name), MAX(name) FROM no_null_count", true),
        Arguments.of("SELECT MAX(score) FROM no_nan_count", false),
        Arguments.of("SELECT COUNT(score) FROM no_nan_count", true),
        Arguments.of("SELECT MAX(name) FROM inexact", false),
        Arguments.of("SELECT MIN(name), MAX(name) FROM exact_elsewhere", true),
        Arguments.of("SELECT MIN(name) FROM undeclared_elsewhere", false),
        Arguments.of("SELECT MIN(id), MAX(score), COUNT(name) FROM undeclared_elsewhere", true),
        Arguments.of("SELECT MIN(id) FROM wrong_order", false),
        Arguments.of("SELECT MAX(score) FROM zero", false),
        Arguments.of("SELECT MIN(score) FROM zero WHERE TRUE", false),
        Arguments.of("SELECT MIN(name), MAX(name) FROM surrogates", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void footersAnswerOnlyWhereTheirStatisticsAreExact(String sql, boolean fromFooters) throws SQLException {
    assertEquals(fromFooters, answeredFromFooters(sql), () -> "plan of " + sql);
    oracle.assertSameRows(sql);
    TestingScans.Scan scan = TestingScans.lastScan(oracle.parquet());
    scan.assertAccountedFor();
    assertEquals(fromFooters, scan.get("row_groups_read") == 0, scan::toString);
  }

  @Test
  void aNaNAnywhereMeansTheColumnIsScanned() throws SQLException {
    assertTrue(answeredFromFooters("SELECT COUNT(*), COUNT(score) FROM nan"));
    assertTrue(!answeredFromFooters("SELECT MAX(score) FROM nan"));
    assertEquals(List.of(List.of(600 * 1.5 - 0.5)), TestingResults.query(oracle.parquet(),
        "SELECT MAX(score) FROM nan WHERE score < 1000"));
  }

  @Test
  void utcTimestampsAreAnsweredInAZoneWithoutDaylightSavingOnly() throws Exception {
    List<Object[]> rows = new ArrayList<>();
    LocalDateTime start = LocalDateTime.of(2024, 3, 9, 12, 0);
    for (long id = 0; id < 400; id++) {
      rows.add(new Object[] {id, start.plusMinutes(id * 7)});
    }
    TestingParquetFiles.file(data.resolve("zoned/instants.parquet"),
        "message z { required int64 id; optional int64 ts (TIMESTAMP(MILLIS,true)); }").rowGroupBytes(1024).write(rows);
    Path zoned = data.resolve("zoned");
    String fromFooters = "SELECT MIN(ts), MAX(ts) FROM instants";
    String scanned = "SELECT MIN(ts), MAX(ts) FROM instants WHERE id >= 0";
    // the tests run in UTC; a zone with an offset that never changed, and one with daylight saving
    for (String zone : List.of("GMT+05:30", "America/New_York")) {
      TestingJvmZone.run(zone, zoned, connection -> {
        boolean answered = !TestingScans.planMetadataScans(TestingScans.explain(connection, fromFooters)).isEmpty();
        assertEquals(!zone.equals("America/New_York"), answered, zone);
        assertEquals(TestingResults.query(connection, scanned), TestingResults.query(connection, fromFooters), zone);
      });
    }
    try (Connection utc = TestingOracle.parquetFrame(zoned)) {
      assertTrue(!TestingScans.planMetadataScans(TestingScans.explain(utc, fromFooters)).isEmpty());
      assertEquals(TestingResults.query(utc, scanned), TestingResults.query(utc, fromFooters));
    }
  }

  @Test
  void aPlannedAnswerReadsTheFilesAsTheyAreWhenItRuns() throws Exception {
    Path file = data.resolve("changing.parquet");
    write(file, 100, true);
    try (PreparedStatement query = oracle.parquet().prepareStatement("SELECT COUNT(*), MAX(id), MAX(name) FROM changing")) {
      assertEquals(List.of(row(100, 99, "n099")), TestingResults.rows(query.executeQuery()));
      replace(file, 250, true);
      assertEquals(List.of(row(250, 249, "n249")), TestingResults.rows(query.executeQuery()));
      assertEquals(0, TestingScans.lastScan(oracle.parquet()).get("rows_read"));
      replace(file, 300, false); // no statistics for name now: the prepared plan scans instead
      assertEquals(List.of(row(300, 299, "n299")), TestingResults.rows(query.executeQuery()));
      TestingScans.Scan scan = TestingScans.lastScan(oracle.parquet());
      scan.assertAccountedFor();
      assertEquals(300, scan.get("rows_read"), scan::toString);
    }
  }

  @Test
  void aColumnWhoseTypeChangedSincePlanningIsAnError() throws Exception {
    Path file = data.resolve("retyped.parquet");
    write(file, 10, true);
    Connection connection = oracle.parquet();
    try (PreparedStatement query = connection.prepareStatement("SELECT MAX(name) FROM retyped")) {
      Path temporary = data.resolve(".retyped.tmp");
      TestingParquetFiles.file(temporary, "message t { required int64 id; optional int64 name; }")
          .write(List.<Object[]>of(new Object[] {1L, 5L}));
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      SQLException error = assertThrows(SQLException.class, () -> TestingResults.rows(query.executeQuery()));
      assertTrue(error.getMessage().contains("changed after the query was planned"), error::getMessage);
      assertTrue(error.getMessage().contains("'name'"), error::getMessage);
    }
    assertEquals(List.of(List.of(java.math.BigDecimal.valueOf(5))),
        TestingResults.query(connection, "SELECT MAX(name) FROM retyped"), "planned again, it answers");
  }

  private static List<Object> row(long count, long maxId, String maxName) {
    return List.of(java.math.BigDecimal.valueOf(count), java.math.BigDecimal.valueOf(maxId), maxName);
  }

  /** {@code rows} rows in several row groups; without statistics for {@code name} unless {@code statistics}. */
  private static void write(Path file, int rows, boolean statistics) {
    List<Object[]> values = new ArrayList<>();
    for (long id = 0; id < rows; id++) {
      values.add(new Object[] {id, String.format("n%03d", id), 1.0});
    }
    TestingParquetFiles.file(file, SCHEMA).rowGroupBytes(1024).write(values);
    if (!statistics) {
      TestingFooters.rewrite(file, TestingFooters.eachChunk("name", chunk -> chunk.getMeta_data().unsetStatistics()));
    }
  }

  /** Writes elsewhere, then renames over {@code file}, as careful writers do. */
  private static void replace(Path file, int rows, boolean statistics) throws IOException {
    Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
    write(temporary, rows, statistics);
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
