package org.parquetframe.functions.cache;

import org.parquetframe.functions.source.VertexIds;
import org.parquetframe.kernels.graph.Graph;

/**
 * A graph ready for the kernels: both CSR directions built, and the vertex ids behind the dense
 * indexes. Immutable, so concurrent queries share it freely.
 */
public record LoadedGraph(Graph graph, VertexIds vertices) {

  public long sizeInBytes() {
    return graph.sizeInBytes() + vertices.dictionary().sizeInBytes();
  }
}
