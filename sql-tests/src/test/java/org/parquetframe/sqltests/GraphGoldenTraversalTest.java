package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parquetframe.sqltests.GraphTestingQueries.row;
import static org.parquetframe.sqltests.GraphTestingQueries.table;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/** {@code bfs} and {@code dfs} on small graphs whose answers are worked out by hand. */
class GraphGoldenTraversalTest {
  @TempDir
  Path dir;

  /** 1→2, 1→3, 2→4, 3→4, 4→5: a diamond with a tail. */
  private Connection diamond() throws SQLException {
    TestingEdgeFiles.write(dir.resolve("edges.parquet"),
        List.of(Edge.of(1, 2), Edge.of(1, 3), Edge.of(2, 4), Edge.of(3, 4), Edge.of(4, 5)), false);
    return GraphTestingQueries.connect(dir);
  }

  @Test
  void bfsGivesHopDistancesAndAParentOnAShortestPath() throws SQLException {
    try (Connection connection = diamond()) {
      List<List<Object>> rows = table(connection, "SELECT node, depth, parent FROM TABLE(bfs('edges', 1))");
      assertEquals(5, rows.size(), rows.toString());
      assertEquals(row(1, 0, null), rows.get(0));
      assertEquals(List.of(row(2, 1, 1), row(3, 1, 1)), rows.subList(1, 3).stream().sorted(
          (a, b) -> Long.compare((Long) a.get(0), (Long) b.get(0))).toList());
      assertTrue(rows.get(3).equals(row(4, 2, 2)) || rows.get(3).equals(row(4, 2, 3)), "4 via 2 or 3: " + rows);
      assertEquals(row(5, 3, 4), rows.get(4));
    }
  }

  @Test
  void maxDepthZeroIsTheStartAloneAndOneAddsItsOutNeighbours() throws SQLException {
    try (Connection connection = diamond()) {
      assertEquals(List.of(row(1, 0, null)), table(connection, "SELECT * FROM TABLE(bfs('edges', 1, 0))"));
      assertEquals(List.of(row(1, 0, null), row(2, 1, 1), row(3, 1, 1)),
          table(connection, "SELECT * FROM TABLE(bfs('edges', 1, max_depth => 1)) ORDER BY node"));
      assertEquals(List.of(row(1, 0, 0, null)), table(connection, "SELECT * FROM TABLE(dfs('edges', 1, 0))"));
      assertEquals(List.of(row(1, 0, 0, null), row(2, 1, 1, 1), row(3, 2, 1, 1)),
          table(connection, "SELECT * FROM TABLE(dfs('edges', 1, max_depth => 1))"));
    }
  }

  @Test
  void dfsIsAPreOrderFollowingEdgeRows() throws SQLException {
    try (Connection connection = diamond()) {
      assertEquals(List.of(row(1, 0, 0, null), row(2, 1, 1, 1), row(4, 2, 2, 2), row(5, 3, 3, 4), row(3, 4, 1, 1)),
          table(connection, "SELECT node, discovery, depth, parent FROM TABLE(dfs('edges', 1))"));
    }
  }

  @Test
  void dfsFollowsRowOrderNotIdOrder() throws SQLException {
    TestingEdgeFiles.write(dir.resolve("edges.parquet"),
        List.of(Edge.of(1, 9), Edge.of(9, 7), Edge.of(1, 5), Edge.of(1, 2)), false);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      assertEquals(List.of(row(1, 0, 0, null), row(9, 1, 1, 1), row(7, 2, 2, 9), row(5, 3, 1, 1), row(2, 4, 1, 1)),
          table(connection, "SELECT * FROM TABLE(dfs('edges', 1))"));
    }
  }

  @Test
  void dfsDoesNotVisitBeyondMaxDepthButMayReachTheVertexLaterByAShorterRoute() throws SQLException {
    // From 1: 2 (depth 1), 3 (depth 2, the limit: 4 is not entered from there), then 4 from 1 at depth 1.
    TestingEdgeFiles.write(dir.resolve("edges.parquet"),
        List.of(Edge.of(1, 2), Edge.of(2, 3), Edge.of(3, 4), Edge.of(1, 4)), false);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      assertEquals(List.of(row(1, 0, 0, null), row(2, 1, 1, 1), row(3, 2, 2, 2), row(4, 3, 1, 1)),
          table(connection, "SELECT * FROM TABLE(dfs('edges', 1, max_depth => 2))"));
    }
  }

  @Test
  void dfsMarksAVertexVisitedAtTheDepthLimitSoAShallowerRouteDoesNotRevisitIt() throws SQLException {
    // From 1: 2, then 3 at depth 2 (the limit); 1→3 finds 3 visited, so 4 (behind 3) is never reached.
    TestingEdgeFiles.write(dir.resolve("edges.parquet"),
        List.of(Edge.of(1, 2), Edge.of(2, 3), Edge.of(1, 3), Edge.of(3, 4)), false);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      assertEquals(List.of(row(1, 0, 0, null), row(2, 1, 1, 1), row(3, 2, 2, 2)),
          table(connection, "SELECT * FROM TABLE(dfs('edges', 1, 2))"));
    }
  }

  @Test
  void aStartWithNoOutEdgesReachesOnlyItselfUnlessUndirected() throws SQLException {
    TestingEdgeFiles.write(dir.resolve("edges.parquet"), List.of(Edge.of(1, 2), Edge.of(3, 1)), false);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      assertEquals(List.of(row(2, 0, null)), table(connection, "SELECT * FROM TABLE(bfs('edges', 2))"));
      assertEquals(List.of(row(2, 0, 0, null)), table(connection, "SELECT * FROM TABLE(dfs('edges', 2))"));
      assertEquals(List.of(row(2, 0, null), row(1, 1, 2), row(3, 2, 1)),
          table(connection, "SELECT * FROM TABLE(bfs('edges', 2, directed => FALSE))"));
    }
  }

  @Test
  void undirectedDfsTakesOutNeighboursInRowOrderThenInNeighboursInRowOrder() throws SQLException {
    TestingEdgeFiles.write(dir.resolve("edges.parquet"),
        List.of(Edge.of(1, 3), Edge.of(2, 1), Edge.of(1, 2), Edge.of(4, 1), Edge.of(3, 5)), false);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      assertEquals(List.of(row(1, 0, 0, null), row(3, 1, 1, 1), row(5, 2, 2, 3), row(2, 3, 1, 1)),
          table(connection, "SELECT * FROM TABLE(dfs('edges', 1, directed => TRUE))"));
      assertEquals(List.of(row(1, 0, 0, null), row(3, 1, 1, 1), row(5, 2, 2, 3), row(2, 3, 1, 1), row(4, 4, 1, 1)),
          table(connection, "SELECT * FROM TABLE(dfs('edges', 1, directed => FALSE))"));
      // From 5, undirected: its only edge is the in-edge 3→5; from 3, the in-edge 1→3; from 1, out 3, 2, then in 4.
      assertEquals(List.of(row(5, 0, 0, null), row(3, 1, 1, 5), row(1, 2, 2, 3), row(2, 3, 3, 1), row(4, 4, 3, 1)),
          table(connection, "SELECT * FROM TABLE(dfs('edges', 5, -1, FALSE))"));
    }
  }

  @Test
  void aSingleSelfLoopIsAOneVertexGraph() throws SQLException {
    TestingEdgeFiles.write(dir.resolve("edges.parquet"), List.of(Edge.of(7, 7)), false);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      assertEquals(List.of(row(7, 0, null)), table(connection, "SELECT * FROM TABLE(bfs('edges', 7))"));
      assertEquals(List.of(row(7, 0, 0, null)), table(connection, "SELECT * FROM TABLE(dfs('edges', 7))"));
      assertEquals(List.of(row(7, 0, null)), table(connection, "SELECT * FROM TABLE(bfs('edges', 7, -1, FALSE))"));
    }
  }

  @Test
  void varcharIdsTraverseLikeIntegers() throws SQLException {
    TestingEdgeFiles.write(dir.resolve("words.parquet"),
        List.of(Edge.of("ant", "bee"), Edge.of("bee", "cat"), Edge.of("ant", "cat"), Edge.of("dog", "ant")), false);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      assertEquals(List.of(row("ant", 0, null), row("bee", 1, "ant"), row("cat", 1, "ant")),
          table(connection, "SELECT * FROM TABLE(bfs('words', 'ant')) ORDER BY depth, node"));
      assertEquals(List.of(row("ant", 0, 0, null), row("bee", 1, 1, "ant"), row("cat", 2, 2, "bee"),
          row("dog", 3, 1, "ant")), table(connection, "SELECT * FROM TABLE(dfs('words', 'ant', directed => FALSE))"));
    }
  }

  @Test
  void rowsWithANullEndpointAreSkipped() throws SQLException {
    TestingEdgeFiles.write(dir.resolve("edges.parquet"),
        List.of(Edge.of(1, 2), new Edge(2, null, null), new Edge(null, 1, null), new Edge(1, null, null)), false);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      assertEquals(List.of(row(1, 0, null), row(2, 1, 1)), table(connection, "SELECT * FROM TABLE(bfs('edges', 1))"));
      assertEquals(List.of(row(2, 0, null), row(1, 1, 2)),
          table(connection, "SELECT * FROM TABLE(bfs('edges', 2, directed => FALSE))"));
    }
  }
}
