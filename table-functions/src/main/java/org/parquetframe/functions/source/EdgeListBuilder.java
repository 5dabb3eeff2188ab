package org.parquetframe.functions.source;

import java.util.Arrays;
import org.parquetframe.adapter.limits.MemoryLimit;
import org.parquetframe.kernels.graph.LongVertexDictionary;
import org.parquetframe.kernels.graph.StringVertexDictionary;

/**
 * Builds an {@link EdgeList} edge by edge, giving vertices dense indexes in order of first
 * appearance (source before target) and checking each weight: NULL, NaN and negative weights are
 * errors that name the column.
 */
final class EdgeListBuilder {
  private final VertexIds vertices;
  private final LongVertexDictionary longIds;
  private final StringVertexDictionary stringIds;
  private final String weightColumn;
  private final MemoryLimit memoryLimit;
  private final String sourceName;
  private int[] src = new int[1024];
  private int[] dst = new int[1024];
  private double[] weights;
  private int count;

  EdgeListBuilder(VertexIds vertices, String weightColumn, MemoryLimit memoryLimit, String source) {
    this.vertices = vertices;
    this.memoryLimit = memoryLimit;
    this.sourceName = source;
    this.longIds = vertices.dictionary() instanceof LongVertexDictionary d ? d : null;
    this.stringIds = vertices.dictionary() instanceof StringVertexDictionary d ? d : null;
    this.weightColumn = weightColumn;
    this.weights = weightColumn == null ? null : new double[1024];
  }

  /** Adds an edge with integer ids and a checked weight (ignored when unweighted). */
  void add(long source, long target, double weight) {
    add(longIds.intern(source), longIds.intern(target), weight);
  }

  /** Adds an edge with VARCHAR ids and a checked weight (ignored when unweighted). */
  void add(String source, String target, double weight) {
    add(stringIds.intern(source), stringIds.intern(target), weight);
  }

  /** Adds an edge given as SQL values; an edge with a NULL endpoint is skipped. */
  void addValues(Object source, Object target, Object weight) {
    if (source == null || target == null) {
      return;
    }
    double w = weightColumn == null ? 1.0 : weight(weight);
    if (longIds != null) {
      add(((Number) source).longValue(), ((Number) target).longValue(), w);
    } else {
      add(source.toString(), target.toString(), w);
    }
  }

  private double weight(Object value) {
    if (value == null) {
      throw nullWeight(weightColumn);
    }
    return checkedWeight(weightColumn, ((Number) value).doubleValue());
  }

  static IllegalArgumentException nullWeight(String column) {
    return new IllegalArgumentException("weight column '" + column + "' holds a NULL weight; "
        + "give every edge a weight, or filter such edges out with a query as the edge source");
  }

  /** The weight if it is finite and non-negative; else an error naming the column and the value. */
  static double checkedWeight(String column, double weight) {
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight column '" + column + "' holds the weight " + weight
          + "; weights must be finite and non-negative");
    }
    return weight;
  }

  private void add(int source, int target, double weight) {
    if (count == src.length) {
      int capacity = Math.max(16, (int) Math.min(Integer.MAX_VALUE - 8L, count * 2L));
      GraphMemory.check(memoryLimit, sourceName, capacity, weights != null, false);
      src = Arrays.copyOf(src, capacity);
      dst = Arrays.copyOf(dst, capacity);
      if (weights != null) {
        weights = Arrays.copyOf(weights, capacity);
      }
    }
    src[count] = source;
    dst[count] = target;
    if (weights != null) {
      weights[count] = weight;
    }
    count++;
  }

  EdgeList build() {
    return new EdgeList(vertices, src, dst, weights, count);
  }
}
