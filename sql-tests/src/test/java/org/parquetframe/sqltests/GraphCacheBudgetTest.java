package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.sqltests.GraphTestingQueries.CacheState;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/**
 * The graph cache keeps within the budget that {@code graph_cache_bytes} sets, evicting the least
 * recently used graph first, and does not keep a graph larger than the whole budget (the call still
 * answers). The budget is JVM-wide, so each test puts back the one it found.
 */
class GraphCacheBudgetTest {
  @TempDir
  Path dir;
  private long originalBudget;

  @BeforeEach
  void rememberTheBudget() throws SQLException {
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      originalBudget = GraphTestingQueries.cacheState(connection).budgetBytes();
    }
  }

  @AfterEach
  void restoreTheBudget() throws SQLException {
    try (Connection connection = GraphTestingQueries.connect(dir, "graph_cache_bytes=" + originalBudget)) {
      assertEquals(originalBudget, GraphTestingQueries.cacheState(connection).budgetBytes());
    }
  }

  @Test
  void theBudgetHoldsAndTheLeastRecentlyUsedGraphGoesFirst() throws SQLException {
    List<Edge> edges = ring(200);
    for (int i = 0; i < 5; i++) {
      TestingEdgeFiles.write(dir.resolve("g" + i + ".parquet"), edges, false);
    }
    long graphBytes;
    try (Connection roomy = GraphTestingQueries.connect(dir, "graph_cache_bytes=1GB")) {
      long before = GraphTestingQueries.cacheState(roomy).usedBytes();
      assertReachesTheRing(roomy, "g0", 200);
      graphBytes = GraphTestingQueries.cacheState(roomy).usedBytes() - before;
      assertTrue(graphBytes > 1024, "a 200-edge graph takes more than 1 KB: " + graphBytes);
    }
    long budget = graphBytes * 5 / 2; // room for two of these graphs, not three
    try (Connection tight = GraphTestingQueries.connect(dir, "graph_cache_bytes=" + budget)) {
      assertWithinBudget(tight, budget);
      for (int i = 0; i < 5; i++) {
        assertReachesTheRing(tight, "g" + i, 200);
        assertWithinBudget(tight, budget);
      }
      assertEquals(2, GraphTestingQueries.cacheState(tight).graphs(), "the two most recent graphs are kept");

      long builds = GraphTestingQueries.cacheState(tight).builds();
      assertReachesTheRing(tight, "g4", 200);
      assertReachesTheRing(tight, "g3", 200);
      assertEquals(builds, GraphTestingQueries.cacheState(tight).builds(), "g3 and g4 are still cached");
      assertReachesTheRing(tight, "g0", 200);
      assertEquals(builds + 1, GraphTestingQueries.cacheState(tight).builds(), "g0 was evicted and is built again");
      assertWithinBudget(tight, budget);
      assertReachesTheRing(tight, "g3", 200);
      assertEquals(builds + 1, GraphTestingQueries.cacheState(tight).builds(), "g3 was used more recently than g4");
      assertReachesTheRing(tight, "g4", 200);
      assertEquals(builds + 2, GraphTestingQueries.cacheState(tight).builds(), "so g4 was the one evicted");
    }
  }

  @Test
  void aGraphLargerThanTheWholeBudgetAnswersButIsNotKept() throws SQLException {
    TestingEdgeFiles.write(dir.resolve("big.parquet"), ring(1000), false);
    try (Connection tiny = GraphTestingQueries.connect(dir, "graph_cache_bytes=1KB")) {
      assertWithinBudget(tiny, 1024);
      long builds = GraphTestingQueries.metricCalls(tiny, "graph_build");
      for (int call = 1; call <= 2; call++) {
        assertEquals(List.of(List.of(1000L, 999L)),
            GraphTestingQueries.table(tiny, "SELECT count(*), max(depth) FROM TABLE(bfs('big', 0))"));
        assertWithinBudget(tiny, 1024);
        assertEquals(builds + call, GraphTestingQueries.metricCalls(tiny, "graph_build"), "built on every call");
      }
    }
  }

  @Test
  void loweringTheBudgetEvictsAtOnce() throws SQLException {
    TestingEdgeFiles.write(dir.resolve("g.parquet"), ring(300), false);
    try (Connection roomy = GraphTestingQueries.connect(dir, "graph_cache_bytes=1GB")) {
      assertReachesTheRing(roomy, "g", 300);
      assertTrue(GraphTestingQueries.cacheState(roomy).graphs() >= 1);
    }
    try (Connection tiny = GraphTestingQueries.connect(dir, "graph_cache_bytes=512")) {
      CacheState state = GraphTestingQueries.cacheState(tiny);
      assertEquals(512, state.budgetBytes());
      assertTrue(state.usedBytes() <= 512, "over budget right after connecting: " + state);
    }
  }

  /** 0→1→...→(n-1)→0: from any vertex all n are reachable, the last at depth n-1. */
  private static List<Edge> ring(int n) {
    List<Edge> edges = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      edges.add(Edge.of(v, (v + 1) % n));
    }
    return edges;
  }

  /** bfs from 0 reaches all {@code n} vertices of the ring, the last at depth n - 1. */
  private static void assertReachesTheRing(Connection connection, String table, long n) throws SQLException {
    assertEquals(List.of(List.of(n, n - 1)), GraphTestingQueries.table(connection,
        "SELECT count(*), max(depth) FROM TABLE(bfs('" + table + "', 0))"), table);
  }

  private static void assertWithinBudget(Connection connection, long budget) throws SQLException {
    CacheState state = GraphTestingQueries.cacheState(connection);
    assertEquals(budget, state.budgetBytes(), "the budget the connection set");
    assertTrue(state.usedBytes() <= budget, "bytes used within the budget: " + state);
  }
}
