package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parquetframe.sqltests.JdbcTestingData.rows;
import static org.parquetframe.sqltests.JdbcTestingData.strings;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the JDBC calls DBeaver's generic driver makes when it connects to ParquetFrame SQL and a
 * user browses the navigator and opens a table, in DBeaver's order (read from its generic plugin:
 * JDBCDataSource opens the connection, JDBCExecutionContext sets its defaults, JDBCSQLDialect and
 * JDBCDataSourceInfo read the dialect, GenericDataSource reads types, catalogs and schemas,
 * GenericMetaModel and TableCache read tables, columns, keys, indexes and functions). Every call must
 * answer without an exception, and the answers must be what DBeaver needs to show schema {@code main},
 * its tables, their columns and our functions.
 */
class JdbcDbeaverSessionTest {
  @TempDir
  static Path data;
  private static String url;
  private static Connection connection;

  @BeforeAll
  static void connectLikeDbeaver() throws SQLException {
    url = "jdbc:parquetframe:" + JdbcTestingData.write(data).toAbsolutePath();
    Driver driver = DriverManager.getDriver(url);
    assertTrue(driver.acceptsURL(url));
    Properties properties = new Properties();
    properties.setProperty("user", "");
    properties.setProperty("password", "");
    connection = driver.connect(url, properties);
    assertNotNull(connection);
    connection.setAutoCommit(true);
    assertTrue(connection.getAutoCommit());
    connection.getTransactionIsolation();
  }

  @AfterAll
  static void disconnect() throws SQLException {
    connection.close();
  }

  @Test
  void namesTheProductAndTheDriver() throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String version = pfVersion();
    assertEquals("ParquetFrame SQL", meta.getDatabaseProductName());
    assertEquals(version, meta.getDatabaseProductVersion());
    assertEquals("ParquetFrame SQL JDBC Driver", meta.getDriverName());
    assertEquals(version, meta.getDriverVersion());
    String[] parts = version.split("[.-]");
    assertEquals(Integer.parseInt(parts[0]), meta.getDatabaseMajorVersion());
    assertEquals(Integer.parseInt(parts[1]), meta.getDatabaseMinorVersion());
    assertEquals(Integer.parseInt(parts[0]), meta.getDriverMajorVersion());
    assertEquals(4, meta.getJDBCMajorVersion());
    assertEquals(url, meta.getURL());
    assertSame(connection, meta.getConnection());
    assertTrue(meta.isReadOnly());
    assertFalse(meta.supportsTransactions());
    assertTrue(meta.supportsTransactionIsolationLevel(Connection.TRANSACTION_NONE));
    meta.supportsBatchUpdates();
    assertEquals("schema", meta.getSchemaTerm());
    assertFalse(meta.getProcedureTerm().isEmpty());
    assertFalse(meta.getCatalogTerm().isEmpty());
  }

  /** What DBeaver's SQL dialect reads once per connection. */
  @Test
  void describesTheDialect() throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    assertEquals("\"", meta.getIdentifierQuoteString());
    assertEquals(DatabaseMetaData.sqlStateSQL, meta.getSQLStateType());
    assertTrue(meta.supportsCorrelatedSubqueries() && meta.supportsSubqueriesInExists());
    assertFalse(meta.supportsMixedCaseIdentifiers(), "unquoted names match case-insensitively");
    assertTrue(meta.storesMixedCaseIdentifiers(), "names keep the case they have in the files");
    assertFalse(meta.storesUpperCaseIdentifiers() || meta.storesLowerCaseIdentifiers());
    assertEquals("\\", meta.getSearchStringEscape());
    assertEquals(".", meta.getCatalogSeparator());
    assertTrue(meta.supportsSchemasInDataManipulation());
    assertEquals("", meta.getExtraNameCharacters());
    meta.isCatalogAtStart();
    List<String> keywords = List.of(meta.getSQLKeywords().split(","));
    assertTrue(keywords.contains("LIMIT") && keywords.contains("RANK"), keywords.toString());
    for (String functions : List.of(meta.getNumericFunctions(), meta.getStringFunctions(), meta.getSystemFunctions(),
        meta.getTimeDateFunctions())) {
      assertFalse(functions.isEmpty());
    }
  }

  /** DBeaver looks a column's TYPE_NAME up in getTypeInfo and takes the type code it finds there. */
  @Test
  void listsTypesThatResolveEveryColumnType() throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    List<Map<String, Object>> types = rows(meta.getTypeInfo());
    List<Integer> codes = new ArrayList<>();
    for (Map<String, Object> type : types) {
      codes.add(((Number) type.get("DATA_TYPE")).intValue());
    }
    List<Integer> sorted = new ArrayList<>(codes);
    sorted.sort(null);
    assertEquals(sorted, codes, "getTypeInfo is ordered by DATA_TYPE");
    for (Map<String, Object> column : rows(meta.getColumns(null, "main", "%", "%"))) {
      Map<String, Object> type = types.stream().filter(t -> t.get("TYPE_NAME").equals(column.get("TYPE_NAME")))
          .findFirst().orElseThrow(() -> new AssertionError("no type info for " + column));
      assertEquals(column.get("DATA_TYPE"), type.get("DATA_TYPE"), column.toString());
      assertEquals(type, types.stream().filter(t -> t.get("DATA_TYPE").equals(column.get("DATA_TYPE")))
          .findFirst().orElseThrow(), "the first type of a code is the column's type");
    }
  }

  @Test
  void showsSchemaMainWithoutCatalogs() throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    assertEquals(List.of(), strings(meta.getCatalogs(), "TABLE_CAT"), "no catalogs: TABLE_CAT is null everywhere");
    assertEquals(List.of("main"), strings(meta.getSchemas(null, "%"), "TABLE_SCHEM"));
    assertEquals(List.of("main"), strings(meta.getSchemas(), "TABLE_SCHEM"));
    assertEquals(null, connection.getCatalog());
    assertEquals("main", connection.getSchema(), "DBeaver selects the connection's schema");
    connection.setSchema("main");
    assertTrue(strings(meta.getTableTypes(), "TABLE_TYPE").contains("TABLE"));
  }

  @Test
  void listsEveryParquetTableUnderMain() throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    List<Map<String, Object>> tables = rows(meta.getTables(null, "main", "%", null));
    assertEquals(JdbcTestingData.TABLES, tables.stream().map(t -> t.get("TABLE_NAME")).toList());
    for (Map<String, Object> table : tables) {
      assertEquals(null, table.get("TABLE_CAT"));
      assertEquals("main", table.get("TABLE_SCHEM"));
      assertEquals("TABLE", table.get("TABLE_TYPE"));
    }
    assertEquals(JdbcTestingData.TABLES, strings(meta.getTables(null, null, "%", null), "TABLE_NAME"),
        "without a schema pattern, only our tables (Calcite's metadata schema stays out of listings)");
    assertEquals(List.of("visit_log"), strings(meta.getTables(null, "main", "visit\\_log", null), "TABLE_NAME"),
        "DBeaver escapes LIKE wildcards in names with getSearchStringEscape");
    assertEquals(List.of("users"), strings(meta.getTables(null, "main", "users", new String[] {"TABLE", "VIEW"}),
        "TABLE_NAME"));
  }

  @Test
  void describesTheColumnsOfEveryTable() throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    List<Map<String, Object>> columns = rows(meta.getColumns(null, "main", "%", "%"));
    assertEquals(List.of("edges.src", "edges.dst", "edges.weight", "users.id", "users.name", "users.signup",
        "users.score", "users.seen", "visit_log.user_id", "visit_log.page", "visit_log.day"),
        columns.stream().map(c -> c.get("TABLE_NAME") + "." + c.get("COLUMN_NAME")).toList());
    Map<String, Map<String, Object>> visits = JdbcTestingData.columns(meta, "visit\\_log");
    assertEquals(List.of("user_id", "page", "day"), List.copyOf(visits.keySet()));
    Map<String, Object> day = visits.get("day");
    assertEquals(Types.DATE, day.get("DATA_TYPE"));
    assertEquals("DATE", day.get("TYPE_NAME"));
    assertEquals(10, day.get("COLUMN_SIZE"));
    assertEquals(3, day.get("ORDINAL_POSITION"));
    assertEquals(DatabaseMetaData.columnNullable, day.get("NULLABLE"));
    assertEquals("YES", day.get("IS_NULLABLE"));
    assertEquals("NO", day.get("IS_AUTOINCREMENT"));
    assertEquals("NO", day.get("IS_GENERATEDCOLUMN"));
  }

  /** Parquet files have no keys or indexes: DBeaver must get empty answers, not exceptions. */
  @Test
  void answersKeyIndexAndPrivilegeQuestionsWithNoRows() throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    assertNoRows(meta.getPrimaryKeys(null, "main", "users"), "TABLE_CAT");
    assertNoRows(meta.getImportedKeys(null, "main", "users"), "PKTABLE_CAT");
    assertNoRows(meta.getExportedKeys(null, "main", "users"), "PKTABLE_CAT");
    assertNoRows(meta.getCrossReference(null, "main", "users", null, "main", "edges"), "PKTABLE_CAT");
    assertNoRows(meta.getIndexInfo(null, "main", "users", false, true), "TABLE_CAT");
    assertNoRows(meta.getBestRowIdentifier(null, "main", "users", DatabaseMetaData.bestRowSession, true), "SCOPE");
    assertNoRows(meta.getVersionColumns(null, "main", "users"), "SCOPE");
    assertNoRows(meta.getTablePrivileges(null, "main", "%"), "TABLE_CAT");
    assertNoRows(meta.getColumnPrivileges(null, "main", "users", "%"), "TABLE_CAT");
    assertNoRows(meta.getSuperTables(null, "main", "%"), "TABLE_CAT");
    assertNoRows(meta.getUDTs(null, "main", "%", null), "TYPE_CAT");
    assertNoRows(meta.getClientInfoProperties(), "NAME");
  }

  /** GenericMetaModel.loadProcedures: getFunctions first, then getProcedures (duplicates are skipped). */
  @Test
  void listsOurFunctionsAsFunctionsAndProcedures() throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    List<Map<String, Object>> functions = rows(meta.getFunctions(null, "main", "%"));
    List<String> names = functions.stream().map(f -> (String) f.get("FUNCTION_NAME")).toList();
    assertTrue(names.containsAll(JdbcTestingData.FUNCTIONS), names.toString());
    assertEquals(names.stream().sorted().toList(), names, "ordered by name");
    assertFalse(names.contains("ABS"), "Calcite's built-ins are not functions of schema main");
    for (Map<String, Object> function : functions) {
      boolean scalar = JdbcTestingData.SCALAR_FUNCTIONS.contains(function.get("FUNCTION_NAME"));
      if (JdbcTestingData.FUNCTIONS.contains(function.get("FUNCTION_NAME"))) {
        assertEquals(scalar ? DatabaseMetaData.functionNoTable : DatabaseMetaData.functionReturnsTable,
            ((Number) function.get("FUNCTION_TYPE")).intValue(), function.toString());
      }
      assertEquals(function.get("FUNCTION_NAME"), function.get("SPECIFIC_NAME"));
    }
    assertEquals(names, strings(meta.getProcedures(null, "main", "%"), "PROCEDURE_NAME"));
    assertEquals(names, strings(meta.getFunctions(null, null, "%"), "FUNCTION_NAME"));
  }

  /** Opening a table's Data tab: a statement, a query with a row limit, then the result's metadata. */
  @Test
  void opensATableInTheDataEditor() throws SQLException {
    try (Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      statement.setFetchSize(200);
      statement.setMaxRows(200);
      assertTrue(statement.execute("SELECT * FROM main.users"));
      try (ResultSet rows = statement.getResultSet()) {
        assertSame(statement, rows.getStatement());
        assertSame(connection, statement.getConnection());
        ResultSetMetaData meta = rows.getMetaData();
        assertEquals(5, meta.getColumnCount());
        assertEquals("signup", meta.getColumnLabel(3));
        assertEquals("users", meta.getTableName(3));
        assertEquals("main", meta.getSchemaName(3));
        assertEquals(Types.DATE, meta.getColumnType(3));
        assertEquals(10, meta.getPrecision(3));
        assertTrue(meta.isReadOnly(3));
        assertFalse(meta.isAutoIncrement(3));
        int count = 0;
        while (rows.next()) {
          rows.getObject(1);
          count++;
        }
        assertEquals(10, count);
      }
      assertEquals(-1, statement.getUpdateCount());
      assertFalse(statement.getMoreResults());
      statement.getWarnings();
    }
  }

  /** DBeaver's keep-alive and client-info calls, and committing in manual-commit mode. */
  @Test
  void keepsTheConnectionAliveWithoutTransactions() throws SQLException {
    assertTrue(connection.isValid(5));
    connection.setClientInfo("ApplicationName", "DBeaver - Main");
    assertEquals("DBeaver - Main", connection.getClientInfo("ApplicationName"));
    connection.getWarnings();
    connection.clearWarnings();
    connection.setAutoCommit(false);
    connection.commit();
    connection.rollback();
    connection.setAutoCommit(true);
  }

  private static void assertNoRows(ResultSet rows, String firstColumn) throws SQLException {
    try (rows) {
      assertEquals(firstColumn, rows.getMetaData().getColumnLabel(1));
      assertFalse(rows.next(), "expected no rows in a result starting with " + firstColumn);
    }
  }

  private static String pfVersion() throws SQLException {
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT pf_version()")) {
      assertTrue(rows.next());
      return rows.getString(1);
    }
  }
}
