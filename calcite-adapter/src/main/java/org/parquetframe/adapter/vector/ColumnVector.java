package org.parquetframe.adapter.vector;

/**
 * One column's values for the rows of a {@link Batch}: a primitive array for fixed-width types, an
 * object array where the runtime value is an object, and NULL flags. {@link #get} boxes a value
 * into Calcite's runtime representation of the column's SQL type only when a row is emitted.
 */
public abstract class ColumnVector {
  /** Which rows are NULL; null when none is. */
  private final boolean[] nulls;

  protected ColumnVector(boolean[] nulls) {
    this.nulls = nulls;
  }

  public final boolean isNull(int row) {
    return nulls != null && nulls[row];
  }

  /** The value of {@code row} as Calcite expects it for the column's SQL type, or null. */
  public final Object get(int row) {
    return isNull(row) ? null : value(row);
  }

  /** The value of a row that is not NULL. */
  protected abstract Object value(int row);
}
