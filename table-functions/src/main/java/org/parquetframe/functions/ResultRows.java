package org.parquetframe.functions;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.IntFunction;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;
import org.parquetframe.adapter.planner.TopRowsSource;

/**
 * A graph function's output rows as a list that makes each row when it is read, from the kernel's
 * arrays: a million-vertex result costs no million rows in memory at once. Given the column's
 * values as a {@code double[]}, it also answers {@code ORDER BY that column LIMIT k} from the
 * array ({@link TopRowsSource}) without making the rows it leaves out.
 */
public final class ResultRows extends AbstractList<Object[]> implements RandomAccess {
  /** Above this many rows kept (offset + fetch), sorting all rows is left to Calcite. */
  private static final int MAX_TOP_ROWS = 1 << 16;

  private final int count;
  private final IntFunction<Object[]> row;
  private final int keyField;
  private final double[] keys;

  private ResultRows(int count, IntFunction<Object[]> row, int keyField, double[] keys) {
    this.count = count;
    this.row = row;
    this.keyField = keyField;
    this.keys = keys;
  }

  /** {@code count} rows; row {@code i} is {@code row.apply(i)}, made anew at every read. */
  public static ResultRows of(int count, IntFunction<Object[]> row) {
    return new ResultRows(count, row, -1, null);
  }

  /** The same rows, which know that column {@code field} of row {@code i} is {@code keys[i]} (never NULL). */
  public ResultRows sortableBy(int field, double[] keys) {
    return new ResultRows(count, row, field, keys);
  }

  @Override
  public Object[] get(int index) {
    return row.apply(index);
  }

  @Override
  public int size() {
    return count;
  }

  /** The rows for Calcite, able to give their top rows by the sortable column. */
  public Enumerable<Object[]> enumerable() {
    return new Rows();
  }

  private final class Rows extends AbstractEnumerable<Object[]> implements TopRowsSource {
    @Override
    public Enumerator<Object[]> enumerator() {
      return Linq4j.enumerator(ResultRows.this);
    }

    @Override
    public Enumerable<Object[]> topRows(int field, boolean descending, boolean nullsFirst, int offset, int fetch) {
      long needed = (long) offset + fetch;
      if (field != keyField || keys == null || needed > MAX_TOP_ROWS || offset < 0 || fetch < 0) {
        return null;
      }
      int[] top = topIndexes((int) Math.min(needed, count), descending);
      List<Object[]> rows = new ArrayList<>(Math.max(0, top.length - offset));
      for (int i = offset; i < top.length; i++) {
        rows.add(row.apply(top[i]));
      }
      return Linq4j.asEnumerable(rows);
    }
  }

  /**
   * The indexes of the first {@code needed} rows in key order ({@code Double.compare}, reversed
   * when descending; equal keys by index, as a stable sort keeps them), best first. A heap of
   * {@code needed} indexes whose root is the worst kept.
   */
  int[] topIndexes(int needed, boolean descending) {
    int[] heap = new int[needed];
    int size = 0;
    for (int i = 0; i < count && needed > 0; i++) {
      if (size < needed) {
        heap[size] = i;
        siftUp(heap, size++, descending);
      } else if (mayBeBefore(keys[i], keys[heap[0]], descending) && before(i, heap[0], descending)) {
        heap[0] = i;
        siftDown(heap, size, descending);
      }
    }
    int[] sorted = new int[size];
    for (int end = size - 1; end >= 0; end--) { // take the worst out, last place first
      sorted[end] = heap[0];
      heap[0] = heap[end];
      siftDown(heap, end, descending);
    }
    return sorted;
  }

  /**
   * False when a key plainly comes after the worst kept, as almost every key of a long input does:
   * one primitive comparison, without {@code Double.compare}'s care for NaN and -0.0, which only
   * keys that compare false here (equal, NaN) need.
   */
  private static boolean mayBeBefore(double key, double worst, boolean descending) {
    return descending ? !(key < worst) : !(key > worst);
  }

  /** Whether row {@code a} comes before row {@code b} in the order. */
  private boolean before(int a, int b, boolean descending) {
    int compared = Double.compare(keys[a], keys[b]);
    return (descending ? -compared : compared) < 0 || compared == 0 && a < b;
  }

  private void siftUp(int[] heap, int at, boolean descending) {
    while (at > 0) {
      int parent = (at - 1) / 2;
      if (!before(heap[parent], heap[at], descending)) {
        return;
      }
      swap(heap, parent, at);
      at = parent;
    }
  }

  private void siftDown(int[] heap, int size, boolean descending) {
    int at = 0;
    while (true) {
      int worst = at;
      for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
        if (before(heap[worst], heap[child], descending)) {
          worst = child;
        }
      }
      if (worst == at) {
        return;
      }
      swap(heap, at, worst);
      at = worst;
    }
  }

  private static void swap(int[] heap, int a, int b) {
    int t = heap[a];
    heap[a] = heap[b];
    heap[b] = t;
  }
}
