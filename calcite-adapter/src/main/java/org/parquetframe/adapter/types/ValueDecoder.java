package org.parquetframe.adapter.types;

import org.apache.parquet.column.ColumnReader;

/** Reads the current (non-null) value of a column reader as the Java object Calcite expects for the column's SQL type. */
@FunctionalInterface
public interface ValueDecoder {
  Object decode(ColumnReader reader);
}
