package org.parquetframe.benchmarks.scan;

/**
 * How a generated {@link WideRows} table is cut: how many rows, how many rows per row group, and
 * whether the Hive-partitioned copy is written too. Row groups end on a row count rather than on
 * bytes so that a layout (125 row groups, or exactly one) is the same whatever the compression.
 *
 * @param rows rows of the table
 * @param rowGroupRows rows per row group (the last one may hold fewer)
 * @param partitioned whether {@code parts/grp=K/} is written beside the single file
 */
record WideTableLayout(long rows, int rowGroupRows, boolean partitioned) {
  /** 125 row groups for 10M rows, the layout the DuckDB comparison in docs/benchmarks.md was measured on. */
  static final int DEFAULT_ROW_GROUP_ROWS = 80_000;

  WideTableLayout {
    if (rows <= 0) {
      throw new IllegalArgumentException("a table needs at least one row, got rows=" + rows);
    }
    if (rowGroupRows <= 0) {
      throw new IllegalArgumentException("row groups need at least one row, got rowGroupRows=" + rowGroupRows);
    }
  }

  /** {@code rows} rows in row groups of {@value #DEFAULT_ROW_GROUP_ROWS}. */
  static WideTableLayout of(long rows, boolean partitioned) {
    return new WideTableLayout(rows, DEFAULT_ROW_GROUP_ROWS, partitioned);
  }

  /** All {@code rows} rows in a single row group, no partitioned copy. */
  static WideTableLayout oneRowGroup(long rows) {
    if (rows > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("one row group holds at most " + Integer.MAX_VALUE + " rows, got " + rows);
    }
    return new WideTableLayout(rows, (int) rows, false);
  }

  /** Row groups of the single file. */
  long rowGroups() {
    return (rows + rowGroupRows - 1) / rowGroupRows;
  }

  /** What a marker file records of a written table; a table is reused only if this matches. */
  String marker() {
    return "rows=" + rows + " rowGroupRows=" + rowGroupRows + " version=2";
  }
}
