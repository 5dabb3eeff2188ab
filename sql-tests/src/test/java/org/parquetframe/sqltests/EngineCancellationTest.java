package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/**
 * {@code Statement.setQueryTimeout} and {@code Statement.cancel()} stop a running kernel on either
 * engine within a second, and the connection stays usable. The kernel is a PageRank that would run
 * for minutes: tolerance 0 with a huge iteration count.
 */
class EngineCancellationTest {
  private static final String FOREVER = "SELECT count(*) AS n FROM TABLE(pagerank('edges.parquet', tolerance => 0, "
      + "max_iterations => 2000000000, engine => '%s'))";
  /** Slack for a loaded machine on top of the promised second. */
  private static final long LIMIT_MS = 1000 + 500;

  @TempDir
  Path dir;

  @BeforeEach
  void writeGraph() {
    List<Edge> edges = new ArrayList<>();
    for (int v = 0; v < 5000; v++) {
      edges.add(Edge.of(v, (v * 31 + 7) % 5000));
      edges.add(Edge.of(v, (v + 1) % 5000));
    }
    TestingEdgeFiles.write(dir.resolve("edges.parquet"), edges, false);
  }

  private static void assumeEngine(String engine) {
    if (engine.equals("native")) {
      assumeTrue(TestingNative.available(), "the native engine is not available");
    }
  }

  private static void assertStillUsable(Connection connection) throws SQLException {
    assertEquals(List.of(List.of(5000L)), GraphTestingQueries.table(connection,
        "SELECT count(*) AS n FROM TABLE(pagerank('edges.parquet'))"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"jvm", "native"})
  void queryTimeoutStopsTheKernel(String engine) throws Exception {
    assumeEngine(engine);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      GraphTestingQueries.query(connection, "SELECT count(*) FROM TABLE(pagerank('edges.parquet'))"); // graph cached
      try (Statement statement = connection.createStatement()) {
        statement.setQueryTimeout(1);
        long begin = System.nanoTime();
        assertThrows(SQLException.class, () -> statement.executeQuery(FOREVER.formatted(engine)).next());
        long afterTimeout = (System.nanoTime() - begin) / 1_000_000 - 1000;
        assertTrue(afterTimeout < LIMIT_MS, "stopped " + afterTimeout + " ms after the timeout");
      }
      assertStillUsable(connection);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"jvm", "native"})
  void cancelStopsTheKernel(String engine) throws Exception {
    assumeEngine(engine);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      GraphTestingQueries.query(connection, "SELECT count(*) FROM TABLE(pagerank('edges.parquet'))");
      try (Statement statement = connection.createStatement()) {
        Thread canceller = new Thread(() -> {
          try {
            Thread.sleep(500);
            statement.cancel();
          } catch (InterruptedException | SQLException e) {
            throw new IllegalStateException(e);
          }
        });
        long begin = System.nanoTime();
        canceller.start();
        assertThrows(SQLException.class, () -> statement.executeQuery(FOREVER.formatted(engine)).next());
        long afterCancel = (System.nanoTime() - begin) / 1_000_000 - 500;
        canceller.join();
        assertTrue(afterCancel < LIMIT_MS, "stopped " + afterCancel + " ms after the cancel");
      }
      assertStillUsable(connection);
    }
  }
}
