package org.parquetframe.adapter.vector;

/** Values that are objects at run time (text, decimals, binary); NULL is a null element. */
public final class ObjectVector extends ColumnVector {
  private final Object[] values;

  public ObjectVector(Object[] values) {
    super(null);
    this.values = values;
  }

  @Override
  protected Object value(int row) {
    return values[row];
  }
}
