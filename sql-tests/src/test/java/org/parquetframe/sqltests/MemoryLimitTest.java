package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/** Work larger than {@code memory_limit} fails before it starts, naming the limit and the size needed. */
class MemoryLimitTest {
  @TempDir
  Path dir;

  @BeforeEach
  void writeEdges() {
    List<Edge> edges = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      edges.add(Edge.of(i, (i * 7 + 1) % 20_000, 1.0 + i % 5));
    }
    TestingEdgeFiles.write(dir.resolve("edges.parquet"), edges, true);
  }

  @Test
  void aGraphAboveTheLimitFailsFastAndTheConnectionGoesOn() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:parquetframe:" + dir + ";memory_limit=100KB")) {
      SQLException error = assertThrows(SQLException.class,
          () -> count(connection, "SELECT count(*) FROM TABLE(pagerank('edges.parquet'))"));
      assertTrue(error.getMessage().contains("20000 edges"), error.getMessage());
      assertTrue(error.getMessage().contains("more than memory_limit (100.0 KB)")
          || error.getMessage().contains("more than memory_limit (102400 bytes)"), error.getMessage());
      SQLException query = assertThrows(SQLException.class, () -> count(connection,
          "SELECT count(*) FROM TABLE(connected_components('SELECT src, dst FROM edges WHERE src >= 0'))"));
      assertTrue(query.getMessage().contains("memory_limit"), query.getMessage());
      assertEquals(1, count(connection, "SELECT count(*) FROM edges WHERE src = 7"));
    }
  }

  @Test
  void aGraphReadFromFilesNeedsLessMemoryThanTheSameEdgesFromAQuery() throws SQLException {
    // 20,000 edges: about 640 KB read from the file (never held whole), about 1.1 MB from a query.
    try (Connection connection = DriverManager.getConnection("jdbc:parquetframe:" + dir + ";memory_limit=800KB")) {
      assertEquals(20_000, count(connection, "SELECT count(*) FROM TABLE(pagerank('edges.parquet'))"));
      SQLException error = assertThrows(SQLException.class, () -> count(connection,
          "SELECT count(*) FROM TABLE(pagerank('SELECT src, dst FROM edges'))"));
      assertTrue(error.getMessage().contains("more than memory_limit"), error.getMessage());
    }
  }

  @Test
  void aScanAboveTheLimitFailsFastNamingTheFile() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:parquetframe:" + dir + ";memory_limit=1KB")) {
      // SUM, not MAX: a maximum comes from the footer's statistics without reading a row group
      SQLException error = assertThrows(SQLException.class, () -> count(connection, "SELECT sum(weight) FROM edges"));
      assertTrue(error.getMessage().contains("edges.parquet"), error.getMessage());
      assertTrue(error.getMessage().contains("memory_limit"), error.getMessage());
      assertEquals(0, count(connection, "SELECT count(*) FROM (VALUES (1)) AS t(x) WHERE x = 2"));
    }
  }

  @Test
  void withinTheLimitEverythingRuns() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:parquetframe:" + dir + ";memory_limit=64MB")) {
      assertEquals(20_000, count(connection, "SELECT count(*) FROM TABLE(pagerank('edges.parquet'))"));
      assertEquals(20_000, count(connection, "SELECT count(*) FROM edges"));
    }
  }

  @Test
  void aMalformedLimitIsAConnectionError() {
    SQLException error = assertThrows(SQLException.class,
        () -> DriverManager.getConnection("jdbc:parquetframe:" + dir + ";memory_limit=lots"));
    assertTrue(error.getMessage().contains("memory_limit"), error.getMessage());
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
