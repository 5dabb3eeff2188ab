package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parquetframe.sqltests.TestingMetadataQueries.column;
import static org.parquetframe.sqltests.TestingMetadataQueries.query;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parquet_schema(path)} through JDBC: every schema element of each file (root, groups,
 * nested and flat columns) in schema order, with the SQL type of each column of the table (nested
 * ones as ARRAY, MAP or ROW) and NULL for the root and the fields inside a column.
 */
class ParquetMetadataSchemaTest {
  private static final List<String> COLUMNS =
      List.of("name", "path", "physical_type", "logical_type", "repetition", "sql_type", "file_name");
  private static final String TYPED_SCHEMA = "message typed { required boolean b; optional int32 i8 (INTEGER(8,true));"
      + " optional int32 u32 (INTEGER(32,false)); optional int64 u64 (INTEGER(64,false)); optional float f;"
      + " optional double d; optional fixed_len_byte_array(16) dec38 (DECIMAL(38,4)); optional int32 day (DATE);"
      + " optional int32 t_ms (TIME(MILLIS,true)); optional int64 ts_us (TIMESTAMP(MICROS,false));"
      + " optional binary s (STRING); optional binary raw; optional fixed_len_byte_array(4) fixed;"
      + " optional fixed_len_byte_array(16) id (UUID); optional int96 legacy; }";

  @TempDir
  static Path data;
  private static Connection connection;

  @BeforeAll
  static void writeFiles() throws SQLException {
    TestingMetadataFiles.nested(data.resolve("nested.parquet"));
    TestingParquetFiles.file(data.resolve("typed.parquet"), TYPED_SCHEMA).write(List.of());
    TestingParquetFiles.file(data.resolve("evolving/1.parquet"), "message v1 { required int64 id; }")
        .write(List.<Object[]>of(new Object[] {1L}));
    TestingParquetFiles.file(data.resolve("evolving/2.parquet"),
        "message v2 { required int64 id; optional binary note (STRING); }")
        .write(List.<Object[]>of(new Object[] {2L, "second"}));
    connection = TestingMetadataQueries.connect(data, "");
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  @Test
  void outputColumnsAreTheSpecsInItsOrderThenTheFileName() throws SQLException {
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT * FROM TABLE(parquet_schema('nested.parquet'))")) {
      ResultSetMetaData meta = rows.getMetaData();
      List<String> names = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        names.add(meta.getColumnLabel(i));
        assertEquals(Types.VARCHAR, meta.getColumnType(i), meta.getColumnLabel(i));
      }
      assertEquals(COLUMNS, names);
    }
  }

  @Test
  void nestedColumnsAreListedDepthFirstWithTheirSqlType() throws SQLException {
    List<List<Object>> expected = List.of(
        Arrays.asList("nested", null, null, null, null, null),
        Arrays.asList("id", "id", "INT64", null, "REQUIRED", "BIGINT"),
        Arrays.asList("address", "address", null, null, "OPTIONAL", "ROW(city VARCHAR, zip INTEGER)"),
        Arrays.asList("city", "address, city", "BYTE_ARRAY", "STRING", "REQUIRED", null),
        Arrays.asList("zip", "address, zip", "INT32", null, "OPTIONAL", null),
        Arrays.asList("tags", "tags", null, "LIST", "OPTIONAL", "VARCHAR ARRAY"),
        Arrays.asList("list", "tags, list", null, null, "REPEATED", null),
        Arrays.asList("element", "tags, list, element", "BYTE_ARRAY", "STRING", "OPTIONAL", null),
        Arrays.asList("scores", "scores", "INT32", null, "REPEATED", "INTEGER ARRAY"));
    List<Map<String, Object>> rows = query(connection,
        "SELECT name, path, physical_type, logical_type, repetition, sql_type FROM TABLE(parquet_schema('nested.parquet'))");
    assertEquals(expected, rows.stream().map(row -> (List<Object>) new ArrayList<>(row.values())).toList());
  }

  @Test
  void sqlTypesAreTheColumnTypesOfTheTable() throws SQLException {
    Map<Object, Object> sqlTypes = TestingMetadataQueries.byKey(query(connection,
        "SELECT name, sql_type FROM TABLE(parquet_schema('typed')) WHERE path IS NOT NULL"), "name", "sql_type");
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("b", "BOOLEAN");
    expected.put("i8", "TINYINT");
    expected.put("u32", "BIGINT");
    expected.put("u64", "DECIMAL(20, 0)");
    expected.put("f", "REAL");
    expected.put("d", "DOUBLE");
    expected.put("dec38", "DECIMAL(38, 4)");
    expected.put("day", "DATE");
    expected.put("t_ms", "TIME(3)");
    expected.put("ts_us", "TIMESTAMP(3)");
    expected.put("s", "VARCHAR");
    expected.put("raw", "VARBINARY");
    expected.put("fixed", "BINARY(4)");
    expected.put("id", "VARCHAR(36)");
    expected.put("legacy", "TIMESTAMP(3)");
    assertEquals(expected, sqlTypes);
    assertEquals(expected.keySet(), new java.util.LinkedHashSet<>(tableColumns("typed")));
  }

  @Test
  void theColumnsWithASqlTypeAreExactlyTheTablesColumns() throws SQLException {
    List<Object> exposed = column(query(connection,
        "SELECT name FROM TABLE(parquet_schema('nested')) WHERE sql_type IS NOT NULL"), "name");
    assertEquals(tableColumns("nested"), exposed);
  }

  @Test
  void aDirectoryShowsTheSchemaOfEachFile() throws SQLException {
    List<Map<String, Object>> rows = query(connection,
        "SELECT file_name, name, path FROM TABLE(parquet_schema('evolving'))");
    assertEquals(List.of("evolving/1.parquet", "evolving/1.parquet", "evolving/2.parquet", "evolving/2.parquet",
        "evolving/2.parquet"), column(rows, "file_name"));
    assertEquals(List.of("v1", "id", "v2", "id", "note"), column(rows, "name"));
    assertEquals(Arrays.asList(null, "id", null, "id", "note"), column(rows, "path"));
  }

  @Test
  void chunksJoinTheirSchemaElementsOnThePath() throws SQLException {
    List<Map<String, Object>> rows = query(connection, "SELECT m.path_in_schema AS p, s.repetition AS r,"
        + " s.sql_type AS t FROM TABLE(parquet_metadata('nested.parquet')) AS m"
        + " JOIN TABLE(parquet_schema('nested.parquet')) AS s ON m.path_in_schema = s.path ORDER BY m.column_id");
    assertEquals(List.of("id", "address, city", "address, zip", "tags, list, element", "scores"), column(rows, "p"));
    assertEquals(Arrays.asList("BIGINT", null, null, null, "INTEGER ARRAY"), column(rows, "t"));
  }

  private static List<Object> tableColumns(String table) throws SQLException {
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
      List<Object> names = new ArrayList<>();
      for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
        names.add(rows.getMetaData().getColumnLabel(i));
      }
      return names;
    }
  }
}
