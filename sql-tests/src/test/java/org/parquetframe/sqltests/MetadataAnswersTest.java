package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code COUNT(*)}, {@code COUNT(c)}, {@code MIN(c)} and {@code MAX(c)} — grouped by and filtered
 * on partition keys only — are answered from footers: row counts, partition values and exact
 * statistics. The plan shows a ParquetMetadataScan, {@code pf_scan_stats()} shows no row group read,
 * and the answers are H2's over the same rows, for every type (several row groups each, NULLs
 * among the values), a directory of files with an empty one, one lacking a column and one whose
 * column is all NULL, and a Hive-partitioned table. Files whose data pages are garbage still
 * answer: no data page is opened.
 */
class MetadataAnswersTest {
  private static final String AGGREGATES = "SELECT COUNT(*), COUNT(c), MIN(c), MAX(c) FROM ";
  /** Types whose statistics cannot give SQL's MIN and MAX exactly (see ExactBounds): those are scanned. */
  private static final Set<String> SCANNED_TYPES = Set.of("float16", "double_special", "binary", "fixed", "int96");

  @TempDir
  static Path data;
  private static TestingOracle oracle;

  @BeforeAll
  static void writeTables() throws SQLException, IOException {
    oracle = TestingOracle.open(data);
    for (TestingTypeCase type : TypesRoundTripTest.cases()) {
      writeType(type);
    }
    writeMixedFiles();
    writePartitionedSales();
    writeGarbledPages();
  }

  @AfterAll
  static void close() throws SQLException {
    if (oracle != null) {
      oracle.close();
    }
  }

  /** The type's values and NULLs 300 times over, in row groups of about a kilobyte. */
  private static void writeType(TestingTypeCase type) throws SQLException {
    List<Object[]> parquetRows = repeated(type.parquetRows(), 300);
    TestingParquetFiles.file(data.resolve(type.table() + ".parquet"), type.parquetSchema()).rowGroupBytes(1024)
        .write(parquetRows);
    oracle.h2Table(type.table(), "id BIGINT, c " + type.h2Type, repeated(type.h2Rows(), 300));
  }

  private static List<Object[]> repeated(List<Object[]> rows, int times) {
    List<Object[]> repeated = new ArrayList<>();
    for (int t = 0; t < times; t++) {
      for (Object[] row : rows) {
        Object[] copy = row.clone();
        copy[0] = (long) repeated.size();
        repeated.add(copy);
      }
    }
    return repeated;
  }

  /**
   * {@code mixed/}: a file of several row groups, an empty file (no row group at all), a file that
   * lacks {@code score}, and one whose {@code score} is NULL in every row.
   */
  private static void writeMixedFiles() throws SQLException {
    String full = "message m { required int64 id; optional binary name (STRING); optional double score; }";
    List<Object[]> h2Rows = new ArrayList<>();
    List<Object[]> a = new ArrayList<>();
    for (long id = 0; id < 3000; id++) {
      Object[] row = {id, id % 7 == 0 ? null : "n" + (id * 31 % 1000), id % 5 == 0 ? null : id * 0.5 - 700.25};
      a.add(row);
      h2Rows.add(row);
    }
    TestingParquetFiles.file(data.resolve("mixed/a.parquet"), full).rowGroupBytes(4 * 1024).write(a);
    TestingParquetFiles.file(data.resolve("mixed/b.parquet"), full).write(List.of());
    List<Object[]> c = new ArrayList<>();
    for (long id = 5000; id < 5100; id++) {
      c.add(new Object[] {id, "late" + id});
      h2Rows.add(new Object[] {id, "late" + id, null});
    }
    TestingParquetFiles.file(data.resolve("mixed/c.parquet"), "message m { required int64 id; optional binary name"
        + " (STRING); }").write(c);
    List<Object[]> d = new ArrayList<>();
    for (long id = -50; id < 0; id++) {
      d.add(new Object[] {id, "zz", null});
      h2Rows.add(d.get(d.size() - 1));
    }
    TestingParquetFiles.file(data.resolve("mixed/d.parquet"), full).write(d);
    oracle.h2Table("mixed", "id BIGINT, name VARCHAR, score DOUBLE PRECISION", h2Rows);
    assertTrue(TestingParquetFiles.rowGroupCount(data.resolve("mixed/a.parquet")) >= 5);
  }

  /** {@code sales/year=Y/month=M/region=R/}: BIGINT keys and a VARCHAR key with Hive's NULL partition. */
  private static void writePartitionedSales() throws SQLException {
    List<Object[]> h2Rows = new ArrayList<>();
    long id = 0;
    String[] regions = {"eu", "us", "__HIVE_DEFAULT_PARTITION__"};
    for (int year = 2022; year <= 2024; year++) {
      for (int month = 1; month <= 4; month++) {
        for (String region : regions) {
          List<Object[]> rows = new ArrayList<>();
          int count = (year * 7 + month * 3 + region.length()) % 40;
          for (int i = 0; i < count; i++, id++) {
            BigDecimal amount = i % 6 == 0 ? null : BigDecimal.valueOf(id * 37 % 100_000, 2);
            rows.add(new Object[] {id, amount});
            h2Rows.add(new Object[] {id, amount, (long) year, (long) month, region.startsWith("__") ? null : region});
          }
          TestingParquetFiles.file(data.resolve(String.format("sales/year=%d/month=%d/region=%s/part.parquet", year,
              month, region)), "message s { required int64 id; optional int64 amount (DECIMAL(12,2)); }").write(rows);
        }
      }
    }
    oracle.h2Table("sales", "id BIGINT, amount NUMERIC(12, 2), \"year\" BIGINT, \"month\" BIGINT, region VARCHAR",
        h2Rows);
  }

  /** {@code garbled/}: intact footers over data pages overwritten with garbage: reading any page fails. */
  private static void writeGarbledPages() throws IOException {
    for (int part = 0; part < 3; part++) {
      List<Object[]> rows = new ArrayList<>();
      for (long i = 0; i < 500; i++) {
        rows.add(new Object[] {part * 1000 + i, i % 3 == 0 ? null : "v" + (i * 13 % 97)});
      }
      Path file = TestingParquetFiles.file(data.resolve("garbled/part=" + part + "/g.parquet"),
          "message g { required int64 id; optional binary tag (STRING); }").rowGroupBytes(1024).write(rows);
      byte[] bytes = Files.readAllBytes(file);
      int footerLength = ByteBuffer.wrap(bytes, bytes.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
      Arrays.fill(bytes, 4, bytes.length - 8 - footerLength, (byte) 0xA5);
      Files.write(file, bytes);
    }
  }

  /** Runs {@code sql} on both databases, then checks that the plan and the scan counters show a footer answer. */
  private static void assertAnsweredFromFooters(String sql) throws SQLException {
    oracle.assertSameRows(sql);
    assertFooterAnswerOnly(sql);
  }

  private static void assertFooterAnswerOnly(String sql) throws SQLException {
    String plan = TestingScans.explain(oracle.parquet(), sql);
    assertEquals(1, TestingScans.planMetadataScans(plan).size(), plan);
    assertEquals(List.of(), TestingScans.planScans(plan), plan);
    TestingScans.Scan scan = TestingScans.lastScan(oracle.parquet());
    scan.assertAccountedFor();
    assertEquals(0, scan.get("row_groups_read"), scan::toString);
    assertEquals(0, scan.get("rows_read"), scan::toString);
    assertEquals(0, scan.get("files_read"), scan::toString);
    assertEquals(scan.get("row_groups_total"), scan.get("row_groups_answered_from_metadata"), scan::toString);
  }

  static List<TestingTypeCase> types() {
    return TypesRoundTripTest.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void countsMinimumsAndMaximumsOfEveryTypeAreH2s(TestingTypeCase type) throws SQLException {
    String sql = AGGREGATES + type.table();
    assertTrue(TestingParquetFiles.rowGroupCount(data.resolve(type.table() + ".parquet")) > 1);
    if (SCANNED_TYPES.contains(type.name)) {
      if (!type.name.equals("double_special")) { // H2 and Calcite order NaN differently; not ours to settle here
        oracle.assertSameRows(sql);
      }
      String plan = TestingScans.explain(oracle.parquet(), sql);
      assertEquals(List.of(), TestingScans.planMetadataScans(plan), plan);
      assertAnsweredFromFooters("SELECT COUNT(*) FROM " + type.table());
    } else {
      assertAnsweredFromFooters(sql);
    }
  }

  static List<String> mixedQueries() {
    return List.of(
        "SELECT COUNT(*) FROM mixed",
        "SELECT COUNT(score), MIN(score), MAX(score) FROM mixed",
        "SELECT MIN(name), MAX(name), COUNT(name), COUNT(id), MAX(id), MIN(id) FROM mixed",
        "SELECT MAX(score) AS top, COUNT(*) AS n, MAX(score) AS again FROM mixed",
        "SELECT COUNT(*) + 1, MAX(id) * 2 FROM mixed",
        "SELECT MIN(DISTINCT id) FROM mixed",
        "SELECT COUNT(*) FROM mixed HAVING COUNT(*) > 10");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mixedQueries")
  void filesThatAreEmptyLackAColumnOrHoldOnlyNullsAddNothing(String sql) throws SQLException {
    assertAnsweredFromFooters(sql);
    TestingScans.Scan scan = TestingScans.lastScan(oracle.parquet());
    assertEquals(4, scan.get("files_total"));
    assertEquals(3, scan.get("files_answered_from_metadata"), scan::toString);
    assertEquals(1, scan.get("files_skipped_by_row_groups"), "the empty file has no row group: " + scan);
  }

  static List<Arguments> partitionQueries() {
    return List.of(
        Arguments.of("SELECT COUNT(*) FROM sales WHERE \"year\" = 2024", 12),
        Arguments.of("SELECT COUNT(*), MAX(amount), MIN(id) FROM sales WHERE \"year\" = 2023 AND \"month\" IN (1, 4)", 6),
        Arguments.of("SELECT \"year\", COUNT(*), MIN(amount) FROM sales GROUP BY \"year\"", 36),
        Arguments.of("SELECT region, \"month\", COUNT(*) FROM sales WHERE \"year\" > 2022 GROUP BY region, \"month\"",
            24),
        Arguments.of("SELECT COUNT(region), COUNT(*), MIN(region), MAX(\"month\") FROM sales", 36),
        Arguments.of("SELECT DISTINCT \"year\" FROM sales", 36),
        Arguments.of("SELECT COUNT(*) FROM sales WHERE region IS NULL OR region = 'eu'", 24),
        Arguments.of("SELECT COUNT(*) FROM sales WHERE \"year\" + \"month\" = 2026", 36),
        Arguments.of("SELECT \"month\", MAX(id) FROM sales WHERE region LIKE 'u%' GROUP BY \"month\" HAVING COUNT(*) > 3",
            12),
        Arguments.of("SELECT COUNT(*) FROM sales WHERE \"year\" = 1999", 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("partitionQueries")
  void partitionFiltersAndGroupsAreEvaluatedExactlyOnThePartitionValues(String sql, int filesOpened)
      throws SQLException {
    assertAnsweredFromFooters(sql);
    TestingScans.Scan scan = TestingScans.lastScan(oracle.parquet());
    assertEquals(36, scan.get("files_total"));
    assertEquals(36 - filesOpened, scan.get("files_skipped_by_partition"), scan::toString);
  }

  @Test
  void explainShowsWhatTheFootersAnswerAndFromHowManyFiles() throws SQLException {
    String plan = TestingScans.explain(oracle.parquet(),
        "SELECT \"month\", COUNT(*), MAX(amount) FROM sales WHERE \"year\" = 2024 GROUP BY \"month\"");
    TestingScans.PlanMetadataScan scan = TestingScans.planMetadataScans(plan).get(0);
    assertEquals("sales", scan.table());
    assertEquals("month, year, rows, max(amount)", scan.answers(), "group keys, filtered keys, then aggregates");
    assertEquals("\"year\" = 2024", scan.filter());
    assertEquals(12, scan.filesKept());
    assertEquals(36, scan.files());
    assertTrue(plan.contains("$SUM0("), plan);
  }

  static List<String> notFromFooters() {
    return List.of(
        "SELECT COUNT(*) FROM sales WHERE id > 100",
        "SELECT SUM(amount) FROM sales",
        "SELECT COUNT(DISTINCT amount) FROM sales",
        "SELECT MAX(amount + 1) FROM sales",
        "SELECT id, COUNT(*) FROM sales GROUP BY id",
        "SELECT COUNT(*) FILTER (WHERE amount > 5) FROM sales",
        "SELECT COUNT(*) FROM (SELECT * FROM sales LIMIT 10) t",
        "SELECT SUM(id), MAX(id) FROM sales");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notFromFooters")
  void whatTheFootersCannotAnswerIsScanned(String sql) throws SQLException {
    oracle.assertSameRows(sql);
    assertEquals(List.of(), TestingScans.planMetadataScans(TestingScans.explain(oracle.parquet(), sql)));
  }

  @Test
  void answersNeedNoDataPage() throws SQLException {
    List<List<Object>> rows = TestingResults.query(oracle.parquet(),
        "SELECT COUNT(*), COUNT(tag), MIN(id), MAX(tag), MAX(part) FROM garbled WHERE part > 0");
    assertEquals(List.of(List.of(BigDecimal.valueOf(1000), BigDecimal.valueOf(666), BigDecimal.valueOf(1000), "v96",
        BigDecimal.valueOf(2))), rows);
    assertEquals(0, TestingScans.lastScan(oracle.parquet()).get("rows_read"));
    SQLException error = assertThrows(SQLException.class,
        () -> TestingResults.query(oracle.parquet(), "SELECT SUM(id) FROM garbled"));
    assertTrue(error.getMessage().contains("g.parquet"), error::getMessage);
    assertFalse(TestingResults.query(oracle.parquet(), "SELECT COUNT(*) FROM garbled").isEmpty(),
        "the connection goes on");
  }
}
