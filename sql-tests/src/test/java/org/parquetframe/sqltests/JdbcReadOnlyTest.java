package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Statements that would write get a short read-only error (SQLSTATE 25006) through every way of
 * running SQL, the files are untouched, and the connection goes on working; other failures keep
 * their own messages.
 */
class JdbcReadOnlyTest {
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

  @ParameterizedTest
  @ValueSource(strings = {
      "DELETE FROM users",
      "delete from users where id = 1",
      "UPDATE users SET name = 'x'",
      "INSERT INTO users (id) VALUES (99)",
      "  -- a comment first\n /* and another */ INSERT INTO users (id) SELECT id FROM users",
      "MERGE INTO users u USING users s ON u.id = s.id WHEN MATCHED THEN UPDATE SET name = 'x'",
      "CREATE TABLE t (a INT)",
      "DROP TABLE users"})
  void writingStatementsAreRefusedPlainly(String sql) throws SQLException {
    long before = count();
    try (Statement statement = connection.createStatement()) {
      assertReadOnly(assertThrows(SQLException.class, () -> statement.executeUpdate(sql)), sql);
      assertReadOnly(assertThrows(SQLException.class, () -> statement.execute(sql)), sql);
      assertReadOnly(assertThrows(SQLException.class, () -> statement.executeQuery(sql)), sql);
    }
    assertReadOnly(assertThrows(SQLException.class, () -> connection.prepareStatement(sql)), sql);
    assertEquals(before, count(), "the table is unchanged and the connection still answers");
  }

  @Test
  void otherFailuresKeepTheirMessages() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      SQLException missing = assertThrows(SQLException.class, () -> statement.executeQuery("SELECT * FROM no_such_table"));
      assertTrue(missing.getMessage().contains("Object 'no_such_table' not found"), missing.getMessage());
      SQLException misspelt = assertThrows(SQLException.class, () -> statement.executeQuery("SELEC 1"));
      assertTrue(!misspelt.getMessage().contains("read-only"), misspelt.getMessage());
    }
  }

  private static void assertReadOnly(SQLException e, String sql) {
    assertTrue(e.getMessage().startsWith("ParquetFrame SQL is read-only"), sql + " -> " + e.getMessage());
    assertEquals("25006", e.getSQLState());
  }

  private long count() throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT count(*) FROM users")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
