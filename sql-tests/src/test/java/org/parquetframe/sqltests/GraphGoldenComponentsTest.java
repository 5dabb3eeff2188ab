package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parquetframe.sqltests.GraphTestingQueries.row;
import static org.parquetframe.sqltests.GraphTestingQueries.table;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/**
 * {@code connected_components} on small graphs worked out by hand, and the empty graph (a Parquet
 * file with no rows) for every function.
 */
class GraphGoldenComponentsTest {
  private static final String COMPONENTS = "SELECT node, component FROM TABLE(connected_components('edges')) "
      + "ORDER BY node";

  @TempDir
  Path dir;

  @Test
  void componentsAreWeakAndNamedByTheirSmallestIdNumerically() throws SQLException {
    TestingEdgeFiles.write(dir.resolve("edges.parquet"), List.of(Edge.of(10, 9), Edge.of(9, 100), Edge.of(-3, 4),
        Edge.of(5, 4), Edge.of(7, 7), Edge.of(10, 9), new Edge(8, null, null), new Edge(null, 11, null)), false);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      assertEquals(List.of(row(-3, -3), row(4, -3), row(5, -3), row(7, 7), row(9, 9), row(10, 9), row(100, 9)),
          table(connection, COMPONENTS));
    }
  }

  @Test
  void varcharComponentsAreNamedByTheLexicallySmallestId() throws SQLException {
    // Uppercase sorts before lowercase, "10" before "9", and "z" (U+007A) before "é" (U+00E9).
    TestingEdgeFiles.write(dir.resolve("edges.parquet"), List.of(Edge.of("b", "a"), Edge.of("c", "d"),
        Edge.of("B", "c"), Edge.of("é", "z"), Edge.of("9", "10"), Edge.of("x", "x")), false);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      List<List<Object>> rows = table(connection, "SELECT node, component FROM TABLE(connected_components('edges'))");
      assertEquals(List.of(row("10", "10"), row("9", "10"), row("B", "B"), row("a", "a"), row("b", "a"),
          row("c", "B"), row("d", "B"), row("x", "x"), row("z", "z"), row("é", "z")),
          rows.stream().sorted((p, q) -> GraphOracle.VERTEX_ORDER.compare(p.get(0), q.get(0))).toList());
    }
  }

  @Test
  void varcharIdsOutsideTheBasicPlaneCompareByCodePoint() throws SQLException {
    // U+FF21 (fullwidth A) < U+1F600 (an emoji) by code point and in UTF-8 bytes; Java's UTF-16
    // String.compareTo would put the emoji first, as its surrogates are below U+FF21.
    TestingEdgeFiles.write(dir.resolve("edges.parquet"), List.of(Edge.of("\uD83D\uDE00", "\uFF21")), false);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      List<List<Object>> rows = table(connection, "SELECT node, component FROM TABLE(connected_components('edges'))");
      assertEquals(2, rows.size(), rows.toString());
      for (List<Object> row : rows) {
        assertEquals("\uFF21", row.get(1), "component of " + row.get(0));
      }
    }
  }

  @Test
  void aSingleSelfLoopIsOneComponent() throws SQLException {
    TestingEdgeFiles.write(dir.resolve("edges.parquet"), List.of(Edge.of(7, 7)), false);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      assertEquals(List.of(row(7, 7)), table(connection, COMPONENTS));
    }
  }

  @Test
  void theEmptyGraphHasNoComponentsAndNoVertexToStartFrom() throws SQLException {
    TestingEdgeFiles.write(dir.resolve("edges.parquet"), List.of(), true);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      assertEquals(List.of(), table(connection, COMPONENTS));
      assertEquals(List.of(), table(connection, "SELECT * FROM TABLE(pagerank('edges'))"));
      GraphTestingQueries.expectError(connection, "SELECT * FROM TABLE(bfs('edges', 1))", "bfs: start_node 1");
      GraphTestingQueries.expectError(connection, "SELECT * FROM TABLE(dfs('edges', 1))", "dfs: start_node 1");
      GraphTestingQueries.expectError(connection, "SELECT * FROM TABLE(dijkstra('edges', 1))",
          "dijkstra: start_node 1");
      GraphTestingQueries.expectError(connection, "SELECT * FROM TABLE(shortest_path('edges', 1, 1))",
          "shortest_path: start_node 1");
      assertEquals(List.of(), table(connection, COMPONENTS), "the connection stays usable");
    }
  }

  @Test
  void aGraphOfOnlyNullEndpointsIsEmpty() throws SQLException {
    TestingEdgeFiles.write(dir.resolve("edges.parquet"), List.of(new Edge(1, null, null), new Edge(null, 2, null)),
        false);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      assertEquals(List.of(), table(connection, COMPONENTS));
      GraphTestingQueries.expectError(connection, "SELECT * FROM TABLE(bfs('edges', 1))", "bfs: start_node 1");
    }
  }
}
