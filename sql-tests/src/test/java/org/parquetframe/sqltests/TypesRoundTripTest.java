package org.parquetframe.sqltests;

import static org.apache.parquet.hadoop.metadata.CompressionCodecName.SNAPPY;
import static org.apache.parquet.hadoop.metadata.CompressionCodecName.ZSTD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parquetframe.sqltests.TestingParquetFiles.epochUnits;
import static org.parquetframe.sqltests.TestingResults.floorToMillis;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every flat Parquet type, written by parquet-java with NULLs among the values, reads back through
 * JDBC as the SQL type of SPEC "Types" with the values H2 holds for the same rows. TIME and
 * TIMESTAMP keep milliseconds (Calcite's runtime representation), so finer values are expected
 * truncated toward the past. UTC-adjusted timestamps are checked as instants in {@link TimestampInstantsTest}.
 */
class TypesRoundTripTest {
  private static final LocalDateTime WALL_CLOCK = LocalDateTime.of(2021, 3, 4, 5, 6, 7, 891_234_567);
  private static final LocalDateTime BEFORE_EPOCH = LocalDateTime.of(1969, 12, 31, 23, 59, 59, 999_999_999);
  private static final BigInteger MAX_38_DIGITS = BigInteger.TEN.pow(38).subtract(BigInteger.ONE);
  private static final UUID SOME_UUID = UUID.fromString("123e4567-e89b-42d3-a456-426614174000");

  @TempDir
  static Path data;
  private static TestingOracle oracle;

  static List<TestingTypeCase> cases() {
    return List.of(
        TestingTypeCase.of("boolean", "boolean c", "BOOLEAN", Types.BOOLEAN).same(true, false).filter("c"),
        TestingTypeCase.of("int32", "int32 c", "INTEGER", Types.INTEGER)
            .same(Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE).filter("c > 0"),
        TestingTypeCase.of("int64", "int64 c", "BIGINT", Types.BIGINT)
            .same(Long.MIN_VALUE, 42L, Long.MAX_VALUE).filter("c < 0"),
        TestingTypeCase.of("int8", "int32 c (INTEGER(8,true))", "TINYINT", Types.TINYINT)
            .same(-128, 0, 127).filter("c < 0"),
        TestingTypeCase.of("int16", "int32 c (INTEGER(16,true))", "SMALLINT", Types.SMALLINT)
            .same(-32768, 7, 32767).filter("c >= 7"),
        TestingTypeCase.of("int32_annotated", "int32 c (INTEGER(32,true))", "INTEGER", Types.INTEGER)
            .same(Integer.MIN_VALUE, 5).filter("c <> 5"),
        TestingTypeCase.of("int64_annotated", "int64 c (INTEGER(64,true))", "BIGINT", Types.BIGINT)
            .same(Long.MIN_VALUE, 5L).filter("c <= 5"),
        TestingTypeCase.of("uint8", "int32 c (INTEGER(8,false))", "SMALLINT", Types.SMALLINT)
            .same(0, 127).value(-1, 255).value(128, 128).filter("c > 127"),
        TestingTypeCase.of("uint16", "int32 c (INTEGER(16,false))", "INTEGER", Types.INTEGER)
            .same(0, 32767).value(-1, 65535).value(32768, 32768).filter("c > 32767"),
        TestingTypeCase.of("uint32", "int32 c (INTEGER(32,false))", "BIGINT", Types.BIGINT)
            .same(0, Integer.MAX_VALUE).value(-1, 4_294_967_295L).value(Integer.MIN_VALUE, 2_147_483_648L)
            .filter("c > 2147483647"),
        TestingTypeCase.of("uint64", "int64 c (INTEGER(64,false))", "NUMERIC(20, 0)", Types.DECIMAL)
            .precision(20, 0)
            .value(0L, BigDecimal.ZERO).value(Long.MAX_VALUE, new BigDecimal(Long.MAX_VALUE))
            .value(-1L, new BigDecimal("18446744073709551615"))
            .value(Long.MIN_VALUE, new BigDecimal("9223372036854775808"))
            .filter("c > 9223372036854775807"),
        TestingTypeCase.of("float", "float c", "REAL", Types.REAL)
            .same(1.5f, -0.25f, Float.MAX_VALUE, Float.MIN_VALUE).filter("c > 0"),
        TestingTypeCase.of("float16", "fixed_len_byte_array(2) c (FLOAT16)", "REAL", Types.REAL)
            .value(new byte[] {0x00, 0x3E}, 1.5f).value(new byte[] {0x00, (byte) 0xC0}, -2f).filter("c < 0"),
        TestingTypeCase.of("double", "double c", "DOUBLE PRECISION", Types.DOUBLE)
            .same(Math.PI, -1e300, 0.0, Double.MIN_VALUE).filter("c < 1"),
        TestingTypeCase.of("double_special", "double c", "DOUBLE PRECISION", Types.DOUBLE)
            .same(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0).filter("c < 0"),
        TestingTypeCase.of("binary", "binary c", "VARBINARY", Types.VARBINARY)
            .same(bytes("000102ff"), new byte[0], bytes("7f")).filter("c = X'000102ff'"),
        TestingTypeCase.of("string", "binary c (STRING)", "VARCHAR", Types.VARCHAR)
            .same("hello", "", "ünïcødé ✓ 日本", "h%_").filter("c LIKE 'h%'"),
        TestingTypeCase.of("enum", "binary c (ENUM)", "VARCHAR", Types.VARCHAR)
            .same("RED", "GREEN").filter("c = 'RED'"),
        TestingTypeCase.of("json", "binary c (JSON)", "VARCHAR", Types.VARCHAR)
            .same("{\"a\":1}", "[]").filter("c <> '[]'"),
        TestingTypeCase.of("decimal_int32", "int32 c (DECIMAL(9,2))", "NUMERIC(9, 2)", Types.DECIMAL)
            .precision(9, 2).value(12345, new BigDecimal("123.45")).value(-999_999_999, new BigDecimal("-9999999.99"))
            .value(0, new BigDecimal("0.00")).filter("c > 100"),
        TestingTypeCase.of("decimal_int64", "int64 c (DECIMAL(18,4))", "NUMERIC(18, 4)", Types.DECIMAL)
            .precision(18, 4).value(123_456_789_012_345_678L, new BigDecimal("12345678901234.5678"))
            .value(-1L, new BigDecimal("-0.0001")).filter("c < 0"),
        TestingTypeCase.of("decimal_fixed_38", "fixed_len_byte_array(16) c (DECIMAL(38,10))", "NUMERIC(38, 10)",
                Types.DECIMAL).precision(38, 10)
            .value(fixed(MAX_38_DIGITS, 16), new BigDecimal(MAX_38_DIGITS, 10))
            .value(fixed(MAX_38_DIGITS.negate(), 16), new BigDecimal(MAX_38_DIGITS.negate(), 10))
            .value(fixed(BigInteger.ONE, 16), new BigDecimal("0.0000000001"))
            .filter("c < 0"),
        TestingTypeCase.of("decimal_fixed_small", "fixed_len_byte_array(3) c (DECIMAL(5,2))", "NUMERIC(5, 2)",
                Types.DECIMAL).precision(5, 2)
            .value(fixed(BigInteger.valueOf(-12345), 3), new BigDecimal("-123.45"))
            .value(fixed(BigInteger.valueOf(99999), 3), new BigDecimal("999.99")).filter("c BETWEEN 0 AND 1000"),
        TestingTypeCase.of("decimal_binary_38", "binary c (DECIMAL(38,0))", "NUMERIC(38, 0)", Types.DECIMAL)
            .precision(38, 0).value(MAX_38_DIGITS.toByteArray(), new BigDecimal(MAX_38_DIGITS))
            .value(BigInteger.valueOf(-5).toByteArray(), new BigDecimal(-5))
            .value(BigInteger.ZERO.toByteArray(), BigDecimal.ZERO).filter("c >= 0"),
        TestingTypeCase.of("date", "int32 c (DATE)", "DATE", Types.DATE)
            .value(0, LocalDate.EPOCH).value(18_262, LocalDate.of(2020, 1, 1))
            .value(days(1900, 2, 28), LocalDate.of(1900, 2, 28)).value(days(9999, 12, 31), LocalDate.of(9999, 12, 31))
            .filter("c >= DATE '2000-01-01'"),
        TestingTypeCase.of("time_millis", "int32 c (TIME(MILLIS,false))", "TIME(3)", Types.TIME)
            .value(0, LocalTime.MIDNIGHT).value(45_296_789, LocalTime.of(12, 34, 56, 789_000_000))
            .value(86_399_999, LocalTime.of(23, 59, 59, 999_000_000)).filter("c > TIME '12:00:00'"),
        TestingTypeCase.of("time_millis_utc", "int32 c (TIME(MILLIS,true))", "TIME(3)", Types.TIME)
            .value(45_296_789, LocalTime.of(12, 34, 56, 789_000_000)).filter("c < TIME '13:00:00'"),
        TestingTypeCase.of("time_micros", "int64 c (TIME(MICROS,false))", "TIME(3)", Types.TIME)
            .value(45_296_789_123L, LocalTime.of(12, 34, 56, 789_000_000)).value(1L, LocalTime.MIDNIGHT)
            .filter("c > TIME '00:00:00'"),
        TestingTypeCase.of("time_nanos", "int64 c (TIME(NANOS,false))", "TIME(3)", Types.TIME)
            .value(45_296_789_123_456L, LocalTime.of(12, 34, 56, 789_000_000))
            .value(86_399_999_999_999L, LocalTime.of(23, 59, 59, 999_000_000)).filter("c < TIME '23:00:00'"),
        TestingTypeCase.of("timestamp_millis", "int64 c (TIMESTAMP(MILLIS,false))", "TIMESTAMP(3)", Types.TIMESTAMP)
            .value(epochUnits(WALL_CLOCK, 1_000), floorToMillis(WALL_CLOCK))
            .value(epochUnits(BEFORE_EPOCH, 1_000), floorToMillis(BEFORE_EPOCH))
            .filter("c < TIMESTAMP '2000-01-01 00:00:00'"),
        TestingTypeCase.of("timestamp_micros", "int64 c (TIMESTAMP(MICROS,false))", "TIMESTAMP(3)", Types.TIMESTAMP)
            .value(epochUnits(WALL_CLOCK, 1_000_000), floorToMillis(WALL_CLOCK))
            .value(epochUnits(BEFORE_EPOCH, 1_000_000), floorToMillis(BEFORE_EPOCH))
            .filter("c > TIMESTAMP '2021-03-04 05:06:07'"),
        TestingTypeCase.of("timestamp_nanos", "int64 c (TIMESTAMP(NANOS,false))", "TIMESTAMP(3)", Types.TIMESTAMP)
            .value(epochUnits(WALL_CLOCK, 1_000_000_000), floorToMillis(WALL_CLOCK))
            .value(epochUnits(BEFORE_EPOCH, 1_000_000_000), floorToMillis(BEFORE_EPOCH))
            .filter("c BETWEEN TIMESTAMP '1969-01-01 00:00:00' AND TIMESTAMP '1970-01-01 00:00:00'"),
        TestingTypeCase.of("int96", "int96 c", "TIMESTAMP(3)", Types.TIMESTAMP)
            .value(TestingParquetFiles.int96(WALL_CLOCK), floorToMillis(WALL_CLOCK))
            .value(TestingParquetFiles.int96(BEFORE_EPOCH), floorToMillis(BEFORE_EPOCH))
            .value(TestingParquetFiles.int96(LocalDateTime.of(1900, 1, 1, 0, 0)), LocalDateTime.of(1900, 1, 1, 0, 0))
            .filter("c >= TIMESTAMP '1969-12-31 23:59:59.999'"),
        TestingTypeCase.of("uuid", "fixed_len_byte_array(16) c (UUID)", "VARCHAR(36)", Types.VARCHAR).precision(36, 0)
            .value(TestingParquetFiles.uuidBytes(SOME_UUID), SOME_UUID.toString())
            .value(TestingParquetFiles.uuidBytes(new UUID(-1L, 0L)), new UUID(-1L, 0L).toString())
            .filter("c = '" + SOME_UUID + "'"),
        TestingTypeCase.of("fixed", "fixed_len_byte_array(4) c", "BINARY(4)", Types.BINARY).precision(4, 0)
            .same(bytes("deadbeef"), bytes("00000000")).filter("c = X'deadbeef'"));
  }

  @BeforeAll
  static void writeEveryTypeToParquetAndH2() throws SQLException {
    for (TestingTypeCase type : cases()) {
      TestingParquetFiles.file(data.resolve(type.table() + ".parquet"), type.parquetSchema()).codec(SNAPPY)
          .write(type.parquetRows());
      TestingParquetFiles.file(data.resolve(type.table() + "_v2.parquet"), type.parquetSchema()).codec(ZSTD)
          .pageV2(true).dictionary(false).write(type.parquetRows());
    }
    oracle = TestingOracle.open(data);
    for (TestingTypeCase type : cases()) {
      oracle.h2Table(type.table(), "id BIGINT, c " + type.h2Type, type.h2Rows());
    }
  }

  @AfterAll
  static void close() throws SQLException {
    if (oracle != null) {
      oracle.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsEveryRowWithItsNulls(TestingTypeCase type) throws SQLException {
    oracle.assertSameRows("SELECT * FROM " + type.table() + " ORDER BY id");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsTheSameFromV2PagesWithoutDictionary(TestingTypeCase type) throws SQLException {
    oracle.assertSameRows("SELECT * FROM " + type.table() + "_v2 ORDER BY id",
        "SELECT * FROM " + type.table() + " ORDER BY id");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void filtersLikeH2(TestingTypeCase type) throws SQLException {
    oracle.assertSameRows("SELECT id, c FROM " + type.table() + " WHERE " + type.filter + " ORDER BY id");
    oracle.assertSameRows("SELECT id FROM " + type.table() + " WHERE c IS NULL ORDER BY id");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheSqlTypeInMetadata(TestingTypeCase type) throws SQLException {
    try (Statement statement = oracle.parquet().createStatement();
        ResultSet rs = statement.executeQuery("SELECT c FROM " + type.table())) {
      ResultSetMetaData meta = rs.getMetaData();
      assertEquals(type.jdbcType, meta.getColumnType(1), () -> "java.sql.Types code of " + type + ", type name "
          + columnTypeName(meta));
      if (type.precision != TestingTypeCase.UNCHECKED) {
        assertEquals(type.precision, meta.getPrecision(1), "precision of " + type);
        assertEquals(type.scale, meta.getScale(1), "scale of " + type);
      }
      assertEquals(ResultSetMetaData.columnNullable, meta.isNullable(1), "nullability of " + type);
    }
  }

  /** String literals beyond ISO-8859-1 (Calcite's default) are read as the UTF-8 that Parquet strings are. */
  @Test
  void stringLiteralsOutsideLatin1MatchTheirValues() throws SQLException {
    oracle.assertSameRows("SELECT id, c FROM t_string WHERE c = 'ünïcødé ✓ 日本' OR c LIKE '%日本' ORDER BY id");
    oracle.assertSameRows("SELECT id, c || ' ✓' FROM t_string WHERE c IN ('ünïcødé ✓ 日本', 'emoji 😀') ORDER BY id");
  }

  /**
   * Days before the Gregorian reform (1582) stay proleptic Gregorian, as Parquet defines DATE. H2's
   * java.sql.Date shifts them to the Julian calendar, so the oracle here is the text of the date.
   */
  @Test
  void datesBeforeTheGregorianReformKeepTheirCalendarDay() throws SQLException {
    List<LocalDate> dates = List.of(LocalDate.of(1, 1, 1), LocalDate.of(1500, 3, 1), LocalDate.of(1582, 10, 4));
    List<Object[]> rows = new ArrayList<>();
    for (LocalDate date : dates) {
      rows.add(new Object[] {(long) rows.size(), (int) date.toEpochDay()});
    }
    TestingParquetFiles.file(data.resolve("ancient.parquet"),
        "message ancient { required int64 id; optional int32 c (DATE); }").write(rows);
    try (Statement statement = oracle.parquet().createStatement();
        ResultSet rs = statement.executeQuery("SELECT c, CAST(c AS VARCHAR(10)) FROM ancient ORDER BY id")) {
      for (LocalDate date : dates) {
        assertTrue(rs.next());
        assertEquals(date, rs.getDate(1).toLocalDate(), "getDate");
        assertEquals(date.toString(), rs.getString(1), "getString");
        assertEquals(date.toString(), rs.getString(2), "CAST AS VARCHAR");
      }
    }
  }

  private static String columnTypeName(ResultSetMetaData meta) {
    try {
      return meta.getColumnTypeName(1);
    } catch (SQLException e) {
      return e.toString();
    }
  }

  private static byte[] bytes(String hex) {
    return HexFormat.of().parseHex(hex);
  }

  private static byte[] fixed(BigInteger unscaled, int length) {
    return TestingParquetFiles.twosComplement(unscaled, length);
  }

  private static int days(int year, int month, int day) {
    return (int) LocalDate.of(year, month, day).toEpochDay();
  }
}
