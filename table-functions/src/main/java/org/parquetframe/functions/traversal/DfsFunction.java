package org.parquetframe.functions.traversal;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.function.Parameter;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;
import org.parquetframe.functions.SingleSourceFunction;
import org.parquetframe.functions.cache.LoadedGraph;
import org.parquetframe.functions.source.EdgeSource;
import org.parquetframe.functions.source.VertexIds;
import org.parquetframe.kernels.GraphKernels;
import org.parquetframe.kernels.traversal.Dfs;
import org.parquetframe.kernels.traversal.DfsResult;

/**
 * {@code dfs(edges, start_node, max_depth, directed, src, dst, engine)}: depth-first pre-order from
 * {@code start_node}, neighbours in edge order; rows in discovery order.
 */
public final class DfsFunction extends SingleSourceFunction {
  private final Integer maxDepth;

  private DfsFunction(EdgeSource.Spec source, String startNode, Integer maxDepth, Boolean directed) {
    super("dfs", source, startNode, directed);
    this.maxDepth = maxDepth;
  }

  /** Entry point Calcite calls reflectively; only records the arguments. */
  public static DfsFunction dfs(
      @Parameter(name = "EDGES") String edges,
      @Parameter(name = "START_NODE") String startNode,
      @Parameter(name = "MAX_DEPTH", optional = true) Integer maxDepth,
      @Parameter(name = "DIRECTED", optional = true) Boolean directed,
      @Parameter(name = "SRC", optional = true) String src,
      @Parameter(name = "DST", optional = true) String dst,
      @Parameter(name = "ENGINE", optional = true) String engine) {
    return new DfsFunction(new EdgeSource.Spec(edges, src, dst, null, engine), startNode, maxDepth, directed);
  }

  @Override
  protected void validate() {
    TraversalArguments.checkMaxDepth(maxDepth);
  }

  @Override
  protected RelDataType rowType(RelDataTypeFactory types, RelDataType vertexType) {
    RelDataType integer = types.createSqlType(SqlTypeName.INTEGER);
    return types.builder()
        .add("node", vertexType)
        .add("discovery", integer)
        .add("depth", integer)
        .add("parent", types.createTypeWithNullability(vertexType, true))
        .build();
  }

  @Override
  protected List<Object[]> rows(LoadedGraph graph, GraphKernels kernels, int threads, DataContext root) {
    VertexIds ids = graph.vertices();
    int start = start(ids);
    DfsResult result = kernels.dfs(graph.graph(), start, directed(),
        maxDepth == null ? Dfs.UNLIMITED : maxDepth, cancelled(root));
    List<Object[]> rows = new ArrayList<>(result.order().length);
    for (int v : result.order()) {
      int parent = result.parent()[v];
      rows.add(new Object[] {ids.sqlValue(v), result.discovery()[v], result.depth()[v],
          parent < 0 ? null : ids.sqlValue(parent)});
    }
    return rows;
  }
}
