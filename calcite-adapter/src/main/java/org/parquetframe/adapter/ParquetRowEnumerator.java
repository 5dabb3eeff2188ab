package org.parquetframe.adapter;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.linq4j.Enumerator;
import org.parquetframe.adapter.scan.BatchScan;
import org.parquetframe.adapter.vector.Batch;
import org.parquetframe.adapter.vector.ColumnVector;

/**
 * The rows of a table scan for Calcite, taken from the scan's columnar batches: a single column's
 * rows are its bare values (Calcite's scalar row format), others are {@code Object[]}. Values are
 * boxed here, as rows are emitted. Every read error reaches JDBC as an SQLException naming the file
 * (docs/adr/0006-files-changing-underneath.md); closing stops the scan's work and closes its files.
 */
final class ParquetRowEnumerator implements Enumerator<Object> {
  private static final int CANCEL_CHECK_INTERVAL = 4096;
  private static final Object[] NO_COLUMNS = new Object[0];

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
      throw asSqlException(e);
    }
  }

  private Object[] row() {
    if (width == 0) {
      return NO_COLUMNS;
    }
    ColumnVector[] columns = batch.columns();
    Object[] values = new Object[width];
    for (int i = 0; i < width; i++) {
      values[i] = columns[i].get(row);
    }
    return values;
  }

  /**
   * Avatica passes the unchecked exceptions of {@code ResultSet.next()} to the client as they are,
   * so an unreadable file would reach a JDBC client as a bare RuntimeException. JDBC promises an
   * SQLException, which {@link Enumerator#moveNext} cannot declare: it is thrown unchecked.
   */
  private static RuntimeException asSqlException(RuntimeException e) {
    throw ParquetRowEnumerator.<RuntimeException>throwUnchecked(new SQLException(e.getMessage(), e));
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E throwUnchecked(Throwable e) throws E {
    throw (E) e;
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
