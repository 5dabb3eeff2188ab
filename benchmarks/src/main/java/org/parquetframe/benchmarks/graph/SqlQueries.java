package org.parquetframe.benchmarks.graph;

import java.util.Locale;

/**
 * The SQL the runner times for each kernel. Each query consumes every row the function returns
 * (an aggregate over them, or PageRank's top ten as in the target query) and yields a short
 * answer that the JGraphT run must match.
 */
final class SqlQueries {
  private SqlQueries() {}

  static String query(String kernel, String file, long start, long target) {
    String f = "'" + file + "'";
    return switch (kernel) {
      case GraphKernel.PAGERANK -> "SELECT node, score FROM TABLE(pagerank(" + f + ", max_iterations => "
          + GraphKernel.PAGERANK_ITERATIONS + ", tolerance => 0)) ORDER BY score DESC LIMIT 10";
      case GraphKernel.BFS -> "SELECT count(*) FROM TABLE(bfs(" + f + ", " + start + "))";
      case GraphKernel.DFS -> "SELECT count(*) FROM TABLE(dfs(" + f + ", " + start + "))";
      case GraphKernel.DIJKSTRA -> "SELECT count(*), max(distance) FROM TABLE(dijkstra(" + f + ", " + start + "))";
      case GraphKernel.SHORTEST_PATH -> "SELECT max(distance) FROM TABLE(shortest_path(" + f + ", " + start + ", "
          + target + ", weight => 'weight'))";
      case GraphKernel.CONNECTED_COMPONENTS ->
          "SELECT count(DISTINCT component) FROM TABLE(connected_components(" + f + "))";
      default -> throw new IllegalArgumentException("no query for kernel " + kernel);
    };
  }

  /** Answers in one format for both systems: whole numbers without decimals, an empty result as "none". */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "none";
    }
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value) : String.format(Locale.ROOT, "%.6g", value);
  }
}
