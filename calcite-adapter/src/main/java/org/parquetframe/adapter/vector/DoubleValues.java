package org.parquetframe.adapter.vector;

import org.apache.parquet.column.Dictionary;

/** DOUBLE values, kept in a {@code double[]}. */
public final class DoubleValues extends VectorConverter {
  private double[] values;
  private Dictionary dictionary;

  @Override
  protected void allocate(int capacity) {
    values = new double[capacity];
  }

  @Override
  protected ColumnVector vector(boolean[] nulls) {
    return new Vector(values, nulls);
  }

  @Override
  public void addDouble(double value) {
    values[size++] = value;
  }

  @Override
  public void addValueFromDictionary(int id) {
    values[size++] = dictionary.decodeToDouble(id);
  }

  @Override
  protected void useDictionary(Dictionary entries) {
    dictionary = entries; // parquet-column decoded it into an array already
  }

  /** The values of one batch. */
  static final class Vector extends ColumnVector {
    private final double[] values;

    Vector(double[] values, boolean[] nulls) {
      super(nulls);
      this.values = values;
    }

    @Override
    protected Object value(int row) {
      return values[row];
    }
  }
}
