package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every Parquet type of docs/types.md, {@code getColumns} and {@code ResultSetMetaData} describe the
 * column exactly as JDBC defines the fields, and agree with each other: the type code and bare type
 * name; the column size (digits of a number, characters of a date or time as text, length of a string,
 * bytes of a binary; {@code Integer.MAX_VALUE} when unbounded) as COLUMN_SIZE and getPrecision; decimal
 * digits (scale, fractional seconds) as DECIMAL_DIGITS and getScale; radix 10 for numbers; octet length
 * for strings and binaries; nullability; the Java class of values; signedness and display width.
 */
class JdbcColumnMetadataTest {
  private static final int MAX = Integer.MAX_VALUE;
  private static final Integer NONE = null;

  @TempDir
  static Path data;
  private static Connection connection;

  /** One column: Parquet declaration, then what JDBC must say about it. */
  record Column(String name, String parquet, int type, String typeName, Integer size, Integer digits, Integer radix,
      Integer octets, String javaClass, int display) {
    @Override
    public String toString() {
      return name + " [" + parquet + "]";
    }
  }

  static List<Column> columns() {
    String text = String.class.getName();
    String bytes = byte[].class.getName();
    String decimal = java.math.BigDecimal.class.getName();
    return List.of(
        new Column("b", "boolean b", Types.BOOLEAN, "BOOLEAN", 1, NONE, NONE, NONE, "java.lang.Boolean", 5),
        new Column("i32", "int32 i32", Types.INTEGER, "INTEGER", 10, 0, 10, NONE, "java.lang.Integer", 11),
        new Column("i64", "int64 i64", Types.BIGINT, "BIGINT", 19, 0, 10, NONE, "java.lang.Long", 20),
        new Column("i8", "int32 i8 (INTEGER(8,true))", Types.TINYINT, "TINYINT", 3, 0, 10, NONE, "java.lang.Byte", 4),
        new Column("i16", "int32 i16 (INTEGER(16,true))", Types.SMALLINT, "SMALLINT", 5, 0, 10, NONE,
            "java.lang.Short", 6),
        new Column("u8", "int32 u8 (INTEGER(8,false))", Types.SMALLINT, "SMALLINT", 5, 0, 10, NONE,
            "java.lang.Short", 6),
        new Column("u16", "int32 u16 (INTEGER(16,false))", Types.INTEGER, "INTEGER", 10, 0, 10, NONE,
            "java.lang.Integer", 11),
        new Column("u32", "int32 u32 (INTEGER(32,false))", Types.BIGINT, "BIGINT", 19, 0, 10, NONE,
            "java.lang.Long", 20),
        new Column("u64", "int64 u64 (INTEGER(64,false))", Types.DECIMAL, "DECIMAL", 20, 0, 10, NONE, decimal, 21),
        new Column("f", "float f", Types.REAL, "REAL", 7, NONE, 10, NONE, "java.lang.Float", 15),
        new Column("f16", "fixed_len_byte_array(2) f16 (FLOAT16)", Types.REAL, "REAL", 7, NONE, 10, NONE,
            "java.lang.Float", 15),
        new Column("d", "double d", Types.DOUBLE, "DOUBLE", 15, NONE, 10, NONE, "java.lang.Double", 24),
        new Column("bin", "binary bin", Types.VARBINARY, "VARBINARY", MAX, NONE, NONE, MAX, bytes, MAX),
        new Column("bson", "binary bson (BSON)", Types.VARBINARY, "VARBINARY", MAX, NONE, NONE, MAX, bytes, MAX),
        new Column("s", "binary s (STRING)", Types.VARCHAR, "VARCHAR", MAX, NONE, NONE, MAX, text, MAX),
        new Column("e", "binary e (ENUM)", Types.VARCHAR, "VARCHAR", MAX, NONE, NONE, MAX, text, MAX),
        new Column("j", "binary j (JSON)", Types.VARCHAR, "VARCHAR", MAX, NONE, NONE, MAX, text, MAX),
        new Column("d9", "int32 d9 (DECIMAL(9,2))", Types.DECIMAL, "DECIMAL", 9, 2, 10, NONE, decimal, 11),
        new Column("d18", "int64 d18 (DECIMAL(18,4))", Types.DECIMAL, "DECIMAL", 18, 4, 10, NONE, decimal, 20),
        new Column("d38", "fixed_len_byte_array(16) d38 (DECIMAL(38,10))", Types.DECIMAL, "DECIMAL", 38, 10, 10,
            NONE, decimal, 40),
        new Column("d5", "fixed_len_byte_array(3) d5 (DECIMAL(5,2))", Types.DECIMAL, "DECIMAL", 5, 2, 10, NONE,
            decimal, 7),
        new Column("db", "binary db (DECIMAL(38,0))", Types.DECIMAL, "DECIMAL", 38, 0, 10, NONE, decimal, 39),
        new Column("dt", "int32 dt (DATE)", Types.DATE, "DATE", 10, NONE, NONE, NONE, "java.sql.Date", 10),
        new Column("tm", "int32 tm (TIME(MILLIS,false))", Types.TIME, "TIME", 12, 3, NONE, NONE, "java.sql.Time", 12),
        new Column("tu", "int64 tu (TIME(MICROS,true))", Types.TIME, "TIME", 12, 3, NONE, NONE, "java.sql.Time", 12),
        new Column("tn", "int64 tn (TIME(NANOS,false))", Types.TIME, "TIME", 12, 3, NONE, NONE, "java.sql.Time", 12),
        new Column("ts", "int64 ts (TIMESTAMP(MILLIS,false))", Types.TIMESTAMP, "TIMESTAMP", 23, 3, NONE, NONE,
            "java.sql.Timestamp", 23),
        new Column("tsu", "int64 tsu (TIMESTAMP(MICROS,true))", Types.TIMESTAMP, "TIMESTAMP", 23, 3, NONE, NONE,
            "java.sql.Timestamp", 23),
        new Column("tsn", "int64 tsn (TIMESTAMP(NANOS,true))", Types.TIMESTAMP, "TIMESTAMP", 23, 3, NONE, NONE,
            "java.sql.Timestamp", 23),
        new Column("i96", "int96 i96", Types.TIMESTAMP, "TIMESTAMP", 23, 3, NONE, NONE, "java.sql.Timestamp", 23),
        new Column("uuid", "fixed_len_byte_array(16) uuid (UUID)", Types.VARCHAR, "VARCHAR", 36, NONE, NONE, 36,
            text, 36),
        new Column("fx", "fixed_len_byte_array(4) fx", Types.BINARY, "BINARY", 4, NONE, NONE, 4, bytes, 8));
  }

  @BeforeAll
  static void writeOneColumnOfEveryType() throws SQLException {
    StringBuilder schema = new StringBuilder("message every_type {");
    for (Column column : columns()) {
      schema.append(" optional ").append(column.parquet).append(';');
    }
    Object[] nulls = new Object[columns().size()];
    TestingParquetFiles.file(data.resolve("every_type.parquet"), schema + " }").write(List.<Object[]>of(nulls));
    connection = JdbcTestingData.connect(data);
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("columns")
  void getColumnsDescribesTheColumnExactly(Column column) throws SQLException {
    Map<String, Object> row = JdbcTestingData.columns(connection.getMetaData(), "every\\_type").get(column.name);
    assertEquals(column.type, row.get("DATA_TYPE"), "DATA_TYPE");
    assertEquals(column.typeName, row.get("TYPE_NAME"), "TYPE_NAME");
    assertEquals(column.size, row.get("COLUMN_SIZE"), "COLUMN_SIZE");
    assertEquals(column.digits, row.get("DECIMAL_DIGITS"), "DECIMAL_DIGITS");
    assertEquals(column.radix, row.get("NUM_PREC_RADIX"), "NUM_PREC_RADIX");
    assertEquals(column.octets, row.get("CHAR_OCTET_LENGTH"), "CHAR_OCTET_LENGTH");
    assertEquals(DatabaseMetaData.columnNullable, row.get("NULLABLE"), "NULLABLE");
    assertEquals("YES", row.get("IS_NULLABLE"), "IS_NULLABLE");
    assertEquals(columns().indexOf(column) + 1, row.get("ORDINAL_POSITION"), "ORDINAL_POSITION");
    assertEquals("every_type", row.get("TABLE_NAME"));
    assertEquals("main", row.get("TABLE_SCHEM"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("columns")
  void resultSetMetaDataAgreesWithGetColumns(Column column) throws SQLException {
    String sql = "SELECT \"" + column.name + "\" FROM every_type";
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      assertDescribes(column, rows.getMetaData());
    }
    try (PreparedStatement prepared = connection.prepareStatement(sql)) {
      assertDescribes(column, prepared.getMetaData());
    }
  }

  @Test
  void computedColumnsAreDescribedByTheirSqlType() throws SQLException {
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT count(*) AS n, CAST(s AS VARCHAR(5)) AS short_text,"
             + " CAST(d AS DECIMAL(7, 3)) AS money, 'abc' AS literal FROM every_type GROUP BY s, d")) {
      ResultSetMetaData meta = rows.getMetaData();
      assertEquals(List.of(Types.BIGINT, Types.VARCHAR, Types.DECIMAL, Types.CHAR), typeCodes(meta));
      assertEquals(ResultSetMetaData.columnNoNulls, meta.isNullable(1), "count(*) is never NULL");
      assertEquals(List.of(19, 5, 7, 3), List.of(meta.getPrecision(1), meta.getPrecision(2), meta.getPrecision(3),
          meta.getPrecision(4)));
      assertEquals(3, meta.getScale(3));
      assertEquals("", meta.getTableName(1), "a computed column comes from no table");
    }
  }

  @Test
  void graphFunctionOutputsAreDescribedLikeColumns() throws SQLException {
    TestingEdgeFiles.write(data.resolve("graph.parquet"), List.of(TestingEdgeFiles.Edge.of(1, 2)), false);
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT * FROM TABLE(bfs('graph', 1))")) {
      ResultSetMetaData meta = rows.getMetaData();
      assertEquals(List.of(Types.BIGINT, Types.INTEGER, Types.BIGINT), typeCodes(meta));
      assertEquals(List.of(19, 10, 19), List.of(meta.getPrecision(1), meta.getPrecision(2), meta.getPrecision(3)));
      assertEquals(true, meta.isSigned(1));
    }
  }

  private static void assertDescribes(Column column, ResultSetMetaData meta) throws SQLException {
    assertEquals(column.type, meta.getColumnType(1), "getColumnType");
    assertEquals(column.typeName, meta.getColumnTypeName(1), "getColumnTypeName");
    assertEquals(column.size == null ? 0 : column.size, meta.getPrecision(1), "getPrecision");
    assertEquals(column.digits == null ? 0 : column.digits, meta.getScale(1), "getScale");
    assertEquals(column.javaClass, meta.getColumnClassName(1), "getColumnClassName");
    assertEquals(ResultSetMetaData.columnNullable, meta.isNullable(1), "isNullable");
    assertEquals(column.radix != null, meta.isSigned(1), "isSigned");
    assertEquals(column.display, meta.getColumnDisplaySize(1), "getColumnDisplaySize");
    assertEquals(column.type == Types.VARCHAR, meta.isCaseSensitive(1), "isCaseSensitive");
    assertEquals(true, meta.isSearchable(1), "isSearchable");
    assertEquals(true, meta.isReadOnly(1), "isReadOnly");
    assertEquals("every_type", meta.getTableName(1));
    assertEquals("main", meta.getSchemaName(1));
    assertEquals("", meta.getCatalogName(1));
  }

  private static List<Integer> typeCodes(ResultSetMetaData meta) throws SQLException {
    List<Integer> codes = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      codes.add(meta.getColumnType(i));
    }
    return codes;
  }
}
