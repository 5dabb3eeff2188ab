package org.parquetframe.adapter.vector;

import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.LongFunction;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.io.api.Binary;

/**
 * Values that are objects at run time: text, DECIMAL, binary, unsigned 64-bit integers, and the
 * rare types kept boxed (FLOAT16, INT96). A dictionary entry is converted when first used and kept,
 * so that rows of a dictionary-encoded text column share their {@code String}s.
 */
public final class ObjectValues extends VectorConverter {
  private final IntFunction<Object> fromInt;
  private final LongFunction<Object> fromLong;
  private final Function<Binary, Object> fromBinary;
  private Object[] values;
  private Dictionary dictionary;
  /** Entries of the dictionary converted so far, each when first used; null where not yet. */
  private Object[] converted;

  private ObjectValues(IntFunction<Object> fromInt, LongFunction<Object> fromLong, Function<Binary, Object> fromBinary) {
    this.fromInt = fromInt;
    this.fromLong = fromLong;
    this.fromBinary = fromBinary;
  }

  public static ObjectValues ofInts(IntFunction<Object> convert) {
    return new ObjectValues(convert, null, null);
  }

  public static ObjectValues ofLongs(LongFunction<Object> convert) {
    return new ObjectValues(null, convert, null);
  }

  public static ObjectValues ofBinaries(Function<Binary, Object> convert) {
    return new ObjectValues(null, null, convert);
  }

  @Override
  protected void allocate(int capacity) {
    values = new Object[capacity];
  }

  @Override
  public void appendNull() {
    values[size++] = null;
  }

  @Override
  protected ColumnVector vector(boolean[] nulls) {
    return new ObjectVector(values);
  }

  @Override
  public void addInt(int value) {
    values[size++] = fromInt.apply(value);
  }

  @Override
  public void addLong(long value) {
    values[size++] = fromLong.apply(value);
  }

  @Override
  public void addBinary(Binary value) {
    values[size++] = fromBinary.apply(value);
  }

  @Override
  public void addValueFromDictionary(int id) {
    Object value = converted[id];
    if (value == null) {
      value = convert(id);
      converted[id] = value;
    }
    values[size++] = value;
  }

  private Object convert(int id) {
    if (fromInt != null) {
      return fromInt.apply(dictionary.decodeToInt(id));
    }
    if (fromLong != null) {
      return fromLong.apply(dictionary.decodeToLong(id));
    }
    return fromBinary.apply(dictionary.decodeToBinary(id));
  }

  @Override
  protected void useDictionary(Dictionary entries) {
    dictionary = entries;
    converted = new Object[entries.getMaxId() + 1];
  }
}
