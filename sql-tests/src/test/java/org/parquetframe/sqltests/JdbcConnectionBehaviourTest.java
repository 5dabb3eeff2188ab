package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.apache.calcite.jdbc.CalciteConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connection the driver hands out behaves as JDBC tools expect: every statement, result and
 * metadata object leads back to it, Calcite's connection stays reachable through {@code unwrap}, and
 * the calls tools make on any connection (transactions, isolation, read-only, schema, client info,
 * type map, validity) answer without exceptions while it is open, and fail cleanly once closed.
 */
class JdbcConnectionBehaviourTest {
  @TempDir
  Path data;
  private Connection connection;

  @BeforeEach
  void connect() throws SQLException {
    connection = JdbcTestingData.connect(JdbcTestingData.write(data));
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void unwrapReachesCalcitesConnection() throws SQLException {
    assertTrue(connection.isWrapperFor(CalciteConnection.class));
    CalciteConnection calcite = connection.unwrap(CalciteConnection.class);
    assertTrue(calcite.getRootSchema().subSchemas().get("main") != null);
    assertEquals("main", calcite.getSchema());
    assertSame(connection, connection.unwrap(Connection.class));
    assertTrue(connection.isWrapperFor(Connection.class));
    assertFalse(connection.isWrapperFor(String.class));
  }

  @Test
  void everyObjectLeadsBackToTheConnection() throws SQLException {
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT id FROM users")) {
      assertSame(connection, statement.getConnection());
      assertSame(statement, rows.getStatement());
    }
    try (PreparedStatement prepared = connection.prepareStatement("SELECT id FROM users WHERE id = ?")) {
      prepared.setLong(1, 3);
      try (ResultSet rows = prepared.executeQuery()) {
        assertSame(connection, prepared.getConnection());
        assertSame(prepared, rows.getStatement());
        assertTrue(rows.next());
        assertEquals(3L, rows.getLong(1));
      }
    }
    try (Statement statement = connection.createStatement()) {
      assertTrue(statement.execute("SELECT name FROM users"));
      assertSame(statement.getResultSet(), statement.getResultSet(), "one result, one object");
    }
    DatabaseMetaData meta = connection.getMetaData();
    assertSame(connection, meta.getConnection());
    try (ResultSet tables = meta.getTables(null, "main", "%", null)) {
      assertTrue(tables.next());
    }
  }

  @Test
  void transactionCallsSucceedAndChangeNothing() throws SQLException {
    connection.setAutoCommit(false);
    assertFalse(connection.getAutoCommit());
    connection.commit();
    connection.rollback();
    connection.setAutoCommit(true);
    connection.commit();
    assertEquals(Connection.TRANSACTION_NONE, connection.getTransactionIsolation());
    connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    connection.setReadOnly(true);
    assertTrue(connection.isReadOnly());
    assertEquals(10, count("SELECT * FROM users"), "a read-only connection still reads");
  }

  @Test
  void theDefaultSchemaIsMainAndCanBeChanged() throws SQLException {
    assertEquals("main", connection.getSchema());
    assertNull(connection.getCatalog());
    connection.setCatalog(null);
    connection.setSchema("metadata");
    assertEquals("metadata", connection.getSchema());
    assertTrue(count("SELECT * FROM \"TABLES\"") >= 3, "Calcite's catalog tables stay queryable");
    connection.setSchema("main");
    assertEquals(10, count("SELECT * FROM users"));
  }

  @Test
  void keepsClientInfoAndAnswersOtherToolCalls() throws SQLException {
    Properties info = new Properties();
    info.setProperty("ApplicationName", "Squirrel");
    info.setProperty("ClientUser", "me");
    connection.setClientInfo(info);
    assertEquals(info, connection.getClientInfo());
    assertEquals("Squirrel", connection.getClientInfo("ApplicationName"));
    connection.setClientInfo("ApplicationName", null);
    assertNull(connection.getClientInfo("ApplicationName"));
    assertTrue(connection.getTypeMap().isEmpty());
    assertEquals("SELECT {fn UCASE(name)} FROM users", connection.nativeSQL("SELECT {fn UCASE(name)} FROM users"));
    assertTrue(connection.isValid(1));
    connection.getHoldability();
    connection.getNetworkTimeout();
    connection.clearWarnings();
    assertNull(connection.getWarnings());
  }

  @Test
  void statementsAcceptTheOptionsToolsSet() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.setEscapeProcessing(false);
      statement.setFetchSize(100);
      statement.setQueryTimeout(30);
      statement.setMaxRows(3);
      try (ResultSet rows = statement.executeQuery("SELECT * FROM users")) {
        int count = 0;
        while (rows.next()) {
          count++;
        }
        assertEquals(3, count);
      }
    }
  }

  @Test
  void metadataAnswersTheDriverComputesReadLikeAnyResultSet() throws SQLException {
    try (ResultSet functions = connection.getMetaData().getFunctions(null, "main", "PF\\_%")) {
      assertNull(functions.getStatement(), "metadata results come from no statement");
      assertEquals(ResultSet.TYPE_FORWARD_ONLY, functions.getType());
      assertTrue(functions.isBeforeFirst());
      assertTrue(functions.next());
      assertEquals("PF_DEBUG_INFO", functions.getString("FUNCTION_NAME"));
      assertEquals(DatabaseMetaData.functionReturnsTable, functions.getShort("FUNCTION_TYPE"));
      assertNull(functions.getString("FUNCTION_CAT"));
      assertTrue(functions.wasNull());
      assertThrows(SQLException.class, () -> functions.getString("NO_SUCH_COLUMN"));
      int rows = 1;
      while (functions.next()) {
        assertTrue(functions.getString(3).startsWith("PF_"));
        rows++;
      }
      assertTrue(rows >= 4, "pf_debug_info, pf_metrics, pf_native_available, pf_version, ...");
      assertFalse(functions.next());
    }
  }

  @Test
  void aClosedConnectionRefusesWorkButAnswersIsValid() throws SQLException {
    connection.close();
    assertTrue(connection.isClosed());
    assertFalse(connection.isValid(1));
    for (ThrowingCall call : List.<ThrowingCall>of(connection::commit, connection::rollback,
        connection::createStatement, connection::getMetaData, () -> connection.setClientInfo("a", "b"),
        connection::getTypeMap)) {
      assertThrows(SQLException.class, call::run);
    }
    connection.close();
  }

  private interface ThrowingCall {
    void run() throws SQLException;
  }

  private int count(String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      int count = 0;
      while (rows.next()) {
        count++;
      }
      return count;
    }
  }
}
