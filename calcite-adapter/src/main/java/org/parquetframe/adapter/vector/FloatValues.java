package org.parquetframe.adapter.vector;

import org.apache.parquet.column.Dictionary;

/** REAL values stored as FLOAT, kept in a {@code float[]}. */
public final class FloatValues extends VectorConverter {
  private float[] values;
  private Dictionary dictionary;

  @Override
  protected void allocate(int capacity) {
    values = new float[capacity];
  }

  @Override
  protected ColumnVector vector(boolean[] nulls) {
    return new Vector(values, nulls);
  }

  @Override
  public void addFloat(float value) {
    values[size++] = value;
  }

  @Override
  public void addValueFromDictionary(int id) {
    values[size++] = dictionary.decodeToFloat(id);
  }

  @Override
  protected void useDictionary(Dictionary entries) {
    dictionary = entries; // parquet-column decoded it into an array already
  }

  /** The values of one batch. */
  static final class Vector extends ColumnVector {
    private final float[] values;

    Vector(float[] values, boolean[] nulls) {
      super(nulls);
      this.values = values;
    }

    @Override
    protected Object value(int row) {
      return values[row];
    }
  }
}
