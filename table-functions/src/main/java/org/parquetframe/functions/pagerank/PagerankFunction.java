package org.parquetframe.functions.pagerank;

import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.function.Parameter;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;
import org.parquetframe.functions.GraphFunctionTable;
import org.parquetframe.functions.ResultRows;
import org.parquetframe.functions.cache.LoadedGraph;
import org.parquetframe.functions.source.EdgeSource;
import org.parquetframe.kernels.GraphKernels;
import org.parquetframe.kernels.pagerank.PageRankOptions;
import org.parquetframe.kernels.pagerank.PageRankResult;

/**
 * {@code pagerank(edges, damping, max_iterations, tolerance, src, dst, weight, engine)}: one row
 * ({@code node}, {@code score}) per vertex, NetworkX semantics (docs/sql-reference.md).
 */
public final class PagerankFunction extends GraphFunctionTable {
  private final Double damping;
  private final Integer maxIterations;
  private final Double tolerance;

  private PagerankFunction(EdgeSource.Spec source, Double damping, Integer maxIterations, Double tolerance) {
    super("pagerank", source);
    this.damping = damping;
    this.maxIterations = maxIterations;
    this.tolerance = tolerance;
  }

  /**
   * Entry point Calcite calls reflectively, at plan time and at run time. It only records the
   * arguments: an exception thrown here would reach the user wrapped and without its message.
   */
  public static PagerankFunction pagerank(
      @Parameter(name = "EDGES") String edges,
      @Parameter(name = "DAMPING", optional = true) Double damping,
      @Parameter(name = "MAX_ITERATIONS", optional = true) Integer maxIterations,
      @Parameter(name = "TOLERANCE", optional = true) Double tolerance,
      @Parameter(name = "SRC", optional = true) String src,
      @Parameter(name = "DST", optional = true) String dst,
      @Parameter(name = "WEIGHT", optional = true) String weight,
      @Parameter(name = "ENGINE", optional = true) String engine) {
    return new PagerankFunction(new EdgeSource.Spec(edges, src, dst, weight, engine), damping, maxIterations,
        tolerance);
  }

  @Override
  protected void validate() {
    if (damping != null && !(damping >= 0 && damping <= 1)) {
      throw new IllegalArgumentException("damping must be between 0 and 1, got " + damping);
    }
    if (maxIterations != null && maxIterations < 0) {
      throw new IllegalArgumentException("max_iterations must be 0 or more, got " + maxIterations);
    }
    if (tolerance != null && !(tolerance >= 0)) {
      throw new IllegalArgumentException("tolerance must be 0 or more, got " + tolerance);
    }
  }

  private PageRankOptions options() {
    PageRankOptions options = PageRankOptions.defaults();
    if (damping != null) {
      options = options.withDamping(damping);
    }
    if (maxIterations != null) {
      options = options.withMaxIterations(maxIterations);
    }
    if (tolerance != null) {
      options = options.withTolerance(tolerance);
    }
    return options;
  }

  @Override
  protected RelDataType rowType(RelDataTypeFactory typeFactory, RelDataType vertexType) {
    return typeFactory.builder()
        .add("node", vertexType)
        .add("score", typeFactory.createSqlType(SqlTypeName.DOUBLE))
        .build();
  }

  @Override
  protected List<Object[]> rows(LoadedGraph graph, GraphKernels kernels, int threads, DataContext root) {
    PageRankResult result = kernels.pagerank(graph.graph(), options().withThreads(threads).withCancellation(cancelled(root)));
    double[] scores = result.scores();
    return ResultRows.of(scores.length, v -> new Object[] {graph.vertices().sqlValue(v), scores[v]})
        .sortableBy(1, scores);
  }
}
