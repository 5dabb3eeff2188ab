package org.parquetframe.functions.components;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.function.Parameter;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.parquetframe.functions.GraphFunctionTable;
import org.parquetframe.functions.cache.LoadedGraph;
import org.parquetframe.functions.source.EdgeSource;
import org.parquetframe.functions.source.VertexIds;
import org.parquetframe.kernels.GraphKernels;
import org.parquetframe.kernels.components.ConnectedComponents;

/**
 * {@code connected_components(edges, src, dst, engine)}: every vertex with its weakly connected
 * component, named by the component's smallest vertex id.
 */
public final class ConnectedComponentsFunction extends GraphFunctionTable {

  private ConnectedComponentsFunction(EdgeSource.Spec source) {
    super("connected_components", source);
  }

  /** Entry point Calcite calls reflectively; only records the arguments. */
  public static ConnectedComponentsFunction connectedComponents(
      @Parameter(name = "EDGES") String edges,
      @Parameter(name = "SRC", optional = true) String src,
      @Parameter(name = "DST", optional = true) String dst,
      @Parameter(name = "ENGINE", optional = true) String engine) {
    return new ConnectedComponentsFunction(new EdgeSource.Spec(edges, src, dst, null, engine));
  }

  @Override
  protected void validate() {}

  @Override
  protected RelDataType rowType(RelDataTypeFactory types, RelDataType vertexType) {
    return types.builder().add("node", vertexType).add("component", vertexType).build();
  }

  @Override
  protected List<Object[]> rows(LoadedGraph graph, GraphKernels kernels, int threads, DataContext root) {
    VertexIds ids = graph.vertices();
    int[] component = kernels.connectedComponents(graph.graph(), threads, cancelled(root));
    int[] smallest = ConnectedComponents.labelBySmallest(component, ids.idOrder());
    List<Object[]> rows = new ArrayList<>(smallest.length);
    for (int v = 0; v < smallest.length; v++) {
      rows.add(new Object[] {ids.sqlValue(v), ids.sqlValue(smallest[v])});
    }
    return rows;
  }
}
