package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/**
 * Eight threads that ask for the same graph, not yet cached, at the same moment: the graph is read
 * and built once and every thread gets the right answer, whether each thread has its own
 * connection or all share one.
 */
class GraphCacheConcurrencyTest {
  private static final int THREADS = 8;
  private static final int VERTICES = 100_000;

  @TempDir
  Path dir;
  private List<List<Object>> expected;

  /** A ring through every vertex, plus random chords: big enough that building it takes a while. */
  @BeforeEach
  void writeABigGraph() {
    SplittableRandom random = new SplittableRandom(8);
    List<Edge> edges = new ArrayList<>();
    for (int v = 0; v < VERTICES; v++) {
      edges.add(Edge.of(v, (v + 1) % VERTICES));
      edges.add(Edge.of(v, random.nextInt(VERTICES)));
    }
    for (String name : List.of("own", "shared")) {
      TestingEdgeFiles.write(dir.resolve(name + ".parquet"), edges, false);
    }
    GraphOracle oracle = GraphOracle.of(edges, true);
    int depth = oracle.bfsDepths(0L, -1).values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    expected = List.of(GraphTestingQueries.row((long) VERTICES, depth));
  }

  @Test
  void eightConnectionsAtOnceBuildTheGraphOnce() throws Exception {
    List<Connection> connections = new ArrayList<>();
    try {
      for (int i = 0; i < THREADS; i++) {
        connections.add(GraphTestingQueries.connect(dir));
      }
      assertBuiltOnceWhileAllAnswerRightly(connections, "own");
    } finally {
      for (Connection connection : connections) {
        connection.close();
      }
    }
  }

  @Test
  void eightThreadsSharingOneConnectionBuildTheGraphOnce() throws Exception {
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      assertBuiltOnceWhileAllAnswerRightly(Collections.nCopies(THREADS, connection), "shared");
    }
  }

  private void assertBuiltOnceWhileAllAnswerRightly(List<Connection> connections, String table) throws Exception {
    String sql = "SELECT count(*), max(depth) FROM TABLE(bfs('" + table + "', 0))";
    Connection observer = connections.get(0);
    long builds = GraphTestingQueries.metricCalls(observer, "graph_build");
    long reads = GraphTestingQueries.metricCalls(observer, "edge_read");
    CyclicBarrier together = new CyclicBarrier(connections.size());
    ExecutorService pool = Executors.newFixedThreadPool(connections.size());
    try {
      List<Future<List<List<Object>>>> answers = new ArrayList<>();
      for (Connection connection : connections) {
        answers.add(pool.submit(() -> {
          together.await();
          return GraphTestingQueries.table(connection, sql);
        }));
      }
      for (Future<List<List<Object>>> answer : answers) {
        // A generous bound so that a deadlock fails the test instead of hanging the build.
        assertEquals(expected, answer.get(5, TimeUnit.MINUTES), "every thread's answer");
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(builds + 1, GraphTestingQueries.metricCalls(observer, "graph_build"), "graph builds");
    assertEquals(reads + 1, GraphTestingQueries.metricCalls(observer, "edge_read"), "edge reads");
  }
}
