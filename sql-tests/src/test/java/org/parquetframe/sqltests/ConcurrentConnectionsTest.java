package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/**
 * Eight connections run a mix of scans and graph functions at once for a bounded time, with a graph
 * cache small enough to evict and rebuild: every answer equals the single-threaded one, nothing
 * deadlocks, and afterwards no thread or file descriptor is left behind.
 */
class ConcurrentConnectionsTest {
  private static final int CONNECTIONS = 8;
  private static final Duration RUN_FOR = Duration.ofSeconds(6);
  private static final List<String> QUERIES = List.of(
      "SELECT count(*), sum(weight) FROM edges WHERE src < 500",
      "SELECT src, count(*) FROM edges GROUP BY src ORDER BY src LIMIT 20",
      "SELECT node, score FROM TABLE(pagerank('edges.parquet')) ORDER BY score DESC, node LIMIT 10",
      "SELECT count(*), max(depth) FROM TABLE(bfs('edges', 1))",
      "SELECT node, distance FROM TABLE(dijkstra('edges.parquet', 1)) ORDER BY node LIMIT 50",
      "SELECT component, count(*) FROM TABLE(connected_components('graph')) GROUP BY component ORDER BY component",
      "SELECT * FROM TABLE(shortest_path('edges', 1, 77, weight => 'weight'))",
      "SELECT count(*), sum(score) FROM TABLE(pagerank('SELECT src, dst FROM edges WHERE weight > 2'))",
      "SELECT count(*) FROM TABLE(dfs('graph', 3, directed => false))");

  @TempDir
  Path dir;

  @Test
  void eightConnectionsAgreeWithASingleOneAndLeaveNothingBehind() throws Exception {
    writeData();
    String url = "jdbc:parquetframe:" + dir + ";threads=2";
    Map<String, List<List<Object>>> expected = new java.util.HashMap<>();
    try (Connection connection = DriverManager.getConnection(url)) {
      for (String sql : QUERIES) {
        expected.put(sql, rows(connection, sql));
      }
    }
    Set<String> threadsBefore = liveThreads();
    long descriptorsBefore = openDescriptors();
    long budgetBefore = graphCacheBudget(url);
    try {
      DriverManager.getConnection(url + ";graph_cache_bytes=64KB").close();
      assertTimeoutPreemptively(Duration.ofSeconds(120), () -> runConcurrently(url, expected));
    } finally {
      DriverManager.getConnection(url + ";graph_cache_bytes=" + budgetBefore).close();
    }
    Thread.sleep(200);
    Set<String> leaked = liveThreads().stream()
        .filter(name -> !threadsBefore.contains(name) && !name.startsWith("parquetframe-kernel-")
            && !name.startsWith("parquetframe-scan-")) // the shared pools, not threads of a query
        .collect(Collectors.toSet());
    assertEquals(Set.of(), leaked, "threads left behind");
    if (descriptorsBefore >= 0) {
      assertTrue(openDescriptors() <= descriptorsBefore + 2,
          "file descriptors: " + descriptorsBefore + " before, " + openDescriptors() + " after");
    }
  }

  private void runConcurrently(String url, Map<String, List<List<Object>>> expected) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      long deadline = System.nanoTime() + RUN_FOR.toNanos();
      for (int c = 0; c < CONNECTIONS; c++) {
        SplittableRandom random = new SplittableRandom(c);
        runs.add(pool.submit(() -> {
          int checked = 0;
          try (Connection connection = DriverManager.getConnection(url)) {
            while (System.nanoTime() < deadline) {
              String sql = QUERIES.get(random.nextInt(QUERIES.size()));
              assertEquals(expected.get(sql), rows(connection, sql), sql);
              checked++;
            }
          }
          return checked;
        }));
      }
      for (Future<Integer> run : runs) {
        assertTrue(run.get() > 0, "every connection answered at least one query");
      }
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
    }
  }

  private void writeData() throws IOException {
    SplittableRandom random = new SplittableRandom(42);
    List<Edge> edges = new ArrayList<>();
    for (int i = 0; i < 6000; i++) {
      edges.add(Edge.of((long) random.nextInt(1000), (long) random.nextInt(1000), 1 + random.nextInt(5)));
    }
    TestingEdgeFiles.write(dir.resolve("edges.parquet"), edges, true);
    Path graph = Files.createDirectories(dir.resolve("graph"));
    TestingEdgeFiles.write(graph.resolve("a.parquet"), edges.subList(0, 3000), true);
    TestingEdgeFiles.write(graph.resolve("b.parquet"), edges.subList(3000, 6000), true);
  }

  private static List<List<Object>> rows(Connection connection, String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(result.getObject(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static long graphCacheBudget(String url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT detail FROM TABLE(pf_debug_info()) WHERE name = 'graph_cache'")) {
      rows.next();
      String detail = rows.getString(1); // "N graphs, USED of BUDGET bytes, ..."
      return Long.parseLong(detail.replaceAll(".* of (\\d+) bytes.*", "$1"));
    }
  }

  private static Set<String> liveThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
        .map(t -> t.getName() + "#" + t.getId()).collect(Collectors.toSet());
  }

  /** Open file descriptors of this process, or -1 where /proc is not available. */
  private static long openDescriptors() throws IOException {
    Path fds = Path.of("/proc/self/fd");
    if (!Files.isDirectory(fds)) {
      return -1;
    }
    try (Stream<Path> list = Files.list(fds)) {
      return list.count();
    }
  }
}
