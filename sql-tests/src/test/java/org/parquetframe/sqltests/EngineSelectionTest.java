package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/**
 * Which engine runs, as a user sees it: the {@code engine} connection property, the per-call
 * {@code engine =>} argument that overrides it, {@code auto}'s choice on a small graph,
 * {@code pf_metrics()} naming the engine that ran, and the diagnostics telling the truth.
 */
class EngineSelectionTest {
  private static final String PAGERANK = "SELECT * FROM TABLE(pagerank('edges.parquet'%s))";

  @TempDir
  Path dir;

  @BeforeEach
  void writeGraph() {
    List<Edge> edges = new ArrayList<>();
    for (int v = 0; v < 200; v++) {
      edges.add(Edge.of(v, (v * 7 + 3) % 200, 1 + v % 5));
      edges.add(Edge.of(v, 11, 2.5));
    }
    TestingEdgeFiles.write(dir.resolve("edges.parquet"), edges, true);
  }

  /** Calls of pagerank per engine since the JVM started, from pf_metrics(). */
  private static Map<Object, Object> pagerankCalls(Connection connection) throws SQLException {
    return GraphTestingQueries.byKey(GraphTestingQueries.query(connection,
        "SELECT engine, calls FROM TABLE(pf_metrics()) WHERE operation = 'pagerank'"), "engine", "calls");
  }

  private static long calls(Map<Object, Object> calls, String engine) {
    Object value = calls.get(engine);
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static void assertRanOn(Connection connection, String engine, String sql) throws SQLException {
    Map<Object, Object> before = pagerankCalls(connection);
    GraphTestingQueries.query(connection, sql);
    Map<Object, Object> after = pagerankCalls(connection);
    assertEquals(calls(before, engine) + 1, calls(after, engine), sql + " should run on " + engine);
  }

  @Test
  void jvmIsChosenByPropertyOrArgument() throws Exception {
    try (Connection connection = GraphTestingQueries.connect(dir, "engine=jvm")) {
      assertRanOn(connection, "jvm", PAGERANK.formatted(""));
      assertRanOn(connection, "jvm", PAGERANK.formatted(", engine => 'JVM'"));
    }
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      assertRanOn(connection, "jvm", PAGERANK.formatted(", engine => 'jvm'"));
    }
  }

  @Test
  void autoRunsSmallGraphsOnTheJvm() throws Exception {
    try (Connection connection = GraphTestingQueries.connect(dir, "engine=auto")) {
      assertRanOn(connection, "jvm", PAGERANK.formatted(""));
      assertRanOn(connection, "jvm", PAGERANK.formatted(", engine => 'auto'"));
    }
  }

  @Test
  void nativeRunsWhenAskedFor() throws Exception {
    assumeTrue(TestingNative.available(), "the native engine is not available");
    try (Connection connection = GraphTestingQueries.connect(dir, "engine=native")) {
      assertRanOn(connection, "native", PAGERANK.formatted(""));
      assertRanOn(connection, "jvm", PAGERANK.formatted(", engine => 'jvm'"));
    }
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      assertRanOn(connection, "native", PAGERANK.formatted(", engine => 'native'"));
      for (String function : List.of("bfs('edges.parquet', 0", "dfs('edges.parquet', 0",
          "dijkstra('edges.parquet', 0", "shortest_path('edges.parquet', 0, 11",
          "connected_components('edges.parquet'")) {
        assertEquals(
            GraphTestingQueries.table(connection, "SELECT * FROM TABLE(" + function + ", engine => 'jvm'))"),
            GraphTestingQueries.table(connection, "SELECT * FROM TABLE(" + function + ", engine => 'native'))"),
            function);
      }
    }
  }

  @Test
  void nativeWithoutTheLibraryIsAnErrorThatSaysWhy() throws Exception {
    assumeFalse(TestingNative.available(), "the native engine is available here");
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      String message = GraphTestingQueries.expectError(connection, PAGERANK.formatted(", engine => 'native'"),
          "pagerank: engine 'native' is not available (not loaded: ");
      assertTrue(message.contains("use engine => 'jvm' or 'auto'"), message);
      assertRanOn(connection, "jvm", PAGERANK.formatted(", engine => 'auto'"));
    }
  }

  @Test
  void unknownEngineIsAnError() throws Exception {
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      GraphTestingQueries.expectError(connection, PAGERANK.formatted(", engine => 'gpu'"),
          "pagerank: unknown engine 'gpu'; use 'auto', 'jvm' or 'native'");
    }
  }

  @Test
  void diagnosticsTellTheTruth() throws Exception {
    boolean available = TestingNative.available();
    try (Connection connection = GraphTestingQueries.connect(dir, "threads=1")) {
      Map<Object, Object> info = GraphTestingQueries.byKey(GraphTestingQueries.query(connection,
          "SELECT name, detail FROM TABLE(pf_debug_info())"), "name", "detail");
      assertEquals(Boolean.toString(available), info.get("native_available"));
      String library = (String) info.get("native_library");
      assertTrue(library.startsWith(available ? "loaded: /native/" : "not loaded: "), library);
      assertEquals("1", info.get("threads"));
      String inUse = (String) info.get("engine_in_use");
      assertTrue(available ? inUse.startsWith("native for graphs of at least") : inUse.startsWith("jvm"), inUse);
    }
  }
}
