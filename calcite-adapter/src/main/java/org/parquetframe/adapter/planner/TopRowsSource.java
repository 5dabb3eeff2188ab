package org.parquetframe.adapter.planner;

import org.apache.calcite.linq4j.Enumerable;

/**
 * Rows that can give their own top k by one column without being enumerated, such as a graph
 * function's result over its kernel's arrays. {@link TypedLimitSort} asks the rows it sorts before
 * it enumerates them; the answer must be exactly what sorting all rows would give.
 */
public interface TopRowsSource {

  /**
   * Rows {@code [offset, offset + fetch)} of these rows stably sorted on column {@code field}
   * ({@code Double.compare} order, NULLs first or last; ties keep their enumeration order), or
   * null when this source cannot sort on that column and the caller must sort.
   */
  Enumerable<Object[]> topRows(int field, boolean descending, boolean nullsFirst, int offset, int fetch);
}
