package org.parquetframe.functions.paths;

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
import org.parquetframe.kernels.paths.ShortestPathResult;

/**
 * {@code shortest_path(edges, start_node, target_node, weight, directed, src, dst, engine)}: one
 * shortest path, one row per vertex on it; no rows when the target is unreachable.
 */
public final class ShortestPathFunction extends SingleSourceFunction {
  private final String targetNode;

  private ShortestPathFunction(EdgeSource.Spec source, String startNode, String targetNode, Boolean directed) {
    super("shortest_path", source, startNode, directed);
    this.targetNode = targetNode;
  }

  /** Entry point Calcite calls reflectively; only records the arguments. */
  public static ShortestPathFunction shortestPath(
      @Parameter(name = "EDGES") String edges,
      @Parameter(name = "START_NODE") String startNode,
      @Parameter(name = "TARGET_NODE") String targetNode,
      @Parameter(name = "WEIGHT", optional = true) String weight,
      @Parameter(name = "DIRECTED", optional = true) Boolean directed,
      @Parameter(name = "SRC", optional = true) String src,
      @Parameter(name = "DST", optional = true) String dst,
      @Parameter(name = "ENGINE", optional = true) String engine) {
    return new ShortestPathFunction(new EdgeSource.Spec(edges, src, dst, weight, engine), startNode, targetNode,
        directed);
  }

  @Override
  protected void validate() {}

  @Override
  protected RelDataType rowType(RelDataTypeFactory types, RelDataType vertexType) {
    return types.builder()
        .add("step", types.createSqlType(SqlTypeName.INTEGER))
        .add("node", vertexType)
        .add("distance", types.createSqlType(SqlTypeName.DOUBLE))
        .build();
  }

  @Override
  protected List<Object[]> rows(LoadedGraph graph, GraphKernels kernels, int threads, DataContext root) {
    VertexIds ids = graph.vertices();
    int start = start(ids);
    int target = ids.indexOf("target_node", targetNode);
    ShortestPathResult result = kernels.shortestPath(graph.graph(), start, target, graph.graph().weighted(),
        directed(), threads, cancelled(root));
    List<Object[]> rows = new ArrayList<>(result.path().length);
    for (int step = 0; step < result.path().length; step++) {
      rows.add(new Object[] {step, ids.sqlValue(result.path()[step]), result.distanceAlongPath()[step]});
    }
    return rows;
  }
}
