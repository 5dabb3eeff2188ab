package org.parquetframe.benchmarks.graph;

import java.util.Arrays;
import java.util.List;

/** The graph kernels the end-to-end runner times, by their SQL names. */
public final class GraphKernel {
  public static final String PAGERANK = "pagerank";
  public static final String BFS = "bfs";
  public static final String DFS = "dfs";
  public static final String DIJKSTRA = "dijkstra";
  public static final String SHORTEST_PATH = "shortest_path";
  public static final String CONNECTED_COMPONENTS = "connected_components";
  /** Not a kernel: reading the edges and building the graph, timed like one. */
  public static final String BUILD = "build";

  /** PageRank runs exactly this many iterations in both systems, as in the GAP suite's and the figures. */
  public static final int PAGERANK_ITERATIONS = 20;

  public static final List<String> ALL = List.of(PAGERANK, BFS, DFS, DIJKSTRA, SHORTEST_PATH, CONNECTED_COMPONENTS);

  private GraphKernel() {}

  /** Whether the kernel reads edge weights (so its graph has three columns, not two). */
  public static boolean weighted(String kernel) {
    return kernel.equals(DIJKSTRA) || kernel.equals(SHORTEST_PATH);
  }

  /** @throws IllegalArgumentException naming the kernels when {@code name} is none of them */
  public static String check(String name) {
    if (!ALL.contains(name)) {
      throw new IllegalArgumentException("unknown kernel '" + name + "'; choose from " + String.join(", ", ALL));
    }
    return name;
  }

  static List<String> parseList(String text) {
    return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(GraphKernel::check).toList();
  }
}
