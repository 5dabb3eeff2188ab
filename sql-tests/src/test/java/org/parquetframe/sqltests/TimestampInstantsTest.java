package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parquetframe.sqltests.TestingParquetFiles.epochUnits;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parquet timestamps with {@code isAdjustedToUTC=true} are instants: they are TIMESTAMP columns
 * showing the instant's wall clock in the JVM's zone, and JDBC returns the instant itself (see
 * docs/adr/0004), as H2 does for TIMESTAMP WITH TIME ZONE.
 * Timestamps without UTC adjustment and INT96 are wall clocks: JDBC hands out the same wall clock
 * whatever the JVM's default time zone. Surefire runs in UTC; the zone tests load the driver afresh
 * under another default zone ({@link TestingJvmZone}).
 */
class TimestampInstantsTest {
  private static final List<Instant> INSTANTS = List.of(
      Instant.parse("2021-03-04T05:06:07.891234567Z"),
      Instant.parse("1969-12-31T23:59:59.999999999Z"),
      Instant.parse("2000-06-15T12:00:00Z"),
      Instant.parse("1900-01-01T00:00:00.000001Z"));
  private static final List<String> UTC_COLUMNS = List.of("at_millis", "at_micros", "at_nanos");
  private static final List<String> WALL_CLOCK_COLUMNS = List.of("wall_micros", "legacy");
  private static final String SCHEMA = "message instants { required int64 id;"
      + " optional int64 at_millis (TIMESTAMP(MILLIS,true)); optional int64 at_micros (TIMESTAMP(MICROS,true));"
      + " optional int64 at_nanos (TIMESTAMP(NANOS,true)); optional int64 wall_micros (TIMESTAMP(MICROS,false));"
      + " optional int96 legacy; }";

  @TempDir
  static Path data;
  private static TestingOracle oracle;

  @BeforeAll
  static void writeInstants() throws SQLException {
    List<Object[]> parquetRows = new ArrayList<>();
    List<Object[]> h2Rows = new ArrayList<>();
    for (int i = 0; i < INSTANTS.size(); i++) {
      LocalDateTime utc = LocalDateTime.ofInstant(INSTANTS.get(i), ZoneOffset.UTC);
      parquetRows.add(new Object[] {(long) i, epochUnits(utc, 1_000), epochUnits(utc, 1_000_000),
          epochUnits(utc, 1_000_000_000), epochUnits(utc, 1_000_000), TestingParquetFiles.int96(utc)});
      OffsetDateTime instant = TestingResults.floorToMillis(utc).atOffset(ZoneOffset.UTC);
      LocalDateTime wallClock = TestingResults.floorToMillis(utc);
      h2Rows.add(new Object[] {(long) i, instant, instant, instant, wallClock, wallClock});
    }
    parquetRows.add(new Object[] {99L, null, null, null, null, null});
    h2Rows.add(new Object[] {99L, null, null, null, null, null});
    TestingParquetFiles.file(data.resolve("instants.parquet"), SCHEMA).write(parquetRows);
    oracle = TestingOracle.open(data).h2Table("instants", "id BIGINT, at_millis TIMESTAMP(3) WITH TIME ZONE,"
        + " at_micros TIMESTAMP(3) WITH TIME ZONE, at_nanos TIMESTAMP(3) WITH TIME ZONE,"
        + " wall_micros TIMESTAMP(3), legacy TIMESTAMP(3)", h2Rows);
  }

  @AfterAll
  static void close() throws SQLException {
    if (oracle != null) {
      oracle.close();
    }
  }

  @Test
  void utcAdjustedTimestampsAreTheInstantsWrittenAndH2Agrees() throws SQLException {
    List<List<Instant>> expected = new ArrayList<>();
    for (Instant instant : INSTANTS) {
      Instant millis = floorToMillis(instant);
      expected.add(List.of(millis, millis, millis));
    }
    expected.add(Arrays.asList(null, null, null));
    String sql = "SELECT at_millis, at_micros, at_nanos FROM instants ORDER BY id";
    assertEquals(expected, instants(oracle.parquet(), sql), "getTimestamp(i).toInstant()");
    assertEquals(expected, h2Instants(sql), "H2 TIMESTAMP WITH TIME ZONE");
  }

  @Test
  void utcAdjustedTimestampsComeOutOfGetObjectAsTimestamps() throws SQLException {
    try (Statement statement = oracle.parquet().createStatement();
        ResultSet rs = statement.executeQuery("SELECT at_micros FROM instants WHERE id = 0")) {
      rs.next();
      Timestamp value = (Timestamp) rs.getObject(1);
      assertEquals(floorToMillis(INSTANTS.get(0)), value.toInstant());
    }
  }

  @Test
  void everyTimestampIsTimestampInMetadata() throws SQLException {
    try (Statement statement = oracle.parquet().createStatement();
        ResultSet rs = statement.executeQuery(
            "SELECT at_millis, at_micros, at_nanos, wall_micros, legacy FROM instants")) {
      ResultSetMetaData meta = rs.getMetaData();
      for (int i = 1; i <= 5; i++) {
        assertEquals(Types.TIMESTAMP, meta.getColumnType(i), meta.getColumnName(i));
        assertEquals("TIMESTAMP", meta.getColumnTypeName(i), meta.getColumnName(i));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT id FROM instants WHERE at_micros > TIMESTAMP '2000-01-01 00:00:00' ORDER BY id",
      "SELECT id FROM instants WHERE at_nanos < TIMESTAMP '1970-01-01 00:00:00' ORDER BY id",
      "SELECT id FROM instants WHERE wall_micros = TIMESTAMP '2021-03-04 05:06:07.891' ORDER BY id",
      "SELECT id FROM instants WHERE legacy BETWEEN TIMESTAMP '1969-12-31 23:59:59.999'"
          + " AND TIMESTAMP '2000-06-15 12:00:00' ORDER BY id",
      "SELECT COUNT(*), MIN(wall_micros), MAX(legacy) FROM instants",
  })
  void filtersOnTimestampsAnswerLikeH2InUtc(String sql) throws SQLException {
    oracle.assertSameRows(sql);
  }

  @Test
  void utcAdjustedTimestampEqualsAFractionalTimestampLiteral() throws SQLException {
    oracle.assertSameRows("SELECT id FROM instants WHERE at_micros = TIMESTAMP '2021-03-04 05:06:07.891' ORDER BY id");
  }

  @ParameterizedTest
  @ValueSource(strings = {"America/New_York", "Asia/Kolkata"})
  void wallClockTimestampsKeepTheirWallClockInAnyJvmZone(String zone) throws Exception {
    List<List<Object>> expected = new ArrayList<>();
    for (Instant instant : INSTANTS) {
      LocalDateTime wallClock = LocalDateTime.ofInstant(floorToMillis(instant), ZoneOffset.UTC);
      expected.add(List.of(wallClock, wallClock, wallClock.toLocalDate(), wallClock.toLocalTime()));
    }
    TestingJvmZone.run(zone, data, connection -> {
      List<List<Object>> actual = new ArrayList<>();
      try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
          "SELECT wall_micros, legacy, CAST(wall_micros AS DATE), CAST(legacy AS TIME(3)) FROM instants"
              + " WHERE id < 99 ORDER BY id")) {
        while (rs.next()) {
          actual.add(List.of(rs.getTimestamp(1).toLocalDateTime(), rs.getTimestamp(2).toLocalDateTime(),
              rs.getDate(3).toLocalDate(), TestingResults.millisecondTime(rs.getTime(4))));
        }
      }
      assertEquals(expected, actual, "wall clocks with default zone " + zone);
      assertEquals(List.of(List.of(BigDecimal.ZERO)), TestingResults.query(connection,
          "SELECT id FROM instants WHERE wall_micros = TIMESTAMP '2021-03-04 05:06:07.891'"));
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"America/New_York", "Asia/Kolkata"})
  void utcAdjustedTimestampsAreTheSameInstantsInAnyJvmZone(String zone) throws Exception {
    List<List<Instant>> expected = new ArrayList<>();
    for (Instant instant : INSTANTS) {
      expected.add(List.of(floorToMillis(instant), floorToMillis(instant)));
    }
    TestingJvmZone.run(zone, data, connection -> assertEquals(expected,
        instants(connection, "SELECT at_micros, at_nanos FROM instants WHERE id < 99 ORDER BY id"),
        "instants with default zone " + zone));
  }

  private static List<List<Instant>> instants(Connection connection, String sql) throws SQLException {
    List<List<Instant>> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        List<Instant> row = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          Timestamp value = rs.getTimestamp(i);
          row.add(value == null ? null : value.toInstant());
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static List<List<Instant>> h2Instants(String sql) throws SQLException {
    List<List<Instant>> rows = new ArrayList<>();
    try (Statement statement = oracle.h2().createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        List<Instant> row = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          OffsetDateTime value = rs.getObject(i, OffsetDateTime.class);
          row.add(value == null ? null : value.toInstant());
        }
        rows.add(row);
      }
    }
    return rows;
  }

  /** Milliseconds are what TIMESTAMP keeps; finer digits are dropped toward the past. */
  private static Instant floorToMillis(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MILLIS);
  }
}
