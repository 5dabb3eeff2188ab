package org.parquetframe.benchmarks.jmh;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.parquetframe.benchmarks.graph.GraphCase;
import org.parquetframe.cli.GraphModel;
import org.parquetframe.kernels.GraphKernels;
import org.parquetframe.kernels.JvmKernels;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.nativekernels.NativeKernels;

/**
 * The graph a kernel benchmark runs on, with both CSR directions built beforehand (as the graph
 * cache keeps them), and the engine that runs it. Parameters: edges (1K..10M, ten per vertex),
 * model (uniform or R-MAT), threads (1, 2) and engine ({@code jvm}, or {@code native} where the
 * library loads; elsewhere those trials fail at setup saying why, and JMH goes on with the rest).
 * Unweighted, as {@code pagerank}, {@code bfs}, {@code dfs} and {@code connected_components} read
 * their graphs; {@link Weighted} carries the weights for the path kernels.
 */
@State(Scope.Benchmark)
public class KernelGraphState {
  @Param({"1000", "10000", "100000", "1000000", "10000000"})
  public long edges;

  @Param({"uniform", "rmat"})
  public String model;

  @Param({"1", "2"})
  public int threads;

  @Param({"jvm", "native"})
  public String engine;

  public Graph graph;
  public GraphKernels kernels;
  public int start;
  public int target;

  @Setup(Level.Trial)
  public void build() {
    kernels = engine(engine);
    GraphCase graphCase = new GraphCase(GraphModel.parse(model), edges, 42);
    EdgeArrays edgeList = EdgeArrays.of(graphCase);
    graph = Graph.fromEdges(edgeList.vertices(), edgeList.src(), edgeList.dst(),
        weighted() ? edgeList.weights() : null, edgeList.edgeCount(), threads);
    graph.in();
    GraphCase.Endpoints ends = graphCase.endpoints();
    start = (int) ends.start();
    target = (int) ends.target();
  }

  protected boolean weighted() {
    return false;
  }

  static GraphKernels engine(String name) {
    return switch (name) {
      case "jvm" -> JvmKernels.INSTANCE;
      case "native" -> NativeKernels.get();
      default -> throw new IllegalArgumentException("engine must be jvm or native, not " + name);
    };
  }

  /** The same graph with its weights, for Dijkstra and weighted shortest paths. */
  public static class Weighted extends KernelGraphState {
    @Override
    protected boolean weighted() {
      return true;
    }
  }
}
