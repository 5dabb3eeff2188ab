package org.parquetframe.adapter.vector;

import java.util.function.IntToLongFunction;
import java.util.function.LongUnaryOperator;
import java.util.function.ToLongFunction;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.io.api.Binary;

/** Values that are {@code Long} at run time (BIGINT, TIMESTAMP), kept in a {@code long[]}. */
public final class LongValues extends VectorConverter {
  private final IntToLongFunction fromInt;
  private final LongUnaryOperator fromLong;
  private final ToLongFunction<Binary> fromBinary;
  private long[] values;
  private Dictionary dictionary;

  private LongValues(IntToLongFunction fromInt, LongUnaryOperator fromLong, ToLongFunction<Binary> fromBinary) {
    this.fromInt = fromInt;
    this.fromLong = fromLong;
    this.fromBinary = fromBinary;
  }

  /** From INT64 values, through {@code convert} (null: as they are). */
  public static LongValues ofLongs(LongUnaryOperator convert) {
    return new LongValues(null, convert, null);
  }

  public static LongValues ofInts(IntToLongFunction convert) {
    return new LongValues(convert, null, null);
  }

  public static LongValues ofBinaries(ToLongFunction<Binary> convert) {
    return new LongValues(null, null, convert);
  }

  @Override
  protected void allocate(int capacity) {
    values = new long[capacity];
  }

  @Override
  protected ColumnVector vector(boolean[] nulls) {
    return new Vector(values, nulls);
  }

  @Override
  public void addLong(long value) {
    values[size++] = fromLong == null ? value : fromLong.applyAsLong(value);
  }

  @Override
  public void addInt(int value) {
    values[size++] = fromInt.applyAsLong(value);
  }

  @Override
  public void addBinary(Binary value) {
    values[size++] = fromBinary.applyAsLong(value);
  }

  @Override
  public void addValueFromDictionary(int id) {
    if (fromInt != null) {
      addInt(dictionary.decodeToInt(id));
    } else if (fromBinary != null) {
      addBinary(dictionary.decodeToBinary(id));
    } else {
      addLong(dictionary.decodeToLong(id));
    }
  }

  @Override
  protected void useDictionary(Dictionary entries) {
    dictionary = entries; // parquet-column decoded it into an array already: look values up per row
  }

  /** The values of one batch. */
  static final class Vector extends ColumnVector {
    private final long[] values;

    Vector(long[] values, boolean[] nulls) {
      super(nulls);
      this.values = values;
    }

    @Override
    protected Object value(int row) {
      return values[row];
    }
  }
}
