package org.parquetframe.functions;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * A graph function's output rows as a list that makes each row when it is read, from the kernel's
 * arrays. A million-vertex result then costs no million rows in memory at once: a top-k over it
 * keeps k, and an aggregate keeps none.
 */
public final class ResultRows {
  private ResultRows() {}

  /** {@code count} rows; row {@code i} is {@code row.apply(i)}, made anew at every read. */
  public static List<Object[]> of(int count, IntFunction<Object[]> row) {
    return new Lazy(count, row);
  }

  private static final class Lazy extends AbstractList<Object[]> implements RandomAccess {
    private final int count;
    private final IntFunction<Object[]> row;

    Lazy(int count, IntFunction<Object[]> row) {
      this.count = count;
      this.row = row;
    }

    @Override
    public Object[] get(int index) {
      return row.apply(index);
    }

    @Override
    public int size() {
      return count;
    }
  }
}
