package org.parquetframe.adapter.reader;

import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/**
 * Rows of one row group, as sorted, disjoint, non-adjacent half-open ranges {@code [from, to)} of
 * row indexes: the rows a scan reads once the page index has excluded pages, or one slice of them.
 * Immutable.
 */
public final class RowRanges {
  private static final RowRanges EMPTY = new RowRanges(new long[0], new long[0]);

  private final long[] from;
  private final long[] to;

  private RowRanges(long[] from, long[] to) {
    this.from = from;
    this.to = to;
  }

  /** The rows {@code [0, rowCount)}. */
  public static RowRanges all(long rowCount) {
    return range(0, rowCount);
  }

  /** The rows {@code [from, to)}; empty when {@code to <= from}. */
  public static RowRanges range(long from, long to) {
    return to <= from ? EMPTY : new RowRanges(new long[] {from}, new long[] {to});
  }

  public static RowRanges empty() {
    return EMPTY;
  }

  /** Collects ranges added in increasing order; touching or overlapping ones are merged. */
  public static final class Builder {
    private long[] from = new long[4];
    private long[] to = new long[4];
    private int size;

    /** Adds {@code [start, end)}; {@code start} must not be below the start of the previous range. */
    public Builder add(long start, long end) {
      if (end <= start) {
        return this;
      }
      if (size > 0 && start < from[size - 1]) {
        throw new IllegalArgumentException("ranges must be added in order: " + start + " after " + from[size - 1]);
      }
      if (size > 0 && start <= to[size - 1]) {
        to[size - 1] = Math.max(to[size - 1], end);
        return this;
      }
      if (size == from.length) {
        from = Arrays.copyOf(from, size * 2);
        to = Arrays.copyOf(to, size * 2);
      }
      from[size] = start;
      to[size] = end;
      size++;
      return this;
    }

    public RowRanges build() {
      return size == 0 ? EMPTY : new RowRanges(Arrays.copyOf(from, size), Arrays.copyOf(to, size));
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The rows in both. */
  public RowRanges intersect(RowRanges other) {
    Builder result = new Builder();
    int i = 0;
    int j = 0;
    while (i < from.length && j < other.from.length) {
      long start = Math.max(from[i], other.from[j]);
      long end = Math.min(to[i], other.to[j]);
      result.add(start, end);
      if (to[i] < other.to[j]) {
        i++;
      } else {
        j++;
      }
    }
    return result.build();
  }

  /** Number of rows. */
  public long rowCount() {
    long rows = 0;
    for (int i = 0; i < from.length; i++) {
      rows += to[i] - from[i];
    }
    return rows;
  }

  public boolean isEmpty() {
    return from.length == 0;
  }

  /** Whether some row of {@code [start, end)} is in these ranges. */
  public boolean overlaps(long start, long end) {
    if (end <= start) {
      return false;
    }
    int i = indexOfRangeEndingAfter(start);
    return i < from.length && from[i] < end;
  }

  /** Whether {@code row} is in these ranges. */
  public boolean contains(long row) {
    return overlaps(row, row + 1);
  }

  /** The first row at or after {@code row} in these ranges, or -1 if there is none. */
  public long firstAtOrAfter(long row) {
    int i = indexOfRangeEndingAfter(row);
    return i == from.length ? -1 : Math.max(row, from[i]);
  }

  /** One past the end of the range holding {@code row}, which must be in these ranges. */
  public long endOfRangeHolding(long row) {
    int i = indexOfRangeEndingAfter(row);
    if (i == from.length || from[i] > row) {
      throw new IllegalArgumentException("row " + row + " is not in " + this);
    }
    return to[i];
  }

  /** The first row, or -1 when empty. */
  public long first() {
    return from.length == 0 ? -1 : from[0];
  }

  /** One past the last row, or -1 when empty. */
  public long end() {
    return from.length == 0 ? -1 : to[to.length - 1];
  }

  /** Index of the first range whose end lies after {@code row} (binary search). */
  private int indexOfRangeEndingAfter(long row) {
    int low = 0;
    int high = to.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (to[middle] <= row) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /**
   * The first {@code rows} rows at or after {@code start} (fewer if the ranges end first), as
   * ranges: how a row group's selected rows are cut into slices.
   */
  public RowRanges take(long start, long rows) {
    Builder result = new Builder();
    long left = rows;
    for (int i = indexOfRangeEndingAfter(start); i < from.length && left > 0; i++) {
      long begin = Math.max(start, from[i]);
      long end = Math.min(to[i], begin + left);
      result.add(begin, end);
      left -= end - begin;
    }
    return result.build();
  }

  /** The row indexes in increasing order, as parquet-column's synchronizing reader takes them. */
  public PrimitiveIterator.OfLong iterator() {
    return new PrimitiveIterator.OfLong() {
      private int range;
      private long next = from.length == 0 ? 0 : from[0];

      @Override
      public boolean hasNext() {
        return range < from.length;
      }

      @Override
      public long nextLong() {
        if (range >= from.length) {
          throw new NoSuchElementException();
        }
        long row = next++;
        if (next == to[range] && ++range < from.length) {
          next = from[range];
        }
        return row;
      }
    };
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RowRanges ranges && Arrays.equals(from, ranges.from) && Arrays.equals(to, ranges.to);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(from) + Arrays.hashCode(to);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < from.length; i++) {
      text.append(i == 0 ? "" : ", ").append(from[i]).append("..").append(to[i] - 1);
    }
    return text.append(']').toString();
  }
}
