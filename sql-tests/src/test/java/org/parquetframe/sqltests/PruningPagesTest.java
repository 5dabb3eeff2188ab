package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongPredicate;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pages skipped inside the row groups a scan reads: the pages of the filtered columns that the
 * column index shows can hold no passing value give the rows not to read (intersected over the
 * columns), and every column read skips its pages holding none of the other rows. Over sorted and
 * unsorted columns, a NULL-only and a NaN-holding column, in five layouts (every codec, v1 and v2
 * pages, dictionary and plain encoding, one row group or several), the rows are H2's (or, for NaN,
 * IEEE's) and {@code pf_scan_stats()} shows the pages and rows skipped where the data allows.
 */
class PruningPagesTest {
  static final int ROWS = 12_000;
  private static final int PAGE_ROWS = 250;
  private static final String SCHEMA = "message pages { required int64 id; required int64 rev; optional int32 grp;"
      + " optional double score; optional binary name (STRING); optional binary cat (STRING);"
      + " optional binary blank (STRING); optional int64 amount (DECIMAL(12,2)); optional int64 ts (TIMESTAMP(MICROS,false)); }";
  private static final String H2_COLUMNS = "id BIGINT, rev BIGINT, grp INTEGER, score DOUBLE PRECISION, name VARCHAR,"
      + " cat VARCHAR, blank VARCHAR, amount NUMERIC(12, 2), ts TIMESTAMP(3)";
  private static final String[] FRUITS = {"apple", "banana", "cherry", "date", "fig", "grape", "kiwi", "lemon"};
  private static final LocalDateTime FIRST = LocalDateTime.of(2022, 1, 1, 0, 0);
  /** Uncompressed v1 dictionary pages; SNAPPY v2 dictionary; ZSTD v1 plain; GZIP v2 plain; several row groups. */
  static final List<String> LAYOUTS = List.of("pages", "pages_snappy_v2", "pages_zstd_plain", "pages_gzip_plain_v2",
      "pages_groups");

  @TempDir
  static Path data;
  private static TestingOracle oracle;

  @BeforeAll
  static void writeFiles() throws SQLException {
    List<Object[]> rows = rows();
    oracle = TestingOracle.open(data);
    for (String layout : LAYOUTS) {
      Path file = layout(layout).write(rows);
      int rowGroups = TestingParquetFiles.rowGroupCount(file);
      assertTrue(layout.equals("pages_groups") ? rowGroups >= 3 : rowGroups == 1, () -> layout + ": " + rowGroups);
      oracle.h2Table(layout, H2_COLUMNS, rows);
    }
  }

  private static TestingParquetFiles layout(String table) {
    TestingParquetFiles file = TestingParquetFiles.file(data.resolve(table + ".parquet"), SCHEMA)
        .rowGroupBytes(64L << 20).options(b -> b.withPageRowCountLimit(PAGE_ROWS));
    return switch (table) {
      case "pages_snappy_v2" -> file.codec(CompressionCodecName.SNAPPY).pageV2(true);
      case "pages_zstd_plain" -> file.codec(CompressionCodecName.ZSTD).dictionary(false);
      case "pages_gzip_plain_v2" -> file.codec(CompressionCodecName.GZIP).pageV2(true).dictionary(false);
      case "pages_groups" -> file.codec(CompressionCodecName.SNAPPY).rowGroupBytes(96 * 1024);
      default -> file;
    };
  }

  @AfterAll
  static void close() throws SQLException {
    if (oracle != null) {
      oracle.close();
    }
  }

  /** id and name, amount, ts sorted; rev reverse-sorted; grp unsorted; cat in blocks; blank always NULL; score sorted with NaN. */
  static List<Object[]> rows() {
    Random random = new Random(17);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      rows.add(new Object[] {
          (long) i,
          (long) (ROWS - 1 - i),
          random.nextInt(8) == 0 ? null : random.nextInt(30),
          score(i),
          i % 50 == 0 ? null : String.format("n%05d", i),
          FRUITS[i / 1500],
          null,
          BigDecimal.valueOf(i * 37L, 2),
          FIRST.plusSeconds(i * 7L),
      });
    }
    return rows;
  }

  /** Sorted doubles, NULL every 40 rows, NaN in rows 3000 to 3009 and 9500 to 9504. */
  private static Double score(long i) {
    if (i % 40 == 0) {
      return null;
    }
    return i >= 3000 && i < 3010 || i >= 9500 && i < 9505 ? Double.NaN : i * 0.5;
  }

  /** What page pruning must have done for a predicate. */
  enum Expect { SKIPS_PAGES, READS_ALL_PAGES, ANY }

  static List<Arguments> predicates() {
    return List.of(
        Arguments.of("id BETWEEN 5000 AND 5100", Expect.SKIPS_PAGES),
        Arguments.of("id = 7", Expect.SKIPS_PAGES),
        Arguments.of("id < 100 OR id > 11900", Expect.SKIPS_PAGES),
        Arguments.of("id >= 11990", Expect.SKIPS_PAGES),
        Arguments.of("id IN (17, 6000, 11999)", Expect.SKIPS_PAGES),
        Arguments.of("rev < 300", Expect.SKIPS_PAGES),
        Arguments.of("id < 6500 AND rev < 6000", Expect.SKIPS_PAGES),
        Arguments.of("id < 3000 AND rev < 3000", Expect.ANY),
        Arguments.of("name BETWEEN 'n04000' AND 'n04020'", Expect.SKIPS_PAGES),
        Arguments.of("name LIKE 'n011%'", Expect.SKIPS_PAGES),
        Arguments.of("name IS NULL AND id < 1000", Expect.SKIPS_PAGES),
        Arguments.of("cat = 'date'", Expect.SKIPS_PAGES),
        Arguments.of("cat IN ('apple', 'lemon')", Expect.SKIPS_PAGES),
        Arguments.of("amount > 4400", Expect.SKIPS_PAGES),
        Arguments.of("ts < TIMESTAMP '2022-01-01 01:00:00'", Expect.SKIPS_PAGES),
        Arguments.of("blank IS NULL AND id > 11000", Expect.SKIPS_PAGES),
        Arguments.of("blank IS NULL", Expect.READS_ALL_PAGES),
        Arguments.of("grp = 3", Expect.ANY),
        Arguments.of("grp IS NULL", Expect.ANY),
        Arguments.of("grp = 3 AND id BETWEEN 200 AND 900", Expect.SKIPS_PAGES),
        Arguments.of("id <> 5", Expect.READS_ALL_PAGES),
        Arguments.of("id >= 0", Expect.READS_ALL_PAGES));
  }

  static List<Arguments> layoutsAndPredicates() {
    List<Arguments> cases = new ArrayList<>();
    for (String layout : LAYOUTS) {
      for (Arguments predicate : predicates()) {
        cases.add(Arguments.of(layout, predicate.get()[0], predicate.get()[1]));
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("layoutsAndPredicates")
  void sameRowsAsH2AndPagesSkippedWhereTheIndexAllows(String table, String predicate, Expect expect)
      throws SQLException {
    oracle.assertSameRows("SELECT * FROM " + table + " WHERE " + predicate + " ORDER BY id");
    TestingScans.Scan scan = TestingScans.lastScan(oracle.parquet());
    scan.assertAccountedFor();
    long pagesSkipped = scan.get("pages_skipped_by_column_index");
    if (expect != Expect.ANY) {
      assertEquals(expect == Expect.SKIPS_PAGES, pagesSkipped > 0, () -> predicate + ": " + scan);
      assertEquals(expect == Expect.SKIPS_PAGES, scan.get("rows_skipped_by_column_index") > 0, () -> predicate + ": " + scan);
    }
    long rowsOfRowGroupsRead = scan.get("rows_read") + scan.get("rows_skipped_by_column_index");
    assertTrue(rowsOfRowGroupsRead <= ROWS, scan::toString);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void pagesReadAndSkippedAddUpToThePagesOfTheColumnsRead(String table) throws SQLException {
    TestingScans.run(oracle.parquet(), "SELECT id, name, cat FROM " + table);
    TestingScans.Scan all = TestingScans.lastScan(oracle.parquet());
    assertEquals(0, all.get("pages_skipped_by_column_index"));
    assertEquals(ROWS, all.get("rows_read"));
    long pages = all.get("pages_read");
    assertTrue(pages >= 3L * ROWS / PAGE_ROWS, () -> "at least a page per " + PAGE_ROWS + " rows per column: " + all);

    oracle.assertSameRows("SELECT id, name, cat FROM " + table + " WHERE id BETWEEN 700 AND 1400 ORDER BY id");
    TestingScans.Scan some = TestingScans.lastScan(oracle.parquet());
    assertTrue(some.get("pages_read") < pages / 4, some::toString);
    if (some.get("row_groups_total") == 1) {
      assertEquals(pages, some.get("pages_read") + some.get("pages_skipped_by_column_index"), some::toString);
      assertEquals(ROWS, some.get("rows_read") + some.get("rows_skipped_by_column_index"), some::toString);
    }
  }

  static List<String> layouts() {
    return LAYOUTS;
  }

  @Test
  void pagesThatMayHoldNaNAreRead() throws SQLException {
    for (String table : List.of("pages", "pages_gzip_plain_v2")) {
      assertScores(table, "score > 4000", v -> score(v) != null && score(v) > 4000);
      TestingScans.Scan above = TestingScans.lastScan(oracle.parquet());
      assertTrue(above.get("pages_skipped_by_column_index") > 0, above::toString);
      // the page holding rows 3000 to 3009 (NaN) is read although its bounds are below 4000
      assertTrue(above.get("rows_read") >= ROWS - 8000 + 10, above::toString);
      assertScores(table, "score < 100", v -> score(v) != null && score(v) < 100);
      assertScores(table, "score = 2000", v -> score(v) != null && score(v) == 2000);
    }
  }

  @Test
  void aRowGroupWhosePagesMatchEachFilterButNoRowMatchesAllIsSkipped() throws SQLException {
    oracle.assertSameRows("SELECT id FROM pages WHERE id < 3000 AND rev < 3000");
    TestingScans.Scan read = TestingScans.lastScan(oracle.parquet());
    assertEquals(1, read.get("row_groups_skipped_by_column_index"), read::toString);
    assertEquals(0, read.get("pages_read"), read::toString);
  }

  @Test
  void aCountReadsNoPage() throws SQLException {
    oracle.assertSameRows("SELECT count(*) FROM pages_groups");
    TestingScans.Scan fromFooters = TestingScans.lastScan(oracle.parquet());
    assertEquals(0, fromFooters.get("pages_read"), fromFooters::toString);
    assertEquals(4, fromFooters.get("row_groups_answered_from_metadata"), fromFooters::toString);
    // under a LIMIT the count is no footer's answer: the scan enumerates rows of no column
    oracle.assertSameRows("SELECT count(*) FROM (SELECT * FROM pages_groups LIMIT " + (ROWS + 1) + ")");
    TestingScans.Scan scanned = TestingScans.lastScan(oracle.parquet());
    assertEquals(0, scanned.get("pages_read"), scanned::toString);
    assertEquals(ROWS, scanned.get("rows_read"), scanned::toString);
  }

  /** The ids where {@code expected} holds, compared with what ParquetFrame returns (IEEE comparisons, NULL fails). */
  private static void assertScores(String table, String filter, LongPredicate expected) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    for (long i = 0; i < ROWS; i++) {
      if (expected.test(i)) {
        rows.add(List.of(BigDecimal.valueOf(i)));
      }
    }
    String sql = "SELECT id FROM " + table + " WHERE " + filter + " ORDER BY id";
    TestingResults.assertSameRows(sql, rows, TestingResults.query(oracle.parquet(), sql));
  }
}
