package org.parquetframe.functions.source;

import org.parquetframe.kernels.graph.Graph;

/**
 * Edges as dense vertex indexes in source order, with optional weights, and the ids behind the
 * indexes. Rows with a NULL endpoint were dropped when the list was built.
 */
public record EdgeList(VertexIds vertices, int[] src, int[] dst, double[] weights, int count) {

  public Graph toGraph(int threads) {
    return Graph.fromEdges(vertices.size(), src, dst, weights, count, threads);
  }
}
