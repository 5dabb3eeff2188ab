package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parquetframe.sqltests.GraphTestingQueries.row;
import static org.parquetframe.sqltests.GraphTestingQueries.table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/**
 * The JVM-wide graph cache as a user sees it: a graph is built once and reused, across
 * connections too, until its file changes size or modification time; the columns (and weight)
 * a call uses are part of what is cached. Builds are counted with {@code pf_metrics()}'s
 * {@code graph_build} row, read before and after.
 */
class GraphCacheTest {
  private static final String REACHABLE = "SELECT node FROM TABLE(bfs('edges', 1)) ORDER BY node";

  @TempDir
  Path dir;

  @Test
  void aCachedGraphIsReusedUntilItsFileIsRewrittenThenTheNewEdgesAreRead() throws Exception {
    Path file = TestingEdgeFiles.write(dir.resolve("edges.parquet"), List.of(Edge.of(1, 2)), false);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      long builds = builds(connection);
      long reads = GraphTestingQueries.metricCalls(connection, "edge_read");
      assertEquals(List.of(row(1), row(2)), table(connection, REACHABLE));
      assertEquals(builds + 1, builds(connection), "the first call builds the graph");
      assertEquals(List.of(row(1), row(2)), table(connection, REACHABLE));
      assertEquals(builds + 1, builds(connection), "the second call uses the cached graph");
      assertEquals(reads + 1, GraphTestingQueries.metricCalls(connection, "edge_read"), "and reads no edges");

      TestingEdgeFiles.write(file, List.of(Edge.of(1, 3), Edge.of(3, 4), Edge.of(4, 5), Edge.of(9, 9)), false);
      assertEquals(List.of(row(1), row(3), row(4), row(5)), table(connection, REACHABLE));
      assertEquals(builds + 2, builds(connection), "the changed file is read again");
    }
  }

  @Test
  void aFileOfTheSameSizeWithAnotherModificationTimeIsReadAgain() throws Exception {
    // Uncompressed plain values, the same in each column but paired differently: the same size to the byte.
    Path file = writeUncompressed(List.of(new Object[] {1L, 2L}, new Object[] {3L, 4L}));
    long size = Files.size(file);
    FileTime before = Files.getLastModifiedTime(file);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      assertEquals(List.of(row(1), row(2)), table(connection, REACHABLE));
      writeUncompressed(List.of(new Object[] {1L, 4L}, new Object[] {3L, 2L}));
      assertEquals(size, Files.size(file), "fixture: the new edges take exactly as many bytes");
      Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 5_000));
      assertEquals(List.of(row(1), row(4)), table(connection, REACHABLE));
    }
  }

  @Test
  void aFileOfAnotherSizeWithTheSameModificationTimeIsReadAgain() throws Exception {
    Path file = TestingEdgeFiles.write(dir.resolve("edges.parquet"), List.of(Edge.of(1, 2)), false);
    FileTime before = Files.getLastModifiedTime(file);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      assertEquals(List.of(row(1), row(2)), table(connection, REACHABLE));
      TestingEdgeFiles.write(file, List.of(Edge.of(1, 7), Edge.of(7, 8), Edge.of(8, 9), Edge.of(1, 100)), false);
      Files.setLastModifiedTime(file, before);
      assertEquals(List.of(row(1), row(7), row(8), row(9), row(100)), table(connection, REACHABLE));
    }
  }

  @Test
  void aQueryGraphIsBuiltAgainWhenAFileUnderTheDataDirectoryChanges() throws Exception {
    Path file = TestingEdgeFiles.write(dir.resolve("edges.parquet"), List.of(Edge.of(1, 2)), false);
    String sql = "SELECT node FROM TABLE(bfs('SELECT src, dst FROM edges WHERE src < 50', 1)) ORDER BY node";
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      long builds = builds(connection);
      assertEquals(List.of(row(1), row(2)), table(connection, sql));
      assertEquals(List.of(row(1), row(2)), table(connection, sql));
      assertEquals(builds + 1, builds(connection), "the same query text reuses its graph");

      TestingEdgeFiles.write(file, List.of(Edge.of(1, 5), Edge.of(5, 60), Edge.of(60, 6)), false);
      assertEquals(List.of(row(1), row(5), row(60)), table(connection, sql));
      assertEquals(builds + 2, builds(connection));
    }
  }

  @Test
  void everyConnectionOfTheJvmSharesTheCachedGraph() throws Exception {
    TestingEdgeFiles.write(dir.resolve("edges.parquet"), List.of(Edge.of(1, 2), Edge.of(2, 1)), false);
    try (Connection first = GraphTestingQueries.connect(dir); Connection second = GraphTestingQueries.connect(dir)) {
      long builds = builds(first);
      assertEquals(List.of(row(1), row(2)), table(first, REACHABLE));
      long hits = GraphTestingQueries.cacheState(second).hits();
      assertEquals(List.of(row(1), row(2)), table(second, REACHABLE));
      assertEquals(builds + 1, builds(second), "built by the first connection only");
      assertEquals(hits + 1, GraphTestingQueries.cacheState(second).hits(), "a hit for the second");
    }
  }

  @Test
  void theColumnsACallUsesArePartOfTheCachedGraph() throws Exception {
    TestingEdgeFiles.write(dir.resolve("edges.parquet"), List.of(Edge.of(1, 2), Edge.of(2, 3), Edge.of(4, 1)), false);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      assertEquals(List.of(row(1), row(2), row(3)), table(connection, REACHABLE));
      assertEquals(List.of(row(1), row(4)), table(connection,
          "SELECT node FROM TABLE(bfs('edges', 1, src => 'dst', dst => 'src')) ORDER BY node"));
      assertEquals(List.of(row(1), row(2), row(3)), table(connection, REACHABLE));
    }
  }

  @Test
  void theWeightColumnACallUsesIsPartOfTheCachedGraph() throws Exception {
    TestingParquetFiles.file(dir.resolve("roads.parquet"),
        "message roads { optional int64 src; optional int64 dst; optional double km; optional double minutes; }")
        .write(List.of(new Object[] {1L, 2L, 10.0, 30.0}, new Object[] {2L, 3L, 10.0, 30.0},
            new Object[] {1L, 3L, 25.0, 20.0}));
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      for (int round = 0; round < 2; round++) {
        assertEquals(List.of(row(1, 0.0), row(2, 10.0), row(3, 20.0)),
            table(connection, "SELECT node, distance FROM TABLE(dijkstra('roads', 1, 'km')) ORDER BY node"));
        assertEquals(List.of(row(1, 0.0), row(2, 30.0), row(3, 20.0)),
            table(connection, "SELECT node, distance FROM TABLE(dijkstra('roads', 1, 'minutes')) ORDER BY node"));
        assertEquals(List.of(row(0, 1, 0.0), row(1, 3, 1.0)),
            table(connection, "SELECT * FROM TABLE(shortest_path('roads', 1, 3))"));
      }
    }
  }

  @Test
  void everyBuildReadsItsEdgesOnceWhateverTheSource() throws Exception {
    TestingEdgeFiles.write(dir.resolve("edges.parquet"), List.of(Edge.of(1, 2), Edge.of(2, 3)), false);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      for (String edges : List.of("'edges'", "'SELECT src, dst FROM edges WHERE src > 1'")) {
        long builds = builds(connection);
        long reads = GraphTestingQueries.metricCalls(connection, "edge_read");
        table(connection, "SELECT * FROM TABLE(connected_components(" + edges + "))");
        assertEquals(builds + 1, builds(connection), edges + ": graph builds");
        assertEquals(reads + 1, GraphTestingQueries.metricCalls(connection, "edge_read"), edges + ": edge reads");
      }
    }
  }

  private Path writeUncompressed(List<Object[]> edges) {
    return TestingParquetFiles.file(dir.resolve("edges.parquet"), "message edges { optional int64 src; optional int64 dst; }")
        .dictionary(false).write(edges);
  }

  private static long builds(Connection connection) throws SQLException {
    return GraphTestingQueries.metricCalls(connection, "graph_build");
  }
}
