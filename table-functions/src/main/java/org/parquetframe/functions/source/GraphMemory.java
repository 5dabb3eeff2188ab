package org.parquetframe.functions.source;

import org.parquetframe.adapter.limits.MemoryLimit;

/**
 * Memory a graph takes while it is read and built, per edge. An estimate for failing fast, not an
 * exact account (docs/benchmarks.md has measured figures).
 *
 * <ul>
 *   <li>From Parquet files, read twice and never held whole: both CSR directions (8 bytes, plus 16
 *       for weights), their offsets and the vertex dictionary (up to 24, with as many vertices as
 *       edges); a slice's buffers and a row group's column chunks come on top, a few megabytes.
 *   <li>From a query, whose rows are read once: the dense edge list as it grows (8 bytes, plus 8,
 *       and as much again while it doubles), both CSRs and the dictionary as above.
 * </ul>
 */
final class GraphMemory {
  private static final long FILE_BYTES_PER_EDGE = 32;
  private static final long FILE_WEIGHTED_BYTES_PER_EDGE = 48;
  private static final long QUERY_BYTES_PER_EDGE = 56;
  private static final long QUERY_WEIGHTED_BYTES_PER_EDGE = 88;
  private static final int MIN_DIRECT_ID_SLOTS = 1 << 12;
  private static final int MAX_DIRECT_ID_SLOTS = 1 << 30;

  private GraphMemory() {}

  static long bytesFor(long edges, boolean weighted, boolean fromFiles) {
    long perEdge = fromFiles ? (weighted ? FILE_WEIGHTED_BYTES_PER_EDGE : FILE_BYTES_PER_EDGE)
        : (weighted ? QUERY_WEIGHTED_BYTES_PER_EDGE : QUERY_BYTES_PER_EDGE);
    return edges * perEdge;
  }

  /** Fails when a graph of {@code edges} rows read from files ({@code fromFiles}) or a query would pass the limit. */
  static void check(MemoryLimit limit, String source, long edges, boolean weighted, boolean fromFiles) {
    limit.check("The graph of '" + source + "' (" + edges + " edges)", bytesFor(edges, weighted, fromFiles),
        "filter the edges with a query as the edge source, or raise memory_limit and the JVM heap (-Xmx)");
  }

  /**
   * How many ids a direct vertex table may span for {@code rows} edge rows: twice the rows, so
   * that the table (4 bytes a slot) never takes more than the CSRs' 8 bytes per edge.
   */
  static int directIdSlots(long rows) {
    return (int) Math.min(MAX_DIRECT_ID_SLOTS, Math.max(MIN_DIRECT_ID_SLOTS, 2 * rows));
  }
}
