package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/**
 * Bad input gives an SQLException whose message says what is wrong, and the same connection
 * answers the next query correctly.
 */
class BadInputTest {
  @TempDir
  Path dir;
  private Connection connection;

  @BeforeEach
  void connect() throws SQLException {
    TestingEdgeFiles.write(dir.resolve("edges.parquet"),
        List.of(Edge.of(1, 2, 1.0), Edge.of(2, 3, 2.0), Edge.of(3, 1, 3.0)), true);
    connection = DriverManager.getConnection("jdbc:parquetframe:" + dir);
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void missingFile() {
    assertFails("SELECT * FROM TABLE(pagerank('missing.parquet'))", "missing.parquet", "tables: [edges]");
  }

  @Test
  void unknownTable() {
    assertFails("SELECT * FROM missing", "Object 'missing' not found");
  }

  @Test
  void notAParquetFileNamedParquet() throws IOException {
    Files.writeString(dir.resolve("notes.parquet"), "these are not the bytes you are looking for");
    assertFails("SELECT * FROM notes", "notes.parquet", "not a Parquet file");
    assertFails("SELECT * FROM TABLE(pagerank('notes.parquet'))", "notes.parquet", "not a Parquet file");
  }

  @Test
  void emptyFileNamedParquet() throws IOException {
    Files.write(dir.resolve("empty.parquet"), new byte[0]);
    assertFails("SELECT * FROM TABLE(pagerank('empty.parquet'))", "empty.parquet", "not a Parquet file",
        "0 bytes");
  }

  @Test
  void truncatedAndCorruptFootersNameTheFile() throws IOException {
    byte[] good = Files.readAllBytes(dir.resolve("edges.parquet"));
    Files.write(dir.resolve("truncated.parquet"), Arrays.copyOf(good, good.length / 2));
    assertFails("SELECT * FROM truncated", "truncated.parquet", "not a Parquet file");
    byte[] corrupt = good.clone();
    for (int i = corrupt.length - 40; i < corrupt.length - 8; i++) {
      corrupt[i] = (byte) ~corrupt[i];
    }
    Files.write(dir.resolve("corrupt.parquet"), corrupt);
    assertFails("SELECT * FROM corrupt", "corrupt.parquet");
  }

  @Test
  void missingColumnListsTheColumnsThatExist() {
    assertFails("SELECT * FROM TABLE(pagerank('edges.parquet', src => 'source'))", "'source' not found",
        "[src, dst, weight]");
    assertFails("SELECT * FROM TABLE(pagerank('edges.parquet', weight => 'w'))", "'w' not found");
  }

  @Test
  void emptyGraphFromAZeroRowFileHasNoRows() throws SQLException {
    TestingEdgeFiles.write(dir.resolve("none.parquet"), List.of(), false);
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT * FROM TABLE(pagerank('none.parquet'))")) {
      assertFalse(rows.next());
    }
  }

  @Test
  void wrongArgumentValuesAndTypes() {
    assertFails("SELECT * FROM TABLE(pagerank('edges.parquet', damping => 1.5))", "damping", "between 0 and 1");
    assertFails("SELECT * FROM TABLE(pagerank('edges.parquet', max_iterations => -1))", "max_iterations");
    assertFails("SELECT * FROM TABLE(pagerank('edges.parquet', tolerance => -0.1))", "tolerance");
    assertFails("SELECT * FROM TABLE(pagerank('edges.parquet', damping => 'high'))", "high");
    assertFails("SELECT * FROM TABLE(pagerank('edges.parquet', engine => 'gpu'))", "unknown engine 'gpu'");
    assertFails("SELECT * FROM TABLE(pagerank('edges.parquet', no_such_argument => 1))", "NO_SUCH_ARGUMENT");
    assertFails("SELECT * FROM TABLE(pagerank())", "PAGERANK");
  }

  @Test
  void weightsMustBeNumericAndNonNegative() {
    TestingEdgeFiles.write(dir.resolve("negative.parquet"), List.of(Edge.of(1, 2, 1.0), Edge.of(2, 1, -2.0)), true);
    assertFails("SELECT * FROM TABLE(pagerank('negative.parquet', weight => 'weight'))", "-2.0", "non-negative");
    TestingEdgeFiles.write(dir.resolve("words.parquet"), List.of(Edge.of("a", "b")), false);
    assertFails("SELECT * FROM TABLE(pagerank('SELECT src, dst, src FROM words', weight => 'w'))", "numeric");
    assertFails("SELECT * FROM TABLE(pagerank('words.parquet', weight => 'dst'))", "numeric");
  }

  @Test
  void vertexColumnsMustBeIntegersOrVarchar() {
    assertFails("SELECT * FROM TABLE(pagerank('edges.parquet', dst => 'weight'))", "'weight' is DOUBLE");
  }

  @Test
  void pathsOutsideTheRootAreRefused() throws IOException {
    Path outside = Files.createTempFile("outside", ".parquet");
    try {
      assertFails("SELECT * FROM TABLE(pagerank('../" + outside.getFileName() + "'))", "outside the data directory");
      assertFails("SELECT * FROM TABLE(pagerank('" + outside + "'))", "outside the data directory");
    } finally {
      Files.delete(outside);
    }
  }

  @Test
  void nativeEngineIsAnErrorThatSaysWhy() {
    org.junit.jupiter.api.Assumptions.assumeFalse(TestingNative.available(), "the native engine is available here");
    assertFails("SELECT * FROM TABLE(pagerank('edges.parquet', engine => 'native'))", "native", "not available");
  }

  @Test
  void badConnectionUrlsAndProperties() {
    SQLException missing = assertThrows(SQLException.class,
        () -> DriverManager.getConnection("jdbc:parquetframe:" + dir.resolve("nope")));
    assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    SQLException property = assertThrows(SQLException.class,
        () -> DriverManager.getConnection("jdbc:parquetframe:" + dir + ";threads=zero"));
    assertTrue(property.getMessage().contains("threads"), property.getMessage());
    SQLException unknown = assertThrows(SQLException.class,
        () -> DriverManager.getConnection("jdbc:parquetframe:" + dir + ";colour=blue"));
    assertTrue(unknown.getMessage().contains("colour"), unknown.getMessage());
  }

  /** The query fails with every fragment in its message, and the connection still answers. */
  private void assertFails(String sql, String... fragments) {
    SQLException error = assertThrows(SQLException.class, () -> {
      try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
        while (rows.next()) {
          rows.getObject(1);
        }
      }
    }, sql);
    for (String fragment : fragments) {
      assertTrue(error.getMessage().contains(fragment), "'" + error.getMessage() + "' should contain '" + fragment + "'");
    }
    assertConnectionStillAnswers();
  }

  private void assertConnectionStillAnswers() {
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT count(*), sum(weight) FROM edges")) {
      rows.next();
      assertEquals(3, rows.getLong(1));
      assertEquals(6.0, rows.getDouble(2));
    } catch (SQLException e) {
      throw new AssertionError("the connection should still answer after an error", e);
    }
  }
}
