package org.parquetframe.adapter.answer;

import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.io.api.Binary;

/**
 * One statistics bound seen as the current value of a column reader, so that the scan's own
 * decoder ({@code types.ParquetTypeMapping}) turns it into the runtime value a scan of the same
 * stored value gives: a bound and a row never disagree on representation.
 */
final class StatisticValueReader implements ColumnReader {
  private final Object value;

  /** {@code value} as parquet-java's statistics give it: Integer, Long, Float, Double, Boolean or Binary. */
  StatisticValueReader(Object value) {
    this.value = value;
  }

  @Override
  public int getInteger() {
    return (Integer) value;
  }

  @Override
  public boolean getBoolean() {
    return (Boolean) value;
  }

  @Override
  public long getLong() {
    return (Long) value;
  }

  @Override
  public Binary getBinary() {
    return (Binary) value;
  }

  @Override
  public float getFloat() {
    return (Float) value;
  }

  @Override
  public double getDouble() {
    return (Double) value;
  }

  @Override
  @Deprecated
  public long getTotalValueCount() {
    return 1;
  }

  @Override
  public void consume() {
    throw new UnsupportedOperationException("a statistics bound is a single value");
  }

  @Override
  public int getCurrentRepetitionLevel() {
    return 0;
  }

  @Override
  public int getCurrentDefinitionLevel() {
    throw new UnsupportedOperationException("a statistics bound is never NULL");
  }

  @Override
  public void writeCurrentValueToConverter() {
    throw new UnsupportedOperationException("a statistics bound is decoded, not converted");
  }

  @Override
  public void skip() {
    throw new UnsupportedOperationException("a statistics bound is a single value");
  }

  @Override
  public int getCurrentValueDictionaryID() {
    throw new UnsupportedOperationException("a statistics bound is not dictionary-encoded");
  }

  @Override
  public ColumnDescriptor getDescriptor() {
    throw new UnsupportedOperationException("a statistics bound has no descriptor");
  }
}
