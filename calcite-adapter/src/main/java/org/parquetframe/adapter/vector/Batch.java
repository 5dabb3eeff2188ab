package org.parquetframe.adapter.vector;

/**
 * Consecutive rows of a scan, column by column: the unit in which row groups are decoded (on the
 * scan's threads) and handed to the query's thread, which emits them row by row.
 */
public record Batch(int rowCount, ColumnVector[] columns) {}
