package org.parquetframe.functions;

import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.parquetframe.functions.cache.LoadedGraph;
import org.parquetframe.functions.diagnostics.Metrics;
import org.parquetframe.functions.source.EdgeSource;
import org.parquetframe.kernels.GraphKernels;
import org.parquetframe.kernels.parallel.KernelCancelledException;
import org.parquetframe.nativekernels.NativeKernelException;

/**
 * The result of one graph function call as a table. Its row type depends on the vertex column's
 * type, found while the query is planned; its rows are computed when the query runs.
 */
public abstract class GraphFunctionTable extends AbstractTable implements ScannableTable {
  protected final String function;
  protected final EdgeSource.Spec source;

  protected GraphFunctionTable(String function, EdgeSource.Spec source) {
    this.function = function;
    this.source = source;
  }

  /**
   * Called while the query is planned. Arguments that are not constants (such as {@code ?}
   * parameters) arrive as NULL here and are checked when the query runs.
   */
  @Override
  public final RelDataType getRowType(RelDataTypeFactory typeFactory) {
    GraphSession session = GraphSession.planning();
    return withFunctionName(() -> {
      if (source.edges() == null) {
        throw new IllegalArgumentException("edges must be a constant (a path, table name or query text), because "
            + "the output columns take the type of its vertex columns; it cannot be NULL or a ? parameter");
      }
      checkArguments(session);
      RelDataType vertexType = EdgeSource.vertexType(session, source).toRelDataType(typeFactory);
      return rowType(typeFactory, vertexType);
    });
  }

  @Override
  public final Enumerable<Object[]> scan(DataContext root) {
    GraphSession session = GraphSession.of(root);
    return withFunctionName(() -> {
      Engine engine = checkArguments(session);
      LoadedGraph graph = EdgeSource.graph(session, source);
      GraphKernels kernels = engine.kernels(function, graph.graph());
      long start = System.nanoTime();
      List<Object[]> rows;
      try {
        rows = rows(graph, kernels, session.settings().threads(), root);
      } catch (KernelCancelledException e) {
        throw new IllegalStateException(function + " stopped on the " + kernels.name() + " engine: "
            + QueryCancellation.of(root).reason(), e);
      }
      Metrics.record(function, kernels.name(), System.nanoTime() - start, rows.size());
      return rows instanceof ResultRows result ? result.enumerable() : Linq4j.asEnumerable(rows);
    });
  }

  /** Argument and input errors, and native kernels that could not run, carry the function's name. */
  private <T> T withFunctionName(java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(function + ": " + e.getMessage(), e);
    } catch (NativeKernelException e) {
      throw new IllegalStateException(function + ": " + e.getMessage(), e);
    }
  }

  /** Checks the arguments and returns the engine asked for: the call's {@code engine}, else the connection's. */
  private Engine checkArguments(GraphSession session) {
    EdgeSource.validate(source);
    Engine engine = source.engine() == null ? session.settings().engine() : Engine.parse(source.engine());
    engine.check();
    validate();
    return engine;
  }

  /**
   * Checks the function's own arguments that are given; throws IllegalArgumentException naming
   * the argument. Required vertex arguments are checked against the graph when the query runs.
   */
  protected abstract void validate();

  /** The output columns, given the SQL type of the vertex ids. */
  protected abstract RelDataType rowType(RelDataTypeFactory typeFactory, RelDataType vertexType);

  /** A cancellation check for kernels: true once the statement was cancelled or timed out. */
  protected static java.util.function.BooleanSupplier cancelled(DataContext root) {
    return QueryCancellation.of(root).asSupplier();
  }

  /** The output rows for this graph, computed by {@code kernels}. */
  protected abstract List<Object[]> rows(LoadedGraph graph, GraphKernels kernels, int threads, DataContext root);
}
