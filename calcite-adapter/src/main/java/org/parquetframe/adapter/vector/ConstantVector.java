package org.parquetframe.adapter.vector;

/** The same value in every row: a partition key, or NULL for a column a file lacks. */
public final class ConstantVector extends ColumnVector {
  private final Object value;

  public ConstantVector(Object value) {
    super(null);
    this.value = value;
  }

  @Override
  protected Object value(int row) {
    return value;
  }
}
