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
import org.parquetframe.kernels.traversal.Bfs;
import org.parquetframe.kernels.traversal.BfsResult;

/**
 * {@code bfs(edges, start_node, max_depth, directed, src, dst, engine)}: every vertex reachable
 * from {@code start_node} within {@code max_depth} hops, with its hop distance and a parent one hop
 * closer; rows in visit order.
 */
public final class BfsFunction extends SingleSourceFunction {
  private final Integer maxDepth;

  private BfsFunction(EdgeSource.Spec source, String startNode, Integer maxDepth, Boolean directed) {
    super("bfs", source, startNode, directed);
    this.maxDepth = maxDepth;
  }

  /** Entry point Calcite calls reflectively; only records the arguments. */
  public static BfsFunction bfs(
      @Parameter(name = "EDGES") String edges,
      @Parameter(name = "START_NODE") String startNode,
      @Parameter(name = "MAX_DEPTH", optional = true) Integer maxDepth,
      @Parameter(name = "DIRECTED", optional = true) Boolean directed,
      @Parameter(name = "SRC", optional = true) String src,
      @Parameter(name = "DST", optional = true) String dst,
      @Parameter(name = "ENGINE", optional = true) String engine) {
    return new BfsFunction(new EdgeSource.Spec(edges, src, dst, null, engine), startNode, maxDepth, directed);
  }

  @Override
  protected void validate() {
    TraversalArguments.checkMaxDepth(maxDepth);
  }

  @Override
  protected RelDataType rowType(RelDataTypeFactory types, RelDataType vertexType) {
    return types.builder()
        .add("node", vertexType)
        .add("depth", types.createSqlType(SqlTypeName.INTEGER))
        .add("parent", types.createTypeWithNullability(vertexType, true))
        .build();
  }

  @Override
  protected List<Object[]> rows(LoadedGraph graph, GraphKernels kernels, int threads, DataContext root) {
    VertexIds ids = graph.vertices();
    int start = start(ids);
    BfsResult result = kernels.bfs(graph.graph(), start, directed(),
        maxDepth == null ? Bfs.UNLIMITED : maxDepth, threads, cancelled(root));
    List<Object[]> rows = new ArrayList<>(result.reachedCount());
    for (int i = 0; i < result.reachedCount(); i++) {
      int v = result.order()[i];
      int parent = result.parent()[v];
      rows.add(new Object[] {ids.sqlValue(v), result.depth()[v], parent < 0 ? null : ids.sqlValue(parent)});
    }
    return rows;
  }
}
