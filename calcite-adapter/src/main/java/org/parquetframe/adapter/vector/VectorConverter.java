package org.parquetframe.adapter.vector;

import org.apache.parquet.column.Dictionary;
import org.apache.parquet.io.api.PrimitiveConverter;

/**
 * Receives one column's values from parquet-column's reader and appends them to the vector of the
 * current batch. For dictionary-encoded pages it receives dictionary ids and looks the values up in
 * the chunk's dictionary, converting an entry to an object (text, DECIMAL) once, not once per row.
 */
public abstract class VectorConverter extends PrimitiveConverter {
  private boolean[] nulls;
  /** Values appended to the current batch so far. */
  protected int size;
  private int capacity;

  /** Starts a batch of at most {@code capacity} values. */
  public final void start(int capacity) {
    this.capacity = capacity;
    this.size = 0;
    this.nulls = null;
    allocate(capacity);
  }

  public void appendNull() {
    if (nulls == null) {
      nulls = new boolean[capacity];
    }
    nulls[size++] = true;
  }

  /** The current batch's vector; the converter needs {@link #start} again before more values. */
  public final ColumnVector finish() {
    ColumnVector vector = vector(nulls);
    nulls = null;
    return vector;
  }

  /** Allocates the arrays of a batch of {@code capacity} values. */
  protected abstract void allocate(int capacity);

  /** The vector over the arrays filled since {@link #start}. */
  protected abstract ColumnVector vector(boolean[] nulls);

  /** Takes the chunk's dictionary, which the ids of dictionary-encoded pages refer to. */
  protected abstract void useDictionary(Dictionary dictionary);

  @Override
  public boolean hasDictionarySupport() {
    return true;
  }

  @Override
  public final void setDictionary(Dictionary dictionary) {
    useDictionary(dictionary);
  }
}
