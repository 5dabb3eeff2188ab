package org.parquetframe.benchmarks.jmh;

import org.parquetframe.benchmarks.graph.GraphCase;

/**
 * A benchmark graph's edge list in the primitive arrays {@code Graph.fromEdges} takes: the same
 * edges as its Parquet file, drawn in memory by the same generator.
 */
public record EdgeArrays(int vertices, int[] src, int[] dst, double[] weights) {

  public static EdgeArrays of(GraphCase graph) {
    int edges = Math.toIntExact(graph.edges());
    int[] src = new int[edges];
    int[] dst = new int[edges];
    double[] weights = new double[edges];
    int[] next = {0};
    graph.synthetic().forEachEdge((s, d, w) -> {
      int e = next[0]++;
      src[e] = (int) s;
      dst[e] = (int) d;
      weights[e] = w;
    });
    return new EdgeArrays(Math.toIntExact(graph.vertices()), src, dst, weights);
  }

  public int edgeCount() {
    return src.length;
  }
}
