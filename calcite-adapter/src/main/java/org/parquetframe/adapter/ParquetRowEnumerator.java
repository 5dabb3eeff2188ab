package org.parquetframe.adapter;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.runtime.FlatLists;
import org.parquetframe.adapter.scan.BatchScan;
import org.parquetframe.adapter.vector.Batch;
import org.parquetframe.adapter.vector.ColumnVector;

/**
 * The rows of a table scan for Calcite, taken from the scan's columnar batches: a single column's
 * rows are its bare values (Calcite's scalar row format), no column's are empty lists, others are
 * {@code Object[]}. Values are
 * boxed here, as rows are emitted. Every read error reaches JDBC as an SQLException naming the file
 * (docs/adr/0006-files-changing-underneath.md); closing stops the scan's work and closes its files.
 */
final class ParquetRowEnumerator implements Enumerator<Object> {
  private static final int CANCEL_CHECK_INTERVAL = 4096;

  private final BatchScan scan;
  private final int width;
  private final AtomicBoolean cancelled;
  private Batch batch;
  private int row;
  private long rowsEmitted;
  private Object current;

  ParquetRowEnumerator(BatchScan scan, int width, AtomicBoolean cancelled) {
    this.scan = scan;
    this.width = width;
    this.cancelled = cancelled;
  }

  @Override
  public Object current() {
    return current;
  }

  @Override
  public boolean moveNext() {
    try {
      if (batch != null && row + 1 < batch.rowCount()) {
        row++;
      } else {
        batch = scan.next();
        row = 0;
        if (batch == null) {
          current = null;
          return false;
        }
      }
      if (++rowsEmitted % CANCEL_CHECK_INTERVAL == 0 && cancelled.get()) {
        throw new IllegalStateException("Query was cancelled");
      }
      current = width == 1 ? batch.columns()[0].get(row) : row();
      return true;
    } catch (RuntimeException e) {
      scan.close();
      throw JdbcErrors.asSqlException(e);
    }
  }

  private Object row() {
    if (width == 0) {
      return FlatLists.COMPARABLE_EMPTY_LIST; // a scan of no column has Calcite's LIST row format
    }
    ColumnVector[] columns = batch.columns();
    Object[] values = new Object[width];
    for (int i = 0; i < width; i++) {
      values[i] = columns[i].get(row);
    }
    return values;
  }

  @Override
  public void reset() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void close() {
    scan.close();
  }
}
