package org.parquetframe.adapter.vector;

import java.util.function.IntUnaryOperator;
import java.util.function.LongToIntFunction;
import org.apache.parquet.column.Dictionary;

/**
 * Values that are {@code Integer}, {@code Short} or {@code Byte} at run time (INTEGER, DATE, TIME,
 * SMALLINT, TINYINT), kept in an {@code int[]} and boxed to the type's class when emitted.
 */
public final class IntValues extends VectorConverter {
  /** The runtime class of the values. */
  public enum Boxing { INTEGER, SHORT, BYTE }

  private final Boxing boxing;
  private final IntUnaryOperator fromInt;
  private final LongToIntFunction fromLong;
  private int[] values;
  private Dictionary dictionary;

  private IntValues(Boxing boxing, IntUnaryOperator fromInt, LongToIntFunction fromLong) {
    this.boxing = boxing;
    this.fromInt = fromInt;
    this.fromLong = fromLong;
  }

  /** From INT32 values, through {@code convert} (null: as they are). */
  public static IntValues ofInts(Boxing boxing, IntUnaryOperator convert) {
    return new IntValues(boxing, convert, null);
  }

  public static IntValues ofLongs(LongToIntFunction convert) {
    return new IntValues(Boxing.INTEGER, null, convert);
  }

  @Override
  protected void allocate(int capacity) {
    values = new int[capacity];
  }

  @Override
  protected ColumnVector vector(boolean[] nulls) {
    return new Vector(values, nulls, boxing);
  }

  @Override
  public void addInt(int value) {
    values[size++] = fromInt == null ? value : fromInt.applyAsInt(value);
  }

  @Override
  public void addLong(long value) {
    values[size++] = fromLong.applyAsInt(value);
  }

  @Override
  public void addValueFromDictionary(int id) {
    if (fromLong != null) {
      addLong(dictionary.decodeToLong(id));
    } else {
      addInt(dictionary.decodeToInt(id));
    }
  }

  @Override
  protected void useDictionary(Dictionary entries) {
    dictionary = entries; // parquet-column decoded it into an array already: look values up per row
  }

  /** The values of one batch. */
  static final class Vector extends ColumnVector {
    private final int[] values;
    private final Boxing boxing;

    Vector(int[] values, boolean[] nulls, Boxing boxing) {
      super(nulls);
      this.values = values;
      this.boxing = boxing;
    }

    @Override
    protected Object value(int row) {
      int value = values[row];
      return switch (boxing) {
        case INTEGER -> value;
        case SHORT -> (short) value;
        case BYTE -> (byte) value;
      };
    }
  }
}
