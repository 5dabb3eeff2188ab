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
import org.parquetframe.kernels.paths.ShortestPaths;

/**
 * {@code dijkstra(edges, start_node, weight, directed, src, dst, engine)}: every vertex reachable
 * from {@code start_node} with its least total weight and the previous vertex on one such path.
 */
public final class DijkstraFunction extends SingleSourceFunction {
  private static final String DEFAULT_WEIGHT = "weight";

  private DijkstraFunction(EdgeSource.Spec source, String startNode, Boolean directed) {
    super("dijkstra", source, startNode, directed);
  }

  /** Entry point Calcite calls reflectively; only records the arguments. */
  public static DijkstraFunction dijkstra(
      @Parameter(name = "EDGES") String edges,
      @Parameter(name = "START_NODE") String startNode,
      @Parameter(name = "WEIGHT", optional = true) String weight,
      @Parameter(name = "DIRECTED", optional = true) Boolean directed,
      @Parameter(name = "SRC", optional = true) String src,
      @Parameter(name = "DST", optional = true) String dst,
      @Parameter(name = "ENGINE", optional = true) String engine) {
    String weightColumn = weight == null ? DEFAULT_WEIGHT : weight;
    return new DijkstraFunction(new EdgeSource.Spec(edges, src, dst, weightColumn, engine), startNode, directed);
  }

  @Override
  protected void validate() {}

  @Override
  protected RelDataType rowType(RelDataTypeFactory types, RelDataType vertexType) {
    return types.builder()
        .add("node", vertexType)
        .add("distance", types.createSqlType(SqlTypeName.DOUBLE))
        .add("parent", types.createTypeWithNullability(vertexType, true))
        .build();
  }

  @Override
  protected List<Object[]> rows(LoadedGraph graph, GraphKernels kernels, int threads, DataContext root) {
    VertexIds ids = graph.vertices();
    int start = start(ids);
    ShortestPaths paths = kernels.dijkstra(graph.graph(), start, directed(), threads,
        cancelled(root));
    List<Object[]> rows = new ArrayList<>();
    double[] distance = paths.distance();
    for (int v = 0; v < distance.length; v++) {
      if (distance[v] != Double.POSITIVE_INFINITY) {
        int parent = paths.parent()[v];
        rows.add(new Object[] {ids.sqlValue(v), distance[v], parent < 0 ? null : ids.sqlValue(parent)});
      }
    }
    return rows;
  }
}
