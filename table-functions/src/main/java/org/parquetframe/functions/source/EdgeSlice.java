package org.parquetframe.functions.source;

import java.util.Arrays;
import org.parquetframe.kernels.graph.LongVertexDictionary;
import org.parquetframe.kernels.graph.StringVertexDictionary;

/**
 * Buffers for a slice of edge rows as they go from the file to the graph builder: the raw ids of
 * each side (integers or strings) with their NULL flags, the weights, and the dense vertex indexes
 * of the rows kept (both endpoints present), in row order. Reused from slice to slice, so that the
 * memory a load needs beyond the graph stays a few megabytes whatever the table's size.
 */
final class EdgeSlice {
  /** Rows per slice: large enough that handing columns to threads pays, small enough to stay in cache-sized buffers. */
  static final int ROWS = 1 << 16;
  static final int SOURCE = 0;
  static final int TARGET = 1;

  private final LongVertexDictionary longIds;
  private final StringVertexDictionary stringIds;
  private final long[][] longs;
  private final long[] endpoints; // integer ids of the rows kept, source then target, row by row
  private final int[] endpointIndexes;
  private final String[][] strings;
  private final boolean[][] nulls = new boolean[2][ROWS];
  private final int[][] dense = new int[2][ROWS];
  private final boolean[] weightNulls;
  private final double[] weights;
  private int rows;
  private int kept;
  private long edges;
  private long fingerprint;

  EdgeSlice(VertexIds vertices, boolean weighted) {
    this.longIds = vertices.dictionary() instanceof LongVertexDictionary d ? d : null;
    this.stringIds = vertices.dictionary() instanceof StringVertexDictionary d ? d : null;
    this.longs = longIds == null ? null : new long[2][ROWS];
    this.endpoints = longIds == null ? null : new long[2 * ROWS];
    this.endpointIndexes = longIds == null ? null : new int[2 * ROWS];
    this.strings = longIds == null ? new String[2][ROWS] : null;
    this.weights = weighted ? new double[ROWS] : null;
    this.weightNulls = weighted ? new boolean[ROWS] : null;
  }

  /** Starts a pass over the edges: no edges kept, an empty fingerprint. */
  void startPass() {
    edges = 0;
    fingerprint = 0;
  }

  /** Starts a slice of {@code rows} rows. */
  void reset(int rows) {
    this.rows = rows;
    this.kept = 0;
    Arrays.fill(nulls[SOURCE], 0, rows, false);
    Arrays.fill(nulls[TARGET], 0, rows, false);
    if (weightNulls != null) {
      Arrays.fill(weightNulls, 0, rows, false);
    }
  }

  /** Reads one side's ids; sides are independent, so two threads may read one each. */
  void readIds(int side, EdgeColumn column) {
    if (longs != null) {
      column.readLongs(longs[side], nulls[side], rows);
    } else {
      column.readStrings(strings[side], nulls[side], rows);
    }
  }

  void readWeights(EdgeColumn column) {
    column.readDoubles(weights, weightNulls, rows);
  }

  /**
   * First pass: gives the endpoints of the rows kept their dense indexes, new vertices the next
   * ones in order of first appearance (source before target, row by row), as the numbering
   * must not depend on how rows are split. The caller alone runs this.
   */
  void intern() {
    boolean[] srcNulls = nulls[SOURCE];
    boolean[] dstNulls = nulls[TARGET];
    int[] src = dense[SOURCE];
    int[] dst = dense[TARGET];
    int n = 0;
    if (longs != null) {
      long[] sources = longs[SOURCE];
      long[] targets = longs[TARGET];
      for (int row = 0; row < rows; row++) {
        if (!srcNulls[row] && !dstNulls[row]) {
          endpoints[2 * n] = sources[row];
          endpoints[2 * n + 1] = targets[row];
          n++;
        }
      }
      longIds.internAll(endpoints, 2 * n, endpointIndexes);
      for (int e = 0; e < n; e++) {
        src[e] = endpointIndexes[2 * e];
        dst[e] = endpointIndexes[2 * e + 1];
      }
    } else {
      for (int row = 0; row < rows; row++) {
        if (!srcNulls[row] && !dstNulls[row]) {
          src[n] = stringIds.intern(strings[SOURCE][row]);
          dst[n] = stringIds.intern(strings[TARGET][row]);
          n++;
        }
      }
    }
    kept = n;
    fold(n);
  }

  /**
   * Second pass, one side: the dense index of each present id (-1 for one the first pass did not
   * intern, as in a row whose other endpoint is NULL). Only reads the dictionary, so both sides
   * may run at once.
   */
  void find(int side) {
    if (longs != null) {
      longIds.findAll(longs[side], rows, dense[side]); // NULL rows get an index too, which compact ignores
      return;
    }
    boolean[] absent = nulls[side];
    int[] out = dense[side];
    for (int row = 0; row < rows; row++) {
      if (!absent[row]) {
        out[row] = stringIds.find(strings[side][row]);
      }
    }
  }

  /**
   * Second pass: keeps the rows with both endpoints, with their checked weights, in row order.
   *
   * @throws IllegalArgumentException naming {@code weightColumn} for a NULL, negative or NaN weight
   */
  void compact(String weightColumn) {
    int[] src = dense[SOURCE];
    int[] dst = dense[TARGET];
    int n = 0;
    for (int row = 0; row < rows; row++) {
      if (nulls[SOURCE][row] || nulls[TARGET][row]) {
        continue;
      }
      if (src[row] < 0 || dst[row] < 0) {
        throw new SecondReadDiffers("a vertex id the first read did not see");
      }
      src[n] = src[row];
      dst[n] = dst[row];
      if (weights != null) {
        if (weightNulls[row]) {
          throw EdgeListBuilder.nullWeight(weightColumn);
        }
        weights[n] = EdgeListBuilder.checkedWeight(weightColumn, weights[row]);
      }
      n++;
    }
    kept = n;
    fold(n);
  }

  /** Folds the kept edges into a fingerprint of the pass's whole sequence, to compare the two passes. */
  private void fold(int n) {
    edges += n;
    long h = fingerprint;
    int[] src = dense[SOURCE];
    int[] dst = dense[TARGET];
    for (int e = 0; e < n; e++) {
      h = (h + ((long) src[e] << 32 | (dst[e] & 0xFFFF_FFFFL))) * 0x9E37_79B9_7F4A_7C15L;
      h ^= h >>> 31;
    }
    fingerprint = h;
  }

  int kept() {
    return kept;
  }

  int[] sources() {
    return dense[SOURCE];
  }

  int[] targets() {
    return dense[TARGET];
  }

  double[] weights() {
    return weights;
  }

  /** Edges kept in this pass so far. */
  long edges() {
    return edges;
  }

  /** A digest of every edge kept in this pass so far, in order. */
  long fingerprint() {
    return fingerprint;
  }

  /** The second read of the edges found something the first did not: the file changed in between. */
  static final class SecondReadDiffers extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SecondReadDiffers(String what) {
      super(what);
    }
  }
}
