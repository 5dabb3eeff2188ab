package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parquetframe.sqltests.TestingNestedFields.keyValues;
import static org.parquetframe.sqltests.TestingNestedFields.list3;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Struct;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How JDBC describes and hands out nested columns (docs/types.md): type codes ARRAY, STRUCT and
 * OTHER (a MAP), Calcite's type names, agreeing between {@code getColumns} and {@code
 * ResultSetMetaData}, no sizes; {@code getObject} gives a {@link java.sql.Array}, a {@link Struct}
 * or a {@link Map}, and array elements and ROW fields come out as JDBC values of their types
 * (dates, exact decimals, timestamps, canonical UUIDs, unsigned 64-bit integers).
 */
class NestedJdbcMetadataTest {
  private static final String SCHEMA = "message t { required int64 id;"
      + " optional group tags (LIST) { repeated group list { optional binary element (STRING); } }"
      + " optional group days (LIST) { repeated group list { optional int32 element (DATE); } }"
      + " optional group amounts (LIST) { repeated group list { optional int64 element (DECIMAL(10, 2)); } }"
      + " optional group stamps (LIST) { repeated group list { optional int64 element (TIMESTAMP(MILLIS, false)); } }"
      + " optional group ids (LIST) { repeated group list { optional fixed_len_byte_array(16) element (UUID); } }"
      + " optional group big (LIST) { repeated group list { optional int64 element (INTEGER(64, false)); } }"
      + " optional group address { optional binary city (STRING); optional int32 since (DATE); }"
      + " optional group m (MAP) { repeated group key_value { required binary key (STRING); optional int32 value; } } }";
  private static final LocalDate DAY = LocalDate.of(2024, 2, 29);
  private static final LocalDateTime STAMP = LocalDateTime.of(2021, 3, 4, 5, 6, 7, 8_000_000);
  private static final UUID ID = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

  @TempDir
  static Path data;
  private static Connection connection;

  /** Column, java.sql.Types code, type name, class of getObject's value. */
  private static final List<List<Object>> COLUMNS = List.of(
      List.of("tags", Types.ARRAY, "VARCHAR ARRAY", "java.sql.Array"),
      List.of("days", Types.ARRAY, "DATE ARRAY", "java.sql.Array"),
      List.of("amounts", Types.ARRAY, "DECIMAL(10, 2) ARRAY", "java.sql.Array"),
      List.of("stamps", Types.ARRAY, "TIMESTAMP(3) ARRAY", "java.sql.Array"),
      List.of("ids", Types.ARRAY, "VARCHAR(36) ARRAY", "java.sql.Array"),
      List.of("big", Types.ARRAY, "DECIMAL(20, 0) ARRAY", "java.sql.Array"),
      List.of("address", Types.STRUCT, "STRUCT", "java.sql.Struct"),
      List.of("m", Types.OTHER, "(VARCHAR, INTEGER) MAP", "java.util.Map"));

  @BeforeAll
  static void write() throws SQLException {
    TestingParquetFiles.file(data.resolve("t.parquet"), SCHEMA).write(List.<Object[]>of(new Object[] {1L,
        list3("a", null), list3(DAY, null), list3(new BigDecimal("1.25"), null), list3(STAMP),
        list3((Object) TestingParquetFiles.uuidBytes(ID)), list3(-1L), new Object[] {"Oslo", DAY},
        keyValues("a", 1)}));
    connection = TestingOracle.parquetFrame(data);
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  @Test
  void getColumnsAndResultSetMetaDataAgree() throws SQLException {
    try (ResultSet columns = connection.getMetaData().getColumns(null, null, "t", null)) {
      columns.next(); // id
      for (List<Object> column : COLUMNS) {
        columns.next();
        assertEquals(column.get(0), columns.getString("COLUMN_NAME"));
        assertEquals(column.get(1), columns.getInt("DATA_TYPE"), column::toString);
        assertEquals(column.get(2), columns.getString("TYPE_NAME"), column::toString);
        for (String size : List.of("COLUMN_SIZE", "DECIMAL_DIGITS", "NUM_PREC_RADIX", "CHAR_OCTET_LENGTH")) {
          assertNull(columns.getObject(size), () -> size + " of " + column);
        }
        assertEquals("YES", columns.getString("IS_NULLABLE"));
      }
    }
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT * FROM t")) {
      ResultSetMetaData meta = rows.getMetaData();
      rows.next();
      for (int i = 0; i < COLUMNS.size(); i++) {
        List<Object> column = COLUMNS.get(i);
        assertEquals(column.get(1), meta.getColumnType(i + 2), column::toString);
        assertEquals(column.get(2), meta.getColumnTypeName(i + 2), column::toString);
        assertEquals(column.get(3), meta.getColumnClassName(i + 2), column::toString);
        assertInstanceOf(Class.forName(column.get(3).toString()), rows.getObject(i + 2), column::toString);
      }
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void elementsAndFieldsAreJdbcValuesOfTheirTypes() throws SQLException {
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT * FROM t")) {
      rows.next();
      Array tags = rows.getArray("tags");
      assertEquals(Types.VARCHAR, tags.getBaseType());
      assertArrayEquals(new Object[] {"a", null}, (Object[]) tags.getArray());
      Object[] days = (Object[]) rows.getArray("days").getArray();
      assertEquals(DAY, ((java.sql.Date) days[0]).toLocalDate());
      assertNull(days[1]);
      assertArrayEquals(new Object[] {new BigDecimal("1.25"), null}, (Object[]) rows.getArray("amounts").getArray());
      assertEquals(STAMP, ((Timestamp) ((Object[]) rows.getArray("stamps").getArray())[0]).toLocalDateTime());
      assertArrayEquals(new Object[] {ID.toString()}, (Object[]) rows.getArray("ids").getArray());
      assertArrayEquals(new Object[] {new BigDecimal("18446744073709551615")},
          (Object[]) rows.getArray("big").getArray());
      Object[] address = ((Struct) rows.getObject("address")).getAttributes();
      assertEquals("Oslo", address[0]);
      assertEquals(DAY, ((java.sql.Date) address[1]).toLocalDate());
      assertEquals(Map.of("a", 1), rows.getObject("m"));
      assertEquals("[a, null]", rows.getString("tags"));
    }
  }
}
