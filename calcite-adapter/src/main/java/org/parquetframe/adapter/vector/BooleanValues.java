package org.parquetframe.adapter.vector;

import org.apache.parquet.column.Dictionary;

/** BOOLEAN values, kept in a {@code boolean[]} (Parquet has no dictionary for booleans). */
public final class BooleanValues extends VectorConverter {
  private boolean[] values;

  @Override
  protected void allocate(int capacity) {
    values = new boolean[capacity];
  }

  @Override
  protected ColumnVector vector(boolean[] nulls) {
    return new Vector(values, nulls);
  }

  @Override
  public void addBoolean(boolean value) {
    values[size++] = value;
  }

  @Override
  public boolean hasDictionarySupport() {
    return false;
  }

  @Override
  protected void useDictionary(Dictionary entries) {
    throw new UnsupportedOperationException("boolean columns have no dictionary");
  }

  /** The values of one batch. */
  static final class Vector extends ColumnVector {
    private final boolean[] values;

    Vector(boolean[] values, boolean[] nulls) {
      super(nulls);
      this.values = values;
    }

    @Override
    protected Object value(int row) {
      return values[row];
    }
  }
}
