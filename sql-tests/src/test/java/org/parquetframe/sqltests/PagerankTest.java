package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/** {@code pagerank} through JDBC, compared per vertex with {@link ReferencePageRank}. */
class PagerankTest {
  private static final double TIGHT = 1e-12;
  private static final double MAX_ERROR = 1e-9;

  @TempDir
  Path dir;

  @Test
  void danglingVerticesSpreadTheirRankUniformly() throws SQLException {
    checkAgainstReference(List.of(Edge.of(1, 2), Edge.of(2, 3), Edge.of(1, 3), Edge.of(4, 3)));
  }

  @Test
  void selfLoopsAreEdges() throws SQLException {
    checkAgainstReference(List.of(Edge.of(1, 1), Edge.of(1, 2), Edge.of(2, 1), Edge.of(3, 3)));
  }

  @Test
  void duplicateRowsAreParallelEdges() throws SQLException {
    checkAgainstReference(List.of(Edge.of(1, 2), Edge.of(1, 2), Edge.of(1, 2), Edge.of(1, 3), Edge.of(3, 1),
        Edge.of(2, 3)));
  }

  @Test
  void sparseNegativeAndHugeIdsAndAnIsolatedSelfLoop() throws SQLException {
    checkAgainstReference(List.of(Edge.of(-5, 1_000_000_000_000L), Edge.of(1_000_000_000_000L, -5),
        Edge.of(Long.MAX_VALUE, Long.MIN_VALUE), Edge.of(7, 7)));
  }

  @Test
  void varcharIdsComeBackAsVarchar() throws SQLException {
    List<Edge> edges = List.of(Edge.of("a", "b"), Edge.of("b", "c"), Edge.of("c", "a"), Edge.of("c", "d"),
        Edge.of("Ä", "a"));
    TestingEdgeFiles.write(dir.resolve("words.parquet"), edges, false);
    try (Connection connection = connect(); Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery(
             "SELECT node, score FROM TABLE(pagerank('words.parquet', tolerance => 1e-12, max_iterations => 1000))")) {
      assertEquals(Types.VARCHAR, rows.getMetaData().getColumnType(1));
      assertEquals(Types.DOUBLE, rows.getMetaData().getColumnType(2));
      assertMatches(ReferencePageRank.compute(edges, false, 0.85, 1000, TIGHT), rows);
    }
  }

  @Test
  void nullEndpointsAreSkipped() throws SQLException {
    List<Edge> edges = new ArrayList<>(List.of(Edge.of(1, 2), Edge.of(2, 3), Edge.of(3, 1)));
    edges.add(new Edge(null, 9L, null));
    edges.add(new Edge(4L, null, null));
    checkAgainstReference(edges);
  }

  @Test
  void weightedRankFlowsInProportionToWeights() throws SQLException {
    List<Edge> edges = List.of(Edge.of(1, 2, 1.0), Edge.of(1, 3, 3.0), Edge.of(2, 3, 0.5), Edge.of(3, 1, 2.0),
        Edge.of(3, 4, 0.0), Edge.of(4, 1, 1.0), Edge.of(1, 3, 1.5));
    TestingEdgeFiles.write(dir.resolve("weighted.parquet"), edges, true);
    Map<Object, Double> expected = ReferencePageRank.compute(edges, true, 0.85, 1000, TIGHT);
    try (Connection connection = connect(); Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT * FROM TABLE(pagerank('weighted.parquet', "
             + "weight => 'weight', tolerance => 1e-12, max_iterations => 1000))")) {
      assertMatches(expected, rows);
    }
  }

  @Test
  void randomMultigraphsMatchTheReference() throws SQLException {
    SplittableRandom random = new SplittableRandom(20261125);
    for (int round = 0; round < 5; round++) {
      int vertices = 1 + random.nextInt(300);
      List<Edge> edges = new ArrayList<>();
      for (int i = random.nextInt(1500); i >= 0; i--) {
        edges.add(Edge.of((long) random.nextInt(vertices), (long) random.nextInt(vertices), 1 + random.nextInt(9)));
      }
      TestingEdgeFiles.write(dir.resolve("random" + round + ".parquet"), edges, true);
      try (Connection connection = connect(); Statement statement = connection.createStatement()) {
        for (boolean weighted : new boolean[] {false, true}) {
          String weight = weighted ? "'weight'" : "NULL";
          try (ResultSet rows = statement.executeQuery("SELECT node, score FROM TABLE(pagerank('random" + round
              + ".parquet', 0.85, 1000, 1e-12, 'src', 'dst', " + weight + "))")) {
            assertMatches(ReferencePageRank.compute(edges, weighted, 0.85, 1000, TIGHT), rows);
          }
        }
      }
    }
  }

  @Test
  void edgesFromAQueryString() throws SQLException {
    List<Edge> edges = List.of(Edge.of(1, 2), Edge.of(2, 2), Edge.of(2, 3), Edge.of(3, 1), Edge.of(3, 3));
    TestingEdgeFiles.write(dir.resolve("edges.parquet"), edges, false);
    List<Edge> withoutSelfLoops = edges.stream().filter(e -> !e.src().equals(e.dst())).toList();
    try (Connection connection = connect(); Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT node, score FROM TABLE(pagerank("
             + "'SELECT src, dst FROM edges WHERE src <> dst', tolerance => 1e-12, max_iterations => 1000))")) {
      assertMatches(ReferencePageRank.compute(withoutSelfLoops, false, 0.85, 1000, TIGHT), rows);
    }
  }

  @Test
  void aGraphSpreadOverADirectoryIsOneGraph() throws Exception {
    List<Edge> edges = new ArrayList<>();
    Path graph = Files.createDirectories(dir.resolve("graph"));
    for (int part = 0; part < 3; part++) {
      List<Edge> partEdges = List.of(Edge.of(part, part + 1), Edge.of(part + 1, 0), Edge.of(part, 10 + part));
      TestingEdgeFiles.write(graph.resolve("part-" + part + ".parquet"), partEdges, false);
      edges.addAll(partEdges);
    }
    Map<Object, Double> expected = ReferencePageRank.compute(edges, false, 0.85, 1000, TIGHT);
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      for (String source : List.of("graph", "GRAPH", "graph/")) {
        try (ResultSet rows = statement.executeQuery("SELECT node, score FROM TABLE(pagerank('" + source
            + "', tolerance => 1e-12, max_iterations => 1000))")) {
          assertMatches(expected, rows);
        }
      }
    }
  }

  @Test
  void zeroToleranceRunsExactlyMaxIterations() throws SQLException {
    List<Edge> edges = List.of(Edge.of(1, 2), Edge.of(2, 3), Edge.of(3, 1), Edge.of(3, 2), Edge.of(4, 1));
    TestingEdgeFiles.write(dir.resolve("edges.parquet"), edges, false);
    try (Connection connection = connect(); Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery(
             "SELECT node, score FROM TABLE(pagerank('edges.parquet', max_iterations => 3, tolerance => 0))")) {
      assertMatches(ReferencePageRank.compute(edges, false, 0.85, 3, 0), rows);
    }
  }

  @Test
  void topTenComposesWithOrderByLimitJoinAndAggregates() throws SQLException {
    List<Edge> edges = new ArrayList<>();
    for (int v = 0; v < 30; v++) {
      edges.add(Edge.of(v, (v * 7 + 3) % 30));
      edges.add(Edge.of(v, 0));
    }
    TestingEdgeFiles.write(dir.resolve("edges.parquet"), edges, false);
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      try (ResultSet rows = statement.executeQuery(
          "SELECT node, score FROM TABLE(pagerank('edges.parquet')) ORDER BY score DESC LIMIT 10")) {
        int count = 0;
        double previous = Double.MAX_VALUE;
        while (rows.next()) {
          assertTrue(rows.getDouble("score") <= previous, "descending scores");
          previous = rows.getDouble("score");
          count++;
        }
        assertEquals(10, count);
      }
      // Every vertex has an edge to 0, and vertex 21 a second one ((21 * 7 + 3) % 30 == 0).
      try (ResultSet rows = statement.executeQuery("SELECT count(*), count(DISTINCT p.node) "
          + "FROM TABLE(pagerank('edges')) p JOIN edges e ON e.src = p.node WHERE e.dst = 0")) {
        rows.next();
        assertEquals(31, rows.getLong(1));
        assertEquals(30, rows.getLong(2));
      }
      try (ResultSet rows = statement.executeQuery("SELECT sum(score) FROM (SELECT * FROM TABLE(pagerank('edges')))")) {
        rows.next();
        assertEquals(1.0, rows.getDouble(1), 1e-9);
      }
    }
  }

  private void checkAgainstReference(List<Edge> edges) throws SQLException {
    TestingEdgeFiles.write(dir.resolve("edges.parquet"), edges, false);
    Map<Object, Double> expected = ReferencePageRank.compute(edges, false, 0.85, 1000, TIGHT);
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      for (String sql : List.of(
          "SELECT node, score FROM TABLE(pagerank('edges.parquet', tolerance => 1e-12, max_iterations => 1000))",
          "SELECT node, score FROM TABLE(pagerank('edges', 0.85, 1000, 1e-12))",
          "SELECT node, score FROM TABLE(pagerank(edges => 'edges.parquet', max_iterations => 1000, "
              + "tolerance => 0.000000000001, damping => 0.85, src => 'src', dst => 'dst'))")) {
        try (ResultSet rows = statement.executeQuery(sql)) {
          assertEquals(Types.BIGINT, rows.getMetaData().getColumnType(1), sql);
          assertMatches(expected, rows);
        }
      }
    }
  }

  private static void assertMatches(Map<Object, Double> expected, ResultSet rows) throws SQLException {
    Map<Object, Double> actual = new HashMap<>();
    double total = 0;
    while (rows.next()) {
      Object node = rows.getObject(1);
      Object key = node instanceof Number number ? (Object) number.longValue() : node;
      assertEquals(null, actual.put(key, rows.getDouble(2)), "one row per vertex");
      total += rows.getDouble(2);
    }
    Map<Object, Double> normalized = new HashMap<>();
    expected.forEach((k, v) -> normalized.put(k instanceof Number n ? (Object) n.longValue() : k, v));
    assertEquals(normalized.keySet(), actual.keySet(), "every vertex that appears in src or dst is a row");
    for (Map.Entry<Object, Double> entry : normalized.entrySet()) {
      assertEquals(entry.getValue(), actual.get(entry.getKey()), MAX_ERROR, "score of vertex " + entry.getKey());
    }
    if (!actual.isEmpty()) {
      assertEquals(1.0, total, 1e-9, "scores sum to 1");
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:parquetframe:" + dir);
  }
}
