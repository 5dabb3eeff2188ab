package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pushed operator on every pushed type, compared with H2 on the same rows, over a table laid
 * out to exercise pruning: many small row groups, sorted columns (whose row groups statistics can
 * exclude) next to unsorted ones (which they cannot), a low-cardinality dictionary column whose
 * row groups each hold a few of its values, and a column that is NULL in every row, written in
 * four layouts (codecs, page versions, dictionary or plain encoding, bloom filters). Each query
 * also says whether pruning must have skipped something, and {@code pf_scan_stats()} must agree;
 * every row group is always either read or skipped for a reason.
 */
class PushdownDifferentialTest {
  static final int ROWS = 6000;
  static final String SCHEMA = "message facts { required int64 id; optional int32 grp; optional int32 qty;"
      + " optional int32 tiny (INTEGER(8,true)); optional double price; optional float ratio;"
      + " optional binary name (STRING); optional int64 amount (DECIMAL(12,2)); optional boolean flag;"
      + " optional int32 dt (DATE); optional int64 ts (TIMESTAMP(MICROS,false)); optional binary blank (STRING);"
      + " optional binary cat (STRING); }";
  static final String H2_COLUMNS = "id BIGINT, grp INTEGER, qty INTEGER, tiny TINYINT, price DOUBLE PRECISION,"
      + " ratio REAL, name VARCHAR, amount NUMERIC(12, 2), flag BOOLEAN, dt DATE, ts TIMESTAMP(3), blank VARCHAR,"
      + " cat VARCHAR";
  private static final String[] FRUITS = {"apple", "banana", "cherry", "date", "fig", "grape", "kiwi", "lemon"};

  @TempDir
  static Path data;
  private static TestingOracle oracle;

  /**
   * The same rows in four layouts: dictionary-encoded v1 pages uncompressed; v2 pages with SNAPPY;
   * plain-encoded v1 pages with ZSTD and plain v2 pages with GZIP, both with bloom filters on the
   * point-looked-up columns (so that the dictionary column is still pruned without a dictionary).
   */
  static final List<String> LAYOUTS = List.of("facts", "facts_snappy_v2", "facts_zstd_plain", "facts_gzip_plain_v2");

  @BeforeAll
  static void writeFacts() throws SQLException {
    List<Object[]> rows = facts();
    oracle = TestingOracle.open(data).h2Table("facts", H2_COLUMNS, rows);
    for (String layout : LAYOUTS) {
      Path file = layout(layout).write(rows);
      int rowGroups = TestingParquetFiles.rowGroupCount(file);
      assertTrue(rowGroups >= 15, () -> layout + ": many small row groups, not " + rowGroups);
      if (!layout.equals("facts")) {
        oracle.h2Table(layout, H2_COLUMNS, rows);
      }
    }
  }

  private static TestingParquetFiles layout(String table) {
    TestingParquetFiles file = TestingParquetFiles.file(data.resolve(table + ".parquet"), SCHEMA)
        .rowGroupBytes(8 * 1024).pageBytes(2 * 1024);
    return switch (table) {
      case "facts_snappy_v2" -> file.codec(CompressionCodecName.SNAPPY).pageV2(true);
      case "facts_zstd_plain" -> file.codec(CompressionCodecName.ZSTD).dictionary(false).options(PushdownDifferentialTest::blooms);
      // v2's delta encodings are compact: smaller row groups to get as many
      case "facts_gzip_plain_v2" -> file.codec(CompressionCodecName.GZIP).pageV2(true).dictionary(false)
          .rowGroupBytes(3 * 1024).options(PushdownDifferentialTest::blooms);
      default -> file;
    };
  }

  private static ExampleParquetWriter.Builder blooms(ExampleParquetWriter.Builder builder) {
    for (String column : List.of("id", "name", "cat", "grp")) {
      builder = builder.withBloomFilterEnabled(column, true).withBloomFilterNDV(column, 200);
    }
    return builder;
  }

  @AfterAll
  static void close() throws SQLException {
    if (oracle != null) {
      oracle.close();
    }
  }

  /** Sorted: id, price, name, amount, dt, ts; unsorted: grp, qty, tiny, ratio, cat; flag TRUE only in the first half. */
  static List<Object[]> facts() {
    Random random = new Random(7);
    LocalDate firstDay = LocalDate.of(2020, 1, 1);
    LocalDateTime firstMinute = LocalDateTime.of(2021, 1, 1, 0, 0);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      rows.add(new Object[] {
          (long) i,
          random.nextInt(10) == 0 ? null : random.nextInt(20),
          i % 97 - 40,
          i % 200 - 100,
          i % 33 == 0 ? null : i * 0.25 + 0.125,
          (float) ((i * 7 % 50) / 8.0),
          i % 50 == 0 ? null : String.format("n%05d", i),
          BigDecimal.valueOf(i * 37L, 2),
          i % 41 == 0 ? null : i < ROWS / 2 && i % 3 != 0,
          firstDay.plusDays(i / 20),
          firstMinute.plusMinutes(i).plusNanos(123_456_000),
          null,
          FRUITS[(i / 400 * 3 + random.nextInt(2)) % FRUITS.length],
      });
    }
    return rows;
  }

  /** What pruning must have done for a predicate: skipped something, nothing, or either (unsorted data). */
  enum Expect { PRUNES, READS_ALL, ANY }

  static final Expect PRUNES = Expect.PRUNES;
  static final Expect READS_ALL = Expect.READS_ALL;
  static final Expect ANY = Expect.ANY;

  static List<Arguments> predicates() {
    return List.of(
        // BIGINT, sorted
        Arguments.of("id = 1234", PRUNES),
        Arguments.of("id <> 1234", READS_ALL),
        Arguments.of("id < 150", PRUNES),
        Arguments.of("id <= 150", PRUNES),
        Arguments.of("id > 5800", PRUNES),
        Arguments.of("id >= 5800", PRUNES),
        Arguments.of("id BETWEEN 2000 AND 2100", PRUNES),
        Arguments.of("id NOT BETWEEN 100 AND 5900", PRUNES),
        Arguments.of("id IN (3, 3000, 5999)", PRUNES),
        Arguments.of("id NOT IN (3, 3000)", READS_ALL),
        Arguments.of("NOT (id > 100)", PRUNES),
        Arguments.of("id IS NULL", PRUNES),
        Arguments.of("id IS NOT NULL", READS_ALL),
        // INTEGER, TINYINT, unsorted
        Arguments.of("grp = 7", ANY),
        Arguments.of("grp IS NULL", ANY),
        Arguments.of("grp IN (1, 2) AND id < 500", PRUNES),
        Arguments.of("qty > 50", ANY),
        Arguments.of("qty < -50", PRUNES),
        Arguments.of("tiny >= 90", ANY),
        Arguments.of("tiny < -100", PRUNES),
        Arguments.of("qty > 2.5", ANY),
        // DOUBLE, sorted with NULLs; REAL, unsorted
        Arguments.of("price > 1400.5", PRUNES),
        Arguments.of("price <= 10", PRUNES),
        Arguments.of("price = 100.125", PRUNES),
        Arguments.of("price BETWEEN 500 AND 510.5", PRUNES),
        Arguments.of("price IS NULL", ANY),
        Arguments.of("price < 0.1", PRUNES),
        Arguments.of("ratio < 0.5", ANY),
        Arguments.of("ratio = 6.125", ANY),
        Arguments.of("ratio > 7", PRUNES),
        // VARCHAR, sorted
        Arguments.of("name = 'n01234'", PRUNES),
        Arguments.of("name > 'n05900'", PRUNES),
        Arguments.of("name < 'n00100'", PRUNES),
        Arguments.of("name LIKE 'n012%'", PRUNES),
        Arguments.of("name LIKE 'n0_2%'", READS_ALL),
        Arguments.of("name NOT LIKE 'n0%'", PRUNES),
        Arguments.of("name IN ('n00007', 'n05998')", PRUNES),
        Arguments.of("name BETWEEN 'n02000' AND 'n02050'", PRUNES),
        Arguments.of("name IS NOT NULL", READS_ALL),
        // DECIMAL, sorted
        Arguments.of("amount >= 2000", PRUNES),
        Arguments.of("amount = 12.58", PRUNES),
        Arguments.of("amount < 1", PRUNES),
        // BOOLEAN
        Arguments.of("flag", PRUNES),
        Arguments.of("NOT flag", READS_ALL),
        Arguments.of("flag IS NULL", ANY),
        Arguments.of("flag IS NOT TRUE", READS_ALL),
        Arguments.of("flag = FALSE", READS_ALL),
        // DATE and TIMESTAMP, sorted
        Arguments.of("dt = DATE '2020-03-01'", PRUNES),
        Arguments.of("dt < DATE '2020-01-05'", PRUNES),
        Arguments.of("dt BETWEEN DATE '2020-06-01' AND DATE '2020-06-03'", PRUNES),
        Arguments.of("ts > TIMESTAMP '2021-01-04 00:00:00'", PRUNES),
        Arguments.of("ts = TIMESTAMP '2021-01-01 01:00:00.123'", PRUNES),
        Arguments.of("ts BETWEEN TIMESTAMP '2021-01-02 00:00:00' AND TIMESTAMP '2021-01-02 01:00:00'", PRUNES),
        Arguments.of("dt > TIMESTAMP '2020-10-01 12:00:00'", PRUNES),
        // a column that is NULL in every row
        Arguments.of("blank IS NULL", READS_ALL),
        Arguments.of("blank IS NOT NULL", PRUNES),
        Arguments.of("blank = 'x'", PRUNES),
        // a dictionary column whose row groups hold a few of its values each
        Arguments.of("cat = 'fig'", PRUNES),
        Arguments.of("cat IN ('apple', 'kiwi')", PRUNES),
        Arguments.of("cat < 'b'", PRUNES),
        // AND, OR, NOT
        Arguments.of("(id < 100 OR id > 5900) AND grp IS NOT NULL", PRUNES),
        Arguments.of("NOT (name LIKE 'n00%' OR flag)", PRUNES),
        Arguments.of("(price > 1000 AND qty = 3) OR price < 5", PRUNES),
        Arguments.of("id < 10 OR grp = 3", READS_ALL),
        Arguments.of("id + 1 < 10", READS_ALL));
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
  void sameRowsAsH2AndPruningWhereStatisticsAllow(String table, String predicate, Expect expect) throws SQLException {
    oracle.assertSameRows("SELECT id FROM " + table + " WHERE " + predicate + " ORDER BY id");
    TestingScans.Scan scan = TestingScans.lastScan(oracle.parquet());
    scan.assertAccountedFor();
    long skipped = scan.rowGroupsSkipped() + scan.get("files_skipped_by_partition");
    if (expect != Expect.ANY) {
      assertEquals(expect == Expect.PRUNES, skipped > 0, () -> predicate + ": " + scan);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("predicates")
  void countsAndOtherColumnsToo(String predicate, Expect expect) throws SQLException {
    oracle.assertSameRows("SELECT COUNT(*), MIN(name), MAX(amount), SUM(qty) FROM facts WHERE " + predicate);
  }
}
