package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parquet files written by DuckDB ({@code COPY ... TO ... (FORMAT parquet)}), as outside users
 * and acceptance suites write theirs, read by ParquetFrame and by DuckDB itself: every scalar type
 * DuckDB writes, with its extreme values and NULLs in every column, in several row groups and
 * under every codec; LIST, STRUCT and MAP columns; a Hive-partitioned directory. Each query runs on
 * both and the rows must match value by value, normalized as {@link TestingDuckDb#normalize} says.
 * Where DuckDB legitimately answers otherwise, docs/types.md says so and the test asserts ours.
 */
class DuckDbFilesTest {
  private static final int ROWS = 5_000;
  private static final List<String> CODECS = List.of("snappy", "zstd", "gzip", "uncompressed");

  /** The scalar columns: name, then DuckDB's expression of row {@code i}; rows 0..3 hold the extremes. */
  private static final List<String[]> SCALARS = List.of(
      column("b", "i % 3 = 0"),
      column("ti", "(CASE i WHEN 0 THEN -128 WHEN 1 THEN 127 ELSE i % 200 - 100 END)::TINYINT"),
      column("si", "(CASE i WHEN 0 THEN -32768 WHEN 1 THEN 32767 ELSE i * 37 % 60000 - 30000 END)::SMALLINT"),
      column("ii", "(CASE i WHEN 0 THEN -2147483648 WHEN 1 THEN 2147483647"
          + " ELSE i * 7919 % 2000000000 - 300000000 END)::INTEGER"),
      column("bi", "(CASE i WHEN 0 THEN -9223372036854775808 WHEN 1 THEN 9223372036854775807"
          + " ELSE i * 1000000007 - 2500000000000 END)::BIGINT"),
      column("uti", "(CASE i WHEN 0 THEN 0 WHEN 1 THEN 255 ELSE i % 256 END)::UTINYINT"),
      column("usi", "(CASE i WHEN 0 THEN 0 WHEN 1 THEN 65535 ELSE i * 13 % 65536 END)::USMALLINT"),
      column("ui", "(CASE i WHEN 0 THEN 0 WHEN 1 THEN 4294967295 ELSE i * 858993 % 4294967296 END)::UINTEGER"),
      column("ubi", "(CASE i WHEN 0 THEN 0 WHEN 1 THEN 18446744073709551615 WHEN 2 THEN 9223372036854775808"
          + " ELSE i::UBIGINT * 3689348814741910 END)::UBIGINT"),
      column("hi", "(CASE i WHEN 0 THEN -170141183460469231731687303715884105728"
          + " WHEN 1 THEN 170141183460469231731687303715884105727 ELSE i::HUGEINT * 100000000000000000000 END)::HUGEINT"),
      column("f", "(CASE i WHEN 0 THEN 'NaN' WHEN 1 THEN 'inf' WHEN 2 THEN '-inf' WHEN 3 THEN '-0.0'"
          + " ELSE (i / 7.0 - 300)::VARCHAR END)::FLOAT"),
      column("d", "(CASE i WHEN 0 THEN 'NaN' WHEN 1 THEN 'inf' WHEN 2 THEN '-inf' WHEN 3 THEN '1e308'"
          + " ELSE (i / 3.0 - 700)::VARCHAR END)::DOUBLE"),
      column("dec4", "(CASE i WHEN 0 THEN -99.99 WHEN 1 THEN 99.99 ELSE (i % 19999 - 9999) / 100 END)::DECIMAL(4,2)"),
      column("dec18", "(CASE i WHEN 0 THEN -999999999999.999999 WHEN 1 THEN 999999999999.999999"
          + " ELSE i * 12345.678901 - 30000000 END)::DECIMAL(18,6)"),
      column("dec38", "(CASE i WHEN 0 THEN -9999999999999999999999999999.9999999999::DECIMAL(38,10)"
          + " WHEN 1 THEN 9999999999999999999999999999.9999999999::DECIMAL(38,10)"
          + " ELSE i * 1234567890.0123456789 - 3000000000000 END)::DECIMAL(38,10)"),
      column("s", "CASE i WHEN 0 THEN '' WHEN 1 THEN 'ünïcødé ✓ 日本' WHEN 2 THEN 'emoji 😀' WHEN 3 THEN 'h%_'"
          + " ELSE 'prefix_' || i END"),
      column("bl", "CASE i WHEN 0 THEN ''::BLOB WHEN 1 THEN '\\x00\\xFF'::BLOB ELSE encode('blob' || i) END"),
      column("dt", "CASE i WHEN 0 THEN DATE '0001-01-01' WHEN 1 THEN DATE '9999-12-31' WHEN 2 THEN DATE '1969-12-31'"
          + " WHEN 3 THEN DATE '2024-02-29' ELSE DATE '1990-01-01' + (i * 3)::INTEGER END"),
      column("tm", "CASE i WHEN 0 THEN TIME '00:00:00' WHEN 1 THEN TIME '23:59:59.999999'"
          + " ELSE make_time(i % 24, i * 7 % 60, (i * 13 % 59999) / 1000.0 + 0.000456) END"),
      column("ts", "CASE i WHEN 0 THEN TIMESTAMP '1969-12-31 23:59:59.999999' WHEN 1 THEN TIMESTAMP '1900-01-01 00:00:00'"
          + " WHEN 2 THEN TIMESTAMP '2999-12-31 23:59:59.999999'"
          + " ELSE TIMESTAMP '2020-01-01 00:00:00' + to_microseconds(i * 3600123457) END"),
      column("tstz", "CASE i WHEN 0 THEN TIMESTAMPTZ '1969-12-31 23:59:59.999999+00'"
          + " ELSE TIMESTAMPTZ '2020-01-01 00:00:00+00' + to_microseconds(i * 86400654321) END"),
      column("ts_ms", "(TIMESTAMP '2010-06-15 08:00:00' + to_microseconds(i * 1234567891))::TIMESTAMP_MS"),
      column("ts_ns", "CASE i WHEN 0 THEN TIMESTAMP_NS '1969-12-31 23:59:59.999999999'"
          + " ELSE (TIMESTAMP '2021-03-04 05:06:07' + to_microseconds(i * 987654321))::TIMESTAMP_NS END"),
      column("ts_s", "(TIMESTAMP '1999-12-31 23:00:00' + to_seconds(i * 3599))::TIMESTAMP_S"),
      column("u", "CASE i WHEN 0 THEN '00000000-0000-0000-0000-000000000000'::UUID"
          + " WHEN 1 THEN 'ffffffff-ffff-ffff-ffff-ffffffffffff'::UUID"
          + " WHEN 2 THEN '80000000-0000-0000-0000-000000000000'::UUID"
          + " WHEN 3 THEN '7fffffff-ffff-ffff-ffff-ffffffffffff'::UUID ELSE md5(i::VARCHAR)::UUID END"),
      column("e", "(['sad', 'ok', 'happy'])[i % 3 + 1]::mood"),
      column("grp", "'group ' || (i % 7)"));

  /** LIST, STRUCT and MAP columns with NULLs and empty values at every level. */
  private static final String NESTED = "SELECT i AS id,"
      + " CASE i % 5 WHEN 0 THEN NULL WHEN 1 THEN [] ELSE [i, NULL, i * 2] END AS nums,"
      + " CASE WHEN i % 4 = 0 THEN NULL ELSE ['t' || i, NULL, 'x'] END AS tags,"
      + " CASE WHEN i % 6 = 0 THEN NULL"
      + "   ELSE {'city': 'c' || (i % 3), 'zip': CASE WHEN i % 7 = 0 THEN NULL ELSE i END} END AS address,"
      + " CASE i % 3 WHEN 0 THEN NULL WHEN 1 THEN MAP {} ELSE MAP {'a': i, 'b': NULL} END AS m,"
      + " [{'x': i, 'y': 'p' || i}, NULL] AS pts,"
      + " [[i], [], NULL] AS grid"
      + " FROM range(0, 5000) AS r(i)";
  /** Rows for a directory partitioned by year and month, DuckDB's Hive layout. */
  private static final String SALES = "SELECT i AS id, 2020 + i % 3 AS \"year\", 1 + i % 12 AS \"month\","
      + " 'item ' || (i % 10) AS item, (i * 1.25)::DECIMAL(10, 2) AS amount FROM range(0, 2000) AS r(i)";

  /** An edge list as DuckDB writes it: nullable BIGINT ids (some NULL), a DOUBLE weight, small row groups. */
  private static final String EDGES = "SELECT CASE WHEN i % 97 = 0 THEN NULL ELSE i % 1500 END AS src,"
      + " (i * 7919) % 1499 AS dst, 1 + i % 10 AS weight FROM range(0, 10000) AS r(i)";

  @TempDir
  static Path data;
  private static TestingDuckDb duckDb;

  private static String[] column(String name, String expression) {
    return new String[] {name, expression};
  }

  /**
   * Each column is NULL on its own rows (every 11th, shifted by its position, past the extremes of
   * rows 0..7) and all are NULL on row 8, so that every column has NULLs in every row group and one
   * row is NULL but for its id.
   */
  private static String scalarsQuery() {
    StringBuilder select = new StringBuilder("SELECT i AS id");
    for (int c = 0; c < SCALARS.size(); c++) {
      String[] column = SCALARS.get(c);
      select.append(", CASE WHEN i = 8 OR (i > 8 AND (i + ").append(c).append(") % 11 = 0) THEN NULL ELSE ")
          .append(column[1]).append(" END AS ").append(column[0]);
    }
    return select.append(" FROM range(0, ").append(ROWS).append(") AS r(i)").toString();
  }

  @BeforeAll
  static void writeFilesWithDuckDb() throws SQLException {
    duckDb = TestingDuckDb.open(data).execute("CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')");
    for (String codec : CODECS) {
      duckDb.copy(scalarsQuery(), "scalars_" + codec + ".parquet", "COMPRESSION " + codec + ", ROW_GROUP_SIZE 2048")
          .view("scalars_" + codec, "scalars_" + codec + ".parquet", "");
    }
    duckDb.copy(NESTED, "nested.parquet", "ROW_GROUP_SIZE 2048").view("nested", "nested.parquet", "")
        .copy(SALES, "sales", "PARTITION_BY (\"year\", \"month\")")
        .view("sales", "sales/**/*.parquet", "hive_partitioning = true")
        .copy(EDGES, "edges.parquet", "ROW_GROUP_SIZE 3000").view("edges", "edges.parquet", "");
  }

  @AfterAll
  static void close() throws SQLException {
    if (duckDb != null) {
      duckDb.close();
    }
  }

  static Stream<String> codecs() {
    return CODECS.stream();
  }

  static Stream<String> scalarColumns() {
    return SCALARS.stream().map(column -> column[0]);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codecs")
  void readsEveryRowAndValueLikeDuckDb(String codec) throws SQLException {
    duckDb.assertSameRows("SELECT * FROM scalars_" + codec + " ORDER BY id");
  }

  /** MIN and MAX order NaN above every number, as DuckDB does, whatever row it is in (docs/types.md). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("scalarColumns")
  void countsMinimaAndMaximaLikeDuckDb(String column) throws SQLException {
    duckDb.assertSameRows("SELECT count(*), count(" + column + "), min(" + column + "), max(" + column + ")"
        + " FROM scalars_zstd");
    duckDb.assertSameRows("SELECT grp, min(" + column + "), max(" + column + ") FROM scalars_zstd GROUP BY grp"
        + " ORDER BY grp");
    duckDb.assertSameRows("SELECT min(" + column + "), max(" + column + ") FROM scalars_zstd WHERE id > 0");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ti", "si", "ii", "uti", "usi", "ui", "ubi", "hi", "dec4", "dec18", "dec38"})
  void sumsExactNumbersLikeDuckDb(String column) throws SQLException {
    // rows 0 and 1 hold the extremes; DuckDB's DECIMAL(38) sum overflows on the way between them
    String where = column.equals("dec38") ? " WHERE id > 1" : "";
    duckDb.assertSameRows("SELECT sum(" + column + "), avg(" + column + ") FROM scalars_snappy" + where);
    duckDb.assertSameRows("SELECT grp, sum(" + column + ") FROM scalars_snappy" + where + " GROUP BY grp ORDER BY grp");
  }

  /**
   * A BIGINT sum is a BIGINT, as in Calcite, and fails past 2^63 where DuckDB's HUGEINT sum goes on
   * (docs/types.md): the totals agree while they fit, and always through a DECIMAL(38, 0) cast.
   */
  @Test
  void bigintSumsAgreeWhileTheyFitAndPastThatThroughADecimalCast() throws SQLException {
    duckDb.assertSameRows("SELECT grp, sum(bi), avg(bi) FROM scalars_snappy WHERE id > 1 GROUP BY grp ORDER BY grp");
    duckDb.assertSameRows("SELECT grp, sum(CAST(bi AS DECIMAL(38, 0))) FROM scalars_snappy GROUP BY grp ORDER BY grp",
        "SELECT grp, sum(bi) FROM scalars_snappy GROUP BY grp ORDER BY grp");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"f", "d"})
  void sumsFloatingPointLikeDuckDb(String column) throws SQLException {
    duckDb.assertSameRows("SELECT sum(" + column + ") FROM scalars_snappy");
    duckDb.assertSameRows("SELECT sum(" + column + ") FROM scalars_snappy WHERE id > 3");
  }

  static Stream<Arguments> filters() {
    return Stream.of(
        filter("b", "b", "NOT b", "b = true"),
        filter("ti", "ti = -96", "ti < 0", "ti BETWEEN -10 AND 10", "ti IN (-128, 127, 5)"),
        filter("si", "si = 32767", "si < -20000", "si BETWEEN -100 AND 100", "si IN (-32768, -29852)"),
        filter("ii", "ii = -2147483648", "ii < 0", "ii BETWEEN 0 AND 100000000", "ii IN (2147483647, -299968324)"),
        filter("bi", "bi = 9223372036854775807", "bi > 0", "bi BETWEEN -1000000000000 AND 1000000000000",
            "bi IN (-9223372036854775808, -2495999999972)"),
        filter("uti", "uti = 255", "uti > 200", "uti BETWEEN 10 AND 20", "uti IN (0, 4)"),
        filter("usi", "usi = 65535", "usi >= 65000", "usi BETWEEN 100 AND 1000", "usi IN (0, 52)"),
        filter("ui", "ui = 4294967295", "ui > 2147483647", "ui BETWEEN 0 AND 100000000", "ui IN (0, 4294967295)"),
        filter("ubi", "ubi = 18446744073709551615", "ubi > 9223372036854775807",
            "ubi BETWEEN 9223372036854775808 AND 18446744073709551615", "ubi IN (0, 14757395258967640)"),
        filter("hi", "hi > 1e21", "hi < 0", "hi BETWEEN 1e22 AND 1e23"),
        // NaN is left out of these by the predicates themselves (see nanComparesLikeIeee); -0.0 = 0
        filter("f", "f = 0", "f < 0", "f BETWEEN -1 AND 1", "f > -100 AND f < 100", "f IN (0, 1)"),
        filter("d", "d = 1e308", "d < -600", "d BETWEEN 0 AND 10", "d IN (0, 1e308)"),
        filter("dec4", "dec4 = 99.99", "dec4 < -99.9", "dec4 BETWEEN -0.5 AND 0.5", "dec4 IN (-99.99, 0.01)"),
        filter("dec18", "dec18 = 999999999999.999999", "dec18 > 999999999999", "dec18 BETWEEN -1000 AND 1000000",
            "dec18 IN (-999999999999.999999, -29950617.284396)"),
        filter("dec38", "dec38 = 9999999999999999999999999999.9999999999", "dec38 < -1000000000000000000000",
            "dec38 BETWEEN 0 AND 100000000000", "dec38 IN (-2995061728439.9506172844, 0)"),
        filter("s", "s = ''", "s < 'prefix_2'", "s BETWEEN 'prefix_10' AND 'prefix_11'", "s IN ('h%_', 'emoji 😀')",
            "s LIKE 'prefix_1%'", "s LIKE 'ü%'"),
        filter("dt", "dt = DATE '2024-02-29'", "dt < DATE '1990-02-01'",
            "dt BETWEEN DATE '2000-01-01' AND DATE '2000-12-31'", "dt IN (DATE '0001-01-01', DATE '9999-12-31')"),
        filter("tm", "tm = TIME '00:00:00'", "tm < TIME '01:00:00'", "tm BETWEEN TIME '12:00:00' AND TIME '12:30:00'"),
        filter("ts", "ts = TIMESTAMP '1900-01-01 00:00:00'", "ts < TIMESTAMP '1970-01-01 00:00:00'",
            "ts BETWEEN TIMESTAMP '2020-03-01 00:00:00' AND TIMESTAMP '2020-03-02 00:00:00'",
            "ts IN (TIMESTAMP '1900-01-01 00:00:00', TIMESTAMP '2020-01-01 00:00:00')"),
        filter("tstz", "tstz < TIMESTAMP '1970-01-01 00:00:00'",
            "tstz BETWEEN TIMESTAMP '2020-06-01 00:00:00' AND TIMESTAMP '2020-07-01 00:00:00'"),
        filter("ts_ms", "ts_ms = TIMESTAMP '2010-06-15 08:00:00'",
            "ts_ms BETWEEN TIMESTAMP '2010-07-01 00:00:00' AND TIMESTAMP '2010-08-01 00:00:00'"),
        filter("ts_ns", "ts_ns < TIMESTAMP '1970-01-01 00:00:00'",
            "ts_ns BETWEEN TIMESTAMP '2021-03-05 00:00:00' AND TIMESTAMP '2021-03-06 00:00:00'"),
        filter("ts_s", "ts_s = TIMESTAMP '1999-12-31 23:00:00'",
            "ts_s >= TIMESTAMP '2000-01-01 00:00:00' AND ts_s < TIMESTAMP '2000-01-02 00:00:00'"),
        filter("u", "u = 'a87ff679-a2f3-e71d-9181-a67b7542122c'", "u < '10000000-0000-0000-0000-000000000000'",
            "u BETWEEN '7fffffff-ffff-ffff-ffff-ffffffffffff' AND '80000000-0000-0000-0000-000000000000'",
            "u IN ('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff')"),
        filter("e", "e = 'ok'", "e < 'p'", "e IN ('sad', 'happy')", "e LIKE 'h%'"),
        filter("grp", "grp = 'group 3'", "grp LIKE 'group 1%'"));
  }

  private static Arguments filter(String column, String... predicates) {
    return Arguments.of(column, List.of(predicates));
  }

  /**
   * Each predicate, and IS NULL / IS NOT NULL, finds the rows DuckDB finds. The filtered queries
   * are branches of one UNION ALL, each tagged with its number, so that a column costs one plan and
   * one compilation while every branch still has its filter pushed into its own scan.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("filters")
  void filtersEachScalarTypeLikeDuckDb(String column, List<String> predicates) throws SQLException {
    List<String> all = new ArrayList<>(predicates);
    all.add(column + " IS NULL");
    all.add(column + " IS NOT NULL AND id < 100");
    List<String> branches = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      branches.add("SELECT " + i + " AS q, id, " + column + " FROM scalars_zstd WHERE " + all.get(i));
    }
    duckDb.assertSameRows("SELECT * FROM (" + String.join(" UNION ALL ", branches) + ") ORDER BY q, id");
    duckDb.assertSameRows("SELECT count(*) FROM scalars_uncompressed WHERE " + predicates.get(0));
  }

  @Test
  void filtersBlobsLikeDuckDb() throws SQLException {
    duckDb.assertSameRows("SELECT id FROM scalars_gzip WHERE bl = X'00FF' OR bl = X'' ORDER BY id",
        "SELECT id FROM scalars_gzip WHERE bl = '\\x00\\xFF'::BLOB OR bl = ''::BLOB ORDER BY id");
    duckDb.assertSameRows("SELECT id FROM scalars_gzip WHERE bl < X'626C6F6231' ORDER BY id",
        "SELECT id FROM scalars_gzip WHERE bl < 'blob1'::BLOB ORDER BY id");
  }

  @Test
  void groupsByAStringLikeDuckDb() throws SQLException {
    duckDb.assertSameRows("SELECT grp, count(*), count(s), min(dt), max(ts), min(dec38), max(u) FROM scalars_gzip"
        + " GROUP BY grp ORDER BY grp");
    duckDb.assertSameRows("SELECT e, count(*), min(s), max(bi) FROM scalars_snappy GROUP BY e ORDER BY e");
  }

  /**
   * DuckDB orders NaN above every number, in comparisons too; here REAL and DOUBLE compare as IEEE
   * 754 (and Java) do, so NaN is neither greater nor smaller than anything (docs/types.md).
   * ORDER BY puts NaN after every number in both.
   */
  @Test
  void nanComparesLikeIeee() throws SQLException {
    duckDb.assertSameRows("SELECT id FROM scalars_zstd WHERE f > 100 OR d > 100 ORDER BY id",
        "SELECT id FROM scalars_zstd WHERE (f > 100 AND NOT isnan(f)) OR (d > 100 AND NOT isnan(d)) ORDER BY id");
    duckDb.assertSameRows("SELECT id, f FROM scalars_zstd WHERE id < 20 ORDER BY f, id");
    duckDb.assertSameRows("SELECT min(f), max(f), max(d) FROM scalars_zstd"
            + " WHERE f >= CAST('-Infinity' AS REAL) AND d >= CAST('-Infinity' AS DOUBLE)",
        "SELECT min(f), max(f), max(d) FROM scalars_zstd WHERE NOT isnan(f) AND NOT isnan(d)");
  }

  @Test
  void readsNestedColumnsLikeDuckDb() throws SQLException {
    duckDb.assertSameRows("SELECT * FROM nested ORDER BY id");
    duckDb.assertSameRows("SELECT id, nums[1], tags[2], address.city, address.zip, m['a'], pts[1].y, grid[1]"
        + " FROM nested WHERE address.city = 'c1' ORDER BY id");
    duckDb.assertSameRows("SELECT id, CARDINALITY(nums), CARDINALITY(m) FROM nested WHERE id < 50 ORDER BY id",
        "SELECT id, len(nums), cardinality(m) FROM nested WHERE id < 50 ORDER BY id");
    duckDb.assertSameRows("SELECT n.id, x FROM nested n CROSS JOIN UNNEST(n.nums) AS u(x) WHERE n.id < 100",
        "SELECT id, unnest(nums) FROM nested WHERE id < 100");
    duckDb.assertSameRows("SELECT address.city, count(*) FROM nested GROUP BY address.city ORDER BY 1");
  }

  /**
   * The partition keys follow the file columns in both, ours in the order of the directories
   * ({@code year=/month=}), DuckDB's by name (docs/types.md); the values are the same.
   */
  @Test
  void readsHivePartitionsLikeDuckDb() throws SQLException {
    assertEquals(List.of("id", "item", "amount", "year", "month"), columnNames("SELECT * FROM sales"));
    duckDb.assertSameRows("SELECT * FROM sales ORDER BY id",
        "SELECT id, item, amount, \"year\", \"month\" FROM sales ORDER BY id");
    duckDb.assertSameRows("SELECT id, amount FROM sales WHERE \"year\" = 2021 AND \"month\" IN (2, 3) ORDER BY id");
    duckDb.assertSameRows("SELECT id, item FROM sales WHERE \"month\" BETWEEN 5 AND 6 AND item LIKE 'item 1%'"
        + " ORDER BY id");
    duckDb.assertSameRows("SELECT \"year\", count(*), sum(amount) FROM sales GROUP BY \"year\" ORDER BY \"year\"");
  }

  /** The row groups DuckDB wrote (several per file, as ROW_GROUP_SIZE asks), column chunk by column chunk. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"scalars_snappy", "scalars_zstd", "scalars_gzip", "scalars_uncompressed", "nested"})
  void parquetMetadataAgreesWithDuckDb(String table) throws SQLException {
    String columns = "row_group_id, row_group_num_rows, column_id, path_in_schema, %s, compression, num_values";
    duckDb.assertSameRows("SELECT " + columns.formatted("physical_type") + ", null_count FROM TABLE(parquet_metadata('"
            + table + ".parquet')) ORDER BY row_group_id, column_id",
        "SELECT " + columns.formatted("type") + ", stats_null_count FROM parquet_metadata('" + duckDb.path(table
            + ".parquet") + "') ORDER BY row_group_id, column_id");
    List<List<Object>> rowGroups = TestingResults.query(duckDb.parquet(),
        "SELECT DISTINCT row_group_id FROM TABLE(parquet_metadata('" + table + ".parquet'))");
    assertTrue(rowGroups.size() > 1, table + " should have several row groups: " + rowGroups);
  }

  /**
   * One row per schema element in both, with the same names, physical types and repetitions; the
   * root's repetition is NULL here (parquet-java does not keep the file's), DuckDB's REQUIRED.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"scalars_zstd", "nested"})
  void parquetSchemaAgreesWithDuckDb(String table) throws SQLException {
    String file = duckDb.path(table + ".parquet");
    duckDb.assertSameRows("SELECT name, physical_type, repetition FROM TABLE(parquet_schema('" + table + ".parquet'))"
            + " WHERE path IS NOT NULL",
        "SELECT name, type, repetition_type FROM parquet_schema('" + file + "') WHERE name <> 'duckdb_schema'");
    duckDb.assertSameRows("SELECT name, physical_type, repetition FROM TABLE(parquet_schema('" + table + ".parquet'))"
            + " WHERE path IS NULL",
        "SELECT name, type, NULL FROM parquet_schema('" + file + "') WHERE name = 'duckdb_schema'");
    assertEquals(duckDb.duckDbRows("SELECT count(*) FROM parquet_schema('" + file + "')"),
        TestingResults.query(duckDb.parquet(), "SELECT count(*) FROM TABLE(parquet_schema('" + table + ".parquet'))"));
  }

  private static List<String> columnNames(String sql) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement statement = duckDb.parquet().createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        names.add(rs.getMetaData().getColumnName(i));
      }
    }
    return names;
  }

  /**
   * Graph functions load DuckDB's edge files with the bulk column reader; the same edges given as a
   * query go through the scan reader. Both must see the same graph, whose vertices are the ids of
   * the rows DuckDB reads with both ends present.
   */
  @Test
  void graphFunctionsLoadDuckDbEdgeFiles() throws SQLException {
    for (String function : List.of("pagerank(%s)", "connected_components(%s)", "bfs(%s, 3)",
        "dijkstra(%s, 3, weight => 'weight')")) {
      String columns = function.startsWith("pagerank") ? "node, round(score, 12)" : "*";
      String sql = "SELECT " + columns + " FROM TABLE(%s) ORDER BY node";
      List<List<Object>> fromFile = TestingResults.query(duckDb.parquet(), sql.formatted(
          function.formatted("'edges.parquet'")));
      assertEquals(fromFile, TestingResults.query(duckDb.parquet(), sql.formatted(
          function.formatted("'SELECT src, dst, weight FROM edges'"))), function);
      assertTrue(fromFile.size() > 100, function + " reached " + fromFile.size() + " vertices");
    }
    duckDb.assertSameRows("SELECT node FROM TABLE(connected_components('edges.parquet'))",
        "SELECT src FROM edges WHERE src IS NOT NULL AND dst IS NOT NULL"
            + " UNION SELECT dst FROM edges WHERE src IS NOT NULL AND dst IS NOT NULL");
  }
}
