package org.parquetframe.functions.source;

import org.parquetframe.adapter.limits.MemoryLimit;

/**
 * Memory a graph takes while it is read and built, per edge: the raw endpoints of the row groups
 * (16 bytes, plus 8 for a weight), the dense edge list (8, plus 8), both CSR directions (8, plus
 * 16), and room for the vertex dictionary and array growth. An estimate for failing fast, not an
 * exact account.
 */
final class GraphMemory {
  private static final long UNWEIGHTED_BYTES_PER_EDGE = 56;
  private static final long WEIGHTED_BYTES_PER_EDGE = 88;

  private GraphMemory() {}

  static long bytesFor(long edges, boolean weighted) {
    return edges * (weighted ? WEIGHTED_BYTES_PER_EDGE : UNWEIGHTED_BYTES_PER_EDGE);
  }

  static void check(MemoryLimit limit, String source, long edges, boolean weighted) {
    limit.check("The graph of '" + source + "' (" + edges + " edges)", bytesFor(edges, weighted),
        "filter the edges with a query as the edge source, or raise memory_limit and the JVM heap (-Xmx)");
  }
}
