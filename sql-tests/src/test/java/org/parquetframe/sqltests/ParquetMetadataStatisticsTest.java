package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parquetframe.sqltests.TestingMetadataQueries.query;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code parquet_metadata} renders {@code min_value} and {@code max_value}: as text of the
 * column's logical value, one rule per Parquet type (docs/sql-reference.md, "Parquet metadata"),
 * checked on hand-made values whose bounds are known; and NULL wherever the footer has no
 * trustworthy bound.
 */
class ParquetMetadataStatisticsTest {
  private static final String SCHEMA = "message typed {"
      + " optional boolean b; optional int32 i8 (INTEGER(8,true)); optional int32 u32 (INTEGER(32,false));"
      + " optional int64 u64 (INTEGER(64,false)); optional float f; optional double d;"
      + " optional int32 dec9 (DECIMAL(9,2)); optional fixed_len_byte_array(16) dec38 (DECIMAL(38,4));"
      + " optional binary decb (DECIMAL(20,3)); optional int32 day (DATE);"
      + " optional int32 t_ms (TIME(MILLIS,true)); optional int64 t_us (TIME(MICROS,false));"
      + " optional int64 ts_ms (TIMESTAMP(MILLIS,true)); optional int64 ts_us (TIMESTAMP(MICROS,false));"
      + " optional int64 ts_ns (TIMESTAMP(NANOS,false)); optional binary s (STRING); optional binary raw;"
      + " optional fixed_len_byte_array(16) id (UUID); optional int96 legacy; optional binary nothing (STRING); }";
  private static final UUID LOW = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private static final UUID HIGH = UUID.fromString("ffffffff-0000-4000-8000-00000000abcd");
  private static final LocalDateTime IMPALA = LocalDateTime.of(2021, 3, 4, 5, 6, 7, 123_456_789);

  @TempDir
  static Path data;
  private static Connection connection;

  @BeforeAll
  static void writeFiles() throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {true, -128, 7, 5L, 1.5f, 0.1, new BigDecimal("-0.05"), new BigDecimal("-12345.6789"),
        new BigDecimal("-1.5"), LocalDate.of(2024, 2, 29), 0, 1L, LocalDateTime.of(2024, 1, 2, 3, 4, 5, 120_000_000),
        LocalDateTime.of(2000, 1, 1, 0, 0, 0, 1_000), LocalDateTime.of(2020, 5, 6, 7, 8, 9, 123_456_789), "zebra",
        new byte[] {'A', 0, '\\'}, TestingParquetFiles.uuidBytes(HIGH), TestingParquetFiles.int96(IMPALA), null});
    rows.add(new Object[] {false, 127, -2, -1L, -2.25f, 1e300, new BigDecimal("1234567.89"),
        new BigDecimal("99999999999999999999999999999999.9999"), new BigDecimal("2"), LocalDate.of(1969, 12, 31),
        45_296_789, 86_399_999_999L, LocalDateTime.of(1960, 6, 7, 8, 9, 10), LocalDateTime.of(2000, 1, 1, 0, 0),
        LocalDateTime.of(2020, 5, 6, 7, 8, 9), "Äpfel", new byte[] {'B'}, TestingParquetFiles.uuidBytes(LOW),
        TestingParquetFiles.int96(IMPALA), null});
    rows.add(new Object[20]);
    TestingParquetFiles.file(data.resolve("typed.parquet"), SCHEMA).write(rows);
    TestingMetadataFiles.write(data.resolve("nostats.parquet"),
        "message nostats { required int64 id; optional binary name (STRING); }",
        b -> b.withStatisticsEnabled("name", false), 10, (i, row) -> {
          row.append("id", (long) i);
          if (i % 2 == 0) {
            row.append("name", "n" + i);
          }
        });
    connection = TestingMetadataQueries.connect(data, "");
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  @Test
  void boundsAreTextOfTheLogicalValues() throws SQLException {
    Map<String, List<String>> expected = Map.ofEntries(
        Map.entry("b", List.of("false", "true")),
        Map.entry("i8", List.of("-128", "127")),
        Map.entry("u32", List.of("7", "4294967294")),
        Map.entry("u64", List.of("5", "18446744073709551615")),
        Map.entry("f", List.of("-2.25", "1.5")),
        Map.entry("d", List.of("0.1", "1.0E300")),
        Map.entry("dec9", List.of("-0.05", "1234567.89")),
        Map.entry("dec38", List.of("-12345.6789", "99999999999999999999999999999999.9999")),
        Map.entry("decb", List.of("-1.500", "2.000")),
        Map.entry("day", List.of("1969-12-31", "2024-02-29")),
        Map.entry("t_ms", List.of("00:00:00+00", "12:34:56.789+00")),
        Map.entry("t_us", List.of("00:00:00.000001", "23:59:59.999999")),
        Map.entry("ts_ms", List.of("1960-06-07 08:09:10+00", "2024-01-02 03:04:05.12+00")),
        Map.entry("ts_us", List.of("2000-01-01 00:00:00", "2000-01-01 00:00:00.000001")),
        Map.entry("ts_ns", List.of("2020-05-06 07:08:09", "2020-05-06 07:08:09.123456789")),
        Map.entry("s", List.of("zebra", "Äpfel")), // byte order: 'z' is 0x7A, 'Ä' starts with 0xC3
        Map.entry("raw", List.of("A\\x00\\x5C", "B")),
        Map.entry("id", List.of(LOW.toString(), HIGH.toString())),
        Map.entry("legacy", List.of("2021-03-04 05:06:07.123456789", "2021-03-04 05:06:07.123456789")));
    List<Map<String, Object>> rows = query(connection, "SELECT path_in_schema AS p, min_value AS lo, max_value AS hi,"
        + " null_count AS nulls FROM TABLE(parquet_metadata('typed.parquet')) ORDER BY column_id");
    assertEquals(20, rows.size());
    for (Map<String, Object> row : rows) {
      String column = (String) row.get("p");
      if (column.equals("nothing")) {
        continue;
      }
      assertEquals(expected.get(column), Arrays.asList(row.get("lo"), row.get("hi")), column);
      assertEquals(1L, row.get("nulls"), column);
    }
  }

  @Test
  void aColumnOfOnlyNullsHasNoBoundsButCountsItsNulls() throws SQLException {
    Map<String, Object> row = query(connection, "SELECT min_value AS lo, max_value AS hi, null_count AS nulls,"
        + " num_values AS n FROM TABLE(parquet_metadata('typed.parquet')) WHERE path_in_schema = 'nothing'").get(0);
    assertNull(row.get("lo"));
    assertNull(row.get("hi"));
    assertEquals(3L, row.get("nulls"));
    assertEquals(3L, row.get("n"), "num_values counts NULLs too");
  }

  @Test
  void aColumnWrittenWithoutStatisticsHasNullBounds() throws SQLException {
    List<Map<String, Object>> rows = query(connection, "SELECT path_in_schema AS p, min_value AS lo, max_value AS hi,"
        + " null_count AS nulls FROM TABLE(parquet_metadata('nostats.parquet')) ORDER BY column_id");
    assertEquals(Arrays.asList("id", "0", "9", 0L), new ArrayList<>(rows.get(0).values()));
    assertEquals("name", rows.get(1).get("p"));
    assertNull(rows.get(1).get("lo"));
    assertNull(rows.get(1).get("hi"));
  }

  @Test
  void boundsCompareAsTextButTheTypeIsAtHand() throws SQLException {
    Map<String, Object> row = query(connection, "SELECT CAST(min_value AS DATE) AS lo, CAST(max_value AS DATE) AS hi"
        + " FROM TABLE(parquet_metadata('typed.parquet')) WHERE path_in_schema = 'day'").get(0);
    assertEquals(java.sql.Date.valueOf("1969-12-31"), row.get("lo"));
    assertEquals(java.sql.Date.valueOf("2024-02-29"), row.get("hi"));
  }
}
