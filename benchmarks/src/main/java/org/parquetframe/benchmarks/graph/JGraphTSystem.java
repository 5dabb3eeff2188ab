package org.parquetframe.benchmarks.graph;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.jgrapht.traverse.DepthFirstIterator;

/**
 * JGraphT 1.5.3, the library a Java user would otherwise pick, on the same graph: the edges are
 * read from the same Parquet file (through our JDBC driver, the way a Java program would read
 * them) into a {@link DirectedWeightedPseudograph}, which keeps parallel edges and self-loops as
 * ours does; that load is JGraphT's build. Then each kernel runs on the graph in memory.
 */
final class JGraphTSystem {
  private final MeasureTask task;
  private final Consumer<Measurement> sink;

  JGraphTSystem(MeasureTask task, Consumer<Measurement> sink) {
    this.task = task;
    this.sink = sink;
  }

  void run(Runnable afterEachKernel) throws SQLException {
    String url = "jdbc:parquetframe:" + task.dataDir();
    try (Connection connection = DriverManager.getConnection(url)) {
      for (int round = 0; round < task.warmupRounds(); round++) { // untimed: classes, JIT
        Graph<Integer, DefaultWeightedEdge> warmup = load(connection, task.warmupTable());
        for (String kernel : task.kernels()) {
          answer(kernel, warmup, (int) task.warmupStart(), (int) task.warmupStart());
        }
      }
      List<Double> builds = new ArrayList<>();
      Graph<Integer, DefaultWeightedEdge> graph = null;
      double buildBudget = task.budgetSeconds() / 4.0;
      // The build is repeated like the kernels, unless it is so slow that repeating it would eat the budget.
      while (builds.size() < task.reps() && (builds.isEmpty() || sum(builds) < buildBudget)) {
        graph = null; // let the previous copy go before building the next
        long t0 = System.nanoTime();
        graph = load(connection, task.table());
        builds.add((System.nanoTime() - t0) / 1e9);
      }
      emit(GraphKernel.BUILD, "cold", builds,
          graph.vertexSet().size() + " vertices, " + graph.edgeSet().size() + " edges");
      afterEachKernel.run();
      for (String kernel : slowestLast(task.kernels())) {
        List<Double> runs = new ArrayList<>();
        String answer = null;
        for (int r = 0; r < task.reps(); r++) {
          long t0 = System.nanoTime();
          answer = answer(kernel, graph, (int) task.start(), (int) task.target());
          runs.add((System.nanoTime() - t0) / 1e9);
        }
        emit(kernel, "run", runs, answer);
        afterEachKernel.run();
      }
    }
  }

  /**
   * The kernels with DFS last: JGraphT's {@code DepthFirstIterator} moves a vertex met again to the
   * top of its stack with {@code Deque.removeLastOccurrence}, a linear search, which makes it
   * quadratic on large random graphs; run first, it would spend the budget of all the others.
   */
  static List<String> slowestLast(List<String> kernels) {
    List<String> ordered = new ArrayList<>(kernels);
    if (ordered.remove(GraphKernel.DFS)) {
      ordered.add(GraphKernel.DFS);
    }
    return ordered;
  }

  private void emit(String kernel, String phase, List<Double> seconds, String answer) {
    sink.accept(new Measurement(BenchOptions.JGRAPHT, task.model(), task.edges(), kernel, phase, seconds,
        Measurement.OK, answer));
  }

  private static double sum(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).sum();
  }

  static Graph<Integer, DefaultWeightedEdge> load(Connection connection, String table) throws SQLException {
    Graph<Integer, DefaultWeightedEdge> graph = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT src, dst, weight FROM " + table)) {
      while (rows.next()) {
        Graphs.addEdgeWithVertices(graph, Math.toIntExact(rows.getLong(1)), Math.toIntExact(rows.getLong(2)),
            rows.getDouble(3));
      }
    }
    return graph;
  }

  /** Runs one kernel; the answer is in the same form as {@link ParquetFrameSystem}'s. */
  static String answer(String kernel, Graph<Integer, DefaultWeightedEdge> graph, int start, int target) {
    return switch (kernel) {
      case GraphKernel.PAGERANK -> "top " + top(pageRank(graph));
      case GraphKernel.BFS -> "reached " + count(new BreadthFirstIterator<>(graph, start));
      case GraphKernel.DFS -> "reached " + count(new DepthFirstIterator<>(graph, start));
      case GraphKernel.DIJKSTRA -> dijkstra(graph, start);
      case GraphKernel.SHORTEST_PATH -> {
        GraphPath<Integer, DefaultWeightedEdge> path = DijkstraShortestPath.findPathBetween(graph, start, target);
        yield "distance " + (path == null ? "none" : SqlQueries.number(path.getWeight()));
      }
      case GraphKernel.CONNECTED_COMPONENTS ->
          "components " + new ConnectivityInspector<>(graph).connectedSets().size();
      default -> throw new IllegalArgumentException("unknown kernel " + kernel);
    };
  }

  /**
   * Exactly {@link GraphKernel#PAGERANK_ITERATIONS} iterations on the unweighted view (our
   * {@code pagerank} without {@code weight} ignores weights too). JGraphT refuses a tolerance of
   * 0; the smallest positive one stops only on an exact fixed point.
   */
  private static Map<Integer, Double> pageRank(Graph<Integer, DefaultWeightedEdge> graph) {
    return new PageRank<>(new AsUnweightedGraph<>(graph), 0.85, GraphKernel.PAGERANK_ITERATIONS, Double.MIN_VALUE)
        .getScores();
  }

  private static String top(Map<Integer, Double> scores) {
    Integer best = null;
    double bestScore = -1;
    for (Map.Entry<Integer, Double> entry : scores.entrySet()) {
      double score = entry.getValue();
      if (score > bestScore || (score == bestScore && entry.getKey() < best)) {
        best = entry.getKey();
        bestScore = score;
      }
    }
    return best == null ? "none" : best.toString();
  }

  private static String dijkstra(Graph<Integer, DefaultWeightedEdge> graph, int start) {
    SingleSourcePaths<Integer, DefaultWeightedEdge> paths = new DijkstraShortestPath<>(graph).getPaths(start);
    long reached = 0;
    double farthest = 0;
    for (Integer v : graph.vertexSet()) {
      double distance = paths.getWeight(v);
      if (distance != Double.POSITIVE_INFINITY) {
        reached++;
        farthest = Math.max(farthest, distance);
      }
    }
    return "reached " + reached + ", farthest " + SqlQueries.number(farthest);
  }

  private static long count(Iterator<Integer> vertices) {
    long count = 0;
    while (vertices.hasNext()) {
      vertices.next();
      count++;
    }
    return count;
  }
}
