package org.parquetframe.benchmarks.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.parquetframe.benchmarks.graph.GraphCase;
import org.parquetframe.cli.GraphModel;
import org.parquetframe.kernels.graph.Graph;

/**
 * Building a graph from its edge arrays: id validation and both CSR directions (counting sort),
 * as the graph cache holds them; without reading Parquet, which the end-to-end run times.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {BenchmarkDefaults.HEAP, BenchmarkDefaults.QUIET_SLF4J})
public class GraphBuildBenchmark {

  /** The edge list; {@code Graph.fromEdges} neither changes nor keeps it past {@code in()}, so trials share it. */
  @State(Scope.Benchmark)
  public static class Edges {
    @Param({"1000", "10000", "100000", "1000000", "10000000"})
    public long edges;

    @Param({"uniform", "rmat"})
    public String model;

    @Param({"1", "2"})
    public int threads;

    EdgeArrays list;

    @Setup(Level.Trial)
    public void draw() {
      list = EdgeArrays.of(new GraphCase(GraphModel.parse(model), edges, 42));
    }
  }

  @Benchmark
  public Graph unweighted(Edges state) {
    return build(state, null);
  }

  @Benchmark
  public Graph weighted(Edges state) {
    return build(state, state.list.weights());
  }

  private static Graph build(Edges state, double[] weights) {
    EdgeArrays list = state.list;
    Graph graph = Graph.fromEdges(list.vertices(), list.src(), list.dst(), weights, list.edgeCount(), state.threads);
    graph.in();
    return graph;
  }
}
