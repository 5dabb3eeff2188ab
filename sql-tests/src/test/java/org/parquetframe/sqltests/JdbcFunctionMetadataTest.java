package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parquetframe.sqltests.JdbcTestingData.rows;
import static org.parquetframe.sqltests.JdbcTestingData.strings;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our table and scalar functions as JDBC metadata lists them: {@code getFunctions} and
 * {@code getProcedures} name every one with a one-line signature, and {@code getFunctionColumns} and
 * {@code getProcedureColumns} give their parameters in call order with SQL types (the names that
 * {@code name => value} takes), after a scalar function's return value. Calcite's built-in functions
 * stay in schema {@code metadata}, listed when it is asked for by name.
 */
class JdbcFunctionMetadataTest {
  @TempDir
  static Path data;
  private static Connection connection;

  @BeforeAll
  static void connect() throws SQLException {
    connection = JdbcTestingData.connect(JdbcTestingData.write(data));
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  @Test
  void remarksGiveEachFunctionsSignature() throws SQLException {
    Map<String, Object> pagerank = rows(meta().getFunctions(null, "main", "PAGERANK")).get(0);
    assertEquals("table function pagerank(edges VARCHAR, [damping DOUBLE], [max_iterations INTEGER],"
        + " [tolerance DOUBLE], [src VARCHAR], [dst VARCHAR], [weight VARCHAR], [engine VARCHAR])",
        pagerank.get("REMARKS"));
    Map<String, Object> version = rows(meta().getProcedures(null, "main", "PF\\_VERSION")).get(0);
    assertEquals("scalar function pf_version() returns VARCHAR", version.get("REMARKS"));
    assertEquals(DatabaseMetaData.procedureReturnsResult, ((Number) version.get("PROCEDURE_TYPE")).intValue());
  }

  @Test
  void functionColumnsAreTheParametersInCallOrder() throws SQLException {
    List<Map<String, Object>> params = rows(meta().getFunctionColumns(null, "main", "PAGERANK", "%"));
    assertEquals(List.of("edges", "damping", "max_iterations", "tolerance", "src", "dst", "weight", "engine"),
        params.stream().map(p -> p.get("COLUMN_NAME")).toList());
    assertEquals(List.of(Types.VARCHAR, Types.DOUBLE, Types.INTEGER, Types.DOUBLE, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.VARCHAR), params.stream().map(p -> p.get("DATA_TYPE")).toList());
    for (int i = 0; i < params.size(); i++) {
      Map<String, Object> param = params.get(i);
      assertEquals(i + 1, param.get("ORDINAL_POSITION"));
      assertEquals(DatabaseMetaData.functionColumnIn, ((Number) param.get("COLUMN_TYPE")).intValue());
      assertEquals("PAGERANK", param.get("SPECIFIC_NAME"));
    }
    assertEquals(15, params.get(1).get("PRECISION"), "DOUBLE has 15 digits, as in getTypeInfo");
    assertEquals(List.of("edges", "start_node", "max_depth", "directed", "src", "dst", "engine"),
        strings(meta().getFunctionColumns(null, "main", "BFS", "%"), "COLUMN_NAME"));
    assertEquals(List.of("start_node"), strings(meta().getFunctionColumns(null, "main", "%", "start%"), "COLUMN_NAME")
        .stream().distinct().toList());
  }

  @Test
  void aScalarFunctionsReturnValueComesFirst() throws SQLException {
    List<Map<String, Object>> columns = rows(meta().getFunctionColumns(null, "main", "PF\\_NATIVE\\_AVAILABLE", "%"));
    assertEquals(1, columns.size());
    assertEquals(DatabaseMetaData.functionReturn, ((Number) columns.get(0).get("COLUMN_TYPE")).intValue());
    assertEquals(Types.BOOLEAN, columns.get(0).get("DATA_TYPE"));
    assertEquals(0, columns.get(0).get("ORDINAL_POSITION"));
  }

  @Test
  void procedureColumnsMirrorFunctionColumns() throws SQLException {
    List<Map<String, Object>> params = rows(meta().getProcedureColumns(null, null, "SHORTEST\\_PATH", "%"));
    assertEquals(List.of("edges", "start_node", "target_node", "weight", "directed", "src", "dst", "engine"),
        params.stream().map(p -> p.get("COLUMN_NAME")).toList());
    assertEquals(DatabaseMetaData.procedureColumnIn, ((Number) params.get(0).get("COLUMN_TYPE")).intValue());
    assertEquals(Types.BOOLEAN, params.get(4).get("DATA_TYPE"));
    assertEquals(List.of("edges", "src", "dst", "engine"),
        strings(meta().getProcedureColumns(null, "main", "CONNECTED\\_COMPONENTS", null), "COLUMN_NAME"));
    assertEquals(List.of("path"), strings(meta().getProcedureColumns("", "%", "PARQUET\\_SCHEMA", "%"), "COLUMN_NAME"));
  }

  @Test
  void patternsSelectFunctionsAndCalcitesBuiltInsStayInSchemaMetadata() throws SQLException {
    List<String> diagnostics = strings(meta().getFunctions(null, "main", "PF%"), "FUNCTION_NAME");
    assertTrue(diagnostics.containsAll(List.of("PF_DEBUG_INFO", "PF_METRICS", "PF_NATIVE_AVAILABLE", "PF_VERSION"))
        && diagnostics.stream().allMatch(name -> name.startsWith("PF_")), diagnostics.toString());
    assertEquals(List.of(), strings(meta().getFunctions(null, "main", "ABS"), "FUNCTION_NAME"));
    List<String> builtIns = strings(meta().getFunctions(null, "metadata", "%"), "FUNCTION_NAME");
    assertTrue(builtIns.contains("ABS") && !builtIns.contains("PAGERANK"), builtIns.toString());
    assertEquals(List.of("metadata"), strings(meta().getSchemas(null, "meta%"), "TABLE_SCHEM"));
    assertEquals(List.of("COLUMNS", "TABLES"), strings(meta().getTables(null, "metadata", "%", null), "TABLE_NAME"));
  }

  private static DatabaseMetaData meta() throws SQLException {
    return connection.getMetaData();
  }
}
