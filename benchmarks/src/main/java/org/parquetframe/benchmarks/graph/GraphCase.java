package org.parquetframe.benchmarks.graph;

import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.parquetframe.cli.GraphModel;
import org.parquetframe.cli.SyntheticGraph;

/**
 * One generated graph of a benchmark: its model, edge count and seed. The vertex count follows
 * from them (ten edges per vertex, like the 1M-vertex/10M-edge reference graph; a power of two
 * for R-MAT, as Graph500 scales are), and so does its Parquet file name.
 */
public record GraphCase(GraphModel model, long edges, long seed) {

  public GraphCase {
    if (edges < 1) {
      throw new IllegalArgumentException("a benchmark graph needs at least one edge, not " + edges);
    }
  }

  public long vertices() {
    long uniform = Math.max(1, edges / 10);
    return model == GraphModel.RMAT ? Long.highestOneBit(Math.max(2, uniform)) : uniform;
  }

  /**
   * The table name of the file, e.g. {@code rmat_e1000000_s42}: letters, digits and underscores
   * only, so that SQL can name it unquoted (a negative seed is written {@code sm7}).
   */
  public String tableName() {
    return model.cliName() + "_e" + edges + "_s" + Long.toString(seed).replace('-', 'm');
  }

  public String fileName() {
    return tableName() + ".parquet";
  }

  /** The generator behind the file, to draw the same edges in memory. */
  public SyntheticGraph synthetic() {
    return new SyntheticGraph(vertices(), edges, seed, SyntheticGraph.DEFAULT_ROW_GROUP_ROWS,
        CompressionCodecName.SNAPPY, model);
  }

  /** The {@code generate-graph} arguments that write this graph to {@code file}. */
  public String[] generateGraphArguments(String file) {
    return new String[] {"generate-graph", file, "--vertices", Long.toString(vertices()), "--edges",
        Long.toString(edges), "--seed", Long.toString(seed), "--model", model.cliName()};
  }

  /**
   * Where the single-source kernels start and which vertex {@code shortest_path} looks for: the
   * source of the first edge (so the start has an out-edge, which a low vertex id of an R-MAT graph
   * need not have) and the target of the last one (anywhere in the graph).
   */
  public Endpoints endpoints() {
    long[] ends = {-1, -1};
    synthetic().forEachEdge((src, dst, weight) -> {
      if (ends[0] < 0) {
        ends[0] = src;
      }
      ends[1] = dst;
    });
    return new Endpoints(ends[0], ends[1]);
  }

  /** Start and target vertex ids of the single-source kernels. */
  public record Endpoints(long start, long target) {}
}
