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
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/**
 * No path given in SQL, and no table, reaches outside the data directory — not through {@code ..},
 * absolute paths or symbolic links — unless the connection sets allow_paths_outside_root=true.
 */
class ConfinementTest {
  @TempDir
  Path sandbox;
  private Path root;
  private Path outside;

  @BeforeEach
  void layOut() throws IOException {
    root = Files.createDirectories(sandbox.resolve("root"));
    outside = Files.createDirectories(sandbox.resolve("outside"));
    List<Edge> edges = List.of(Edge.of(1, 2), Edge.of(2, 3));
    TestingEdgeFiles.write(root.resolve("inside.parquet"), edges, false);
    TestingEdgeFiles.write(outside.resolve("secret.parquet"), edges, false);
    Files.createDirectories(outside.resolve("secrets"));
    TestingEdgeFiles.write(outside.resolve("secrets/part-0.parquet"), edges, false);
    Files.createSymbolicLink(root.resolve("linked.parquet"), outside.resolve("secret.parquet"));
    Files.createSymbolicLink(root.resolve("linkeddir"), outside.resolve("secrets"));
    Files.createDirectories(root.resolve("mixed"));
    TestingEdgeFiles.write(root.resolve("mixed/own.parquet"), edges, false);
    Files.createSymbolicLink(root.resolve("mixed/foreign.parquet"), outside.resolve("secret.parquet"));
  }

  @Test
  void pathsLeavingTheRootAreRefused() throws SQLException {
    try (Connection connection = connect("")) {
      for (String path : List.of("../outside/secret.parquet", outside.resolve("secret.parquet").toString(),
          "linked.parquet", "linkeddir", "linkeddir/part-0.parquet")) {
        SQLException error = assertThrows(SQLException.class,
            () -> count(connection, "SELECT count(*) FROM TABLE(pagerank('" + path + "'))"), path);
        assertTrue(error.getMessage().contains("outside the data directory"), error.getMessage());
        assertTrue(error.getMessage().contains("allow_paths_outside_root=true"), error.getMessage());
      }
      assertEquals(3, count(connection, "SELECT count(*) FROM TABLE(pagerank('inside.parquet'))"));
    }
  }

  @Test
  void symbolicLinksLeadingOutsideAreNotTables() throws SQLException {
    try (Connection connection = connect("")) {
      List<String> tables = tables(connection);
      assertTrue(tables.contains("inside"), tables.toString());
      assertFalse(tables.contains("linked"), tables.toString());
      assertFalse(tables.contains("linkeddir"), tables.toString());
      assertEquals(2, count(connection, "SELECT count(*) FROM mixed"), "a link out of a table's directory is skipped");
      assertThrows(SQLException.class, () -> count(connection, "SELECT count(*) FROM linked"));
    }
  }

  @Test
  void theConnectionMayAllowPathsOutsideTheRoot() throws SQLException {
    try (Connection connection = connect(";allow_paths_outside_root=true")) {
      assertEquals(3, count(connection, "SELECT count(*) FROM TABLE(pagerank('../outside/secret.parquet'))"));
      assertEquals(2, count(connection, "SELECT count(*) FROM linked"));
      assertEquals(2, count(connection, "SELECT count(*) FROM linkeddir"));
    }
  }

  private Connection connect(String properties) throws SQLException {
    return DriverManager.getConnection("jdbc:parquetframe:" + root + properties);
  }

  private static List<String> tables(Connection connection) throws SQLException {
    List<String> names = new java.util.ArrayList<>();
    try (ResultSet rows = connection.getMetaData().getTables(null, "main", "%", null)) {
      while (rows.next()) {
        names.add(rows.getString("TABLE_NAME"));
      }
    }
    return names;
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
