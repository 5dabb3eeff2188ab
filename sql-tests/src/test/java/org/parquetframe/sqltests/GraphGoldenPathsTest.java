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

/** {@code shortest_path} and {@code dijkstra} on small graphs whose answers are worked out by hand. */
class GraphGoldenPathsTest {
  @TempDir
  Path dir;

  /**
   * 1→2 (weight 1), 2→3 (1), 1→3 (5), 3→4 (0), 1→2 again (7), 5→1 (2): by weight 1,2,3,4 costs 2;
   * by hops 1,3,4 is shorter. The parallel 1→2 of weight 7 must not be taken.
   */
  private Connection weighted() throws SQLException {
    TestingEdgeFiles.write(dir.resolve("roads.parquet"), List.of(Edge.of(1, 2, 1), Edge.of(2, 3, 1),
        Edge.of(1, 3, 5), Edge.of(3, 4, 0), Edge.of(1, 2, 7), Edge.of(5, 1, 2)), true);
    return GraphTestingQueries.connect(dir);
  }

  @Test
  void weightedShortestPathTakesTheCheapestRouteAndCheapestParallelEdge() throws SQLException {
    try (Connection connection = weighted()) {
      assertEquals(List.of(row(0, 1, 0.0), row(1, 2, 1.0), row(2, 3, 2.0), row(3, 4, 2.0)),
          table(connection, "SELECT step, node, distance FROM TABLE(shortest_path('roads', 1, 4, 'weight'))"));
    }
  }

  @Test
  void withoutAWeightTheDistanceCountsHops() throws SQLException {
    try (Connection connection = weighted()) {
      assertEquals(List.of(row(0, 1, 0.0), row(1, 3, 1.0), row(2, 4, 2.0)),
          table(connection, "SELECT * FROM TABLE(shortest_path('roads', 1, 4))"));
      assertEquals(List.of(row(0, 1, 0.0), row(1, 3, 1.0), row(2, 4, 2.0)),
          table(connection, "SELECT * FROM TABLE(shortest_path('roads', 1, 4, weight => NULL))"));
    }
  }

  @Test
  void anUnreachableTargetGivesNoRowsUnlessUndirected() throws SQLException {
    try (Connection connection = weighted()) {
      assertEquals(List.of(), table(connection, "SELECT * FROM TABLE(shortest_path('roads', 4, 1))"));
      assertEquals(List.of(), table(connection, "SELECT * FROM TABLE(shortest_path('roads', 1, 5, 'weight'))"));
      assertEquals(List.of(row(0, 4, 0.0), row(1, 3, 0.0), row(2, 2, 1.0), row(3, 1, 2.0), row(4, 5, 4.0)),
          table(connection, "SELECT * FROM TABLE(shortest_path('roads', 4, 5, 'weight', directed => FALSE))"));
    }
  }

  @Test
  void fromAVertexToItselfIsOneRowOfDistanceZero() throws SQLException {
    TestingEdgeFiles.write(dir.resolve("loop.parquet"), List.of(Edge.of(7, 7, 3), Edge.of(7, 8, 1)), true);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      assertEquals(List.of(row(0, 7, 0.0)), table(connection, "SELECT * FROM TABLE(shortest_path('loop', 7, 7))"));
      assertEquals(List.of(row(0, 7, 0.0)),
          table(connection, "SELECT * FROM TABLE(shortest_path('loop', 7, 7, weight => 'weight'))"));
      assertEquals(List.of(row(0, 8, 0.0)),
          table(connection, "SELECT * FROM TABLE(shortest_path('loop', 8, 8, directed => FALSE))"));
    }
  }

  @Test
  void dijkstraGivesEveryReachableVertexItsLeastWeightAndParent() throws SQLException {
    try (Connection connection = weighted()) {
      assertEquals(List.of(row(1, 0.0, null), row(2, 1.0, 1), row(3, 2.0, 2), row(4, 2.0, 3)),
          table(connection, "SELECT node, distance, parent FROM TABLE(dijkstra('roads', 1)) ORDER BY node"));
      assertEquals(List.of(row(4, 0.0, null)), table(connection, "SELECT * FROM TABLE(dijkstra('roads', 4))"));
      assertEquals(List.of(row(1, 2.0, 5), row(2, 3.0, 1), row(3, 4.0, 2), row(4, 4.0, 3), row(5, 0.0, null)),
          table(connection, "SELECT * FROM TABLE(dijkstra('roads', 5, 'weight', TRUE)) ORDER BY node"));
    }
  }

  @Test
  void undirectedDijkstraWalksEdgesBothWays() throws SQLException {
    try (Connection connection = weighted()) {
      assertEquals(List.of(row(1, 2.0, 2), row(2, 1.0, 3), row(3, 0.0, 4), row(4, 0.0, null), row(5, 4.0, 1)),
          table(connection, "SELECT * FROM TABLE(dijkstra('roads', 4, directed => FALSE)) ORDER BY node"));
    }
  }

  @Test
  void aSingleSelfLoopIsAOneVertexGraph() throws SQLException {
    TestingEdgeFiles.write(dir.resolve("edges.parquet"), List.of(Edge.of(7, 7, 2.5)), true);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      assertEquals(List.of(row(7, 0.0, null)), table(connection, "SELECT * FROM TABLE(dijkstra('edges', 7))"));
      assertEquals(List.of(row(0, 7, 0.0)),
          table(connection, "SELECT * FROM TABLE(shortest_path('edges', 7, 7, 'weight'))"));
    }
  }

  @Test
  void zeroWeightEdgesCostNothing() throws SQLException {
    TestingEdgeFiles.write(dir.resolve("free.parquet"),
        List.of(Edge.of(1, 2, 0), Edge.of(2, 3, 0), Edge.of(3, 1, 0), Edge.of(3, 4, 0.5)), true);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      assertEquals(List.of(row(1, 0.0, null), row(2, 0.0, 1), row(3, 0.0, 2), row(4, 0.5, 3)),
          table(connection, "SELECT * FROM TABLE(dijkstra('free', 1)) ORDER BY node"));
      assertEquals(List.of(row(0, 1, 0.0), row(1, 2, 0.0), row(2, 3, 0.0), row(3, 4, 0.5)),
          table(connection, "SELECT * FROM TABLE(shortest_path('free', 1, 4, 'weight'))"));
    }
  }

  @Test
  void varcharIdsFindPathsLikeIntegers() throws SQLException {
    TestingEdgeFiles.write(dir.resolve("cities.parquet"), List.of(Edge.of("Oslo", "Bergen", 463),
        Edge.of("Oslo", "Trondheim", 390), Edge.of("Trondheim", "Bergen", 600), Edge.of("Bergen", "Stavanger", 210)),
        true);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      assertEquals(List.of(row(0, "Oslo", 0.0), row(1, "Bergen", 463.0), row(2, "Stavanger", 673.0)),
          table(connection, "SELECT * FROM TABLE(shortest_path('cities', 'Oslo', 'Stavanger', 'weight'))"));
      assertEquals(List.of(row("Bergen", 463.0, "Oslo"), row("Oslo", 0.0, null), row("Stavanger", 673.0, "Bergen"),
          row("Trondheim", 390.0, "Oslo")),
          table(connection, "SELECT * FROM TABLE(dijkstra('cities', 'Oslo')) ORDER BY node"));
    }
  }
}
