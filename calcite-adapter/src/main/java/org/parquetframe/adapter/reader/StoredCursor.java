package org.parquetframe.adapter.reader;

import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.parquetframe.adapter.format.ParquetFormatException;
import org.parquetframe.adapter.types.ParquetTypeMapping;
import org.parquetframe.adapter.types.ValueDecoder;
import org.parquetframe.adapter.types.VectorMapping;
import org.parquetframe.adapter.vector.ColumnVector;
import org.parquetframe.adapter.vector.VectorConverter;

/**
 * A flat column read from its column chunk: value by value ({@link #next()}, through parquet-column's
 * reader and the column's {@link ValueDecoder}), or a batch at a time ({@link #nextBatch}, through
 * {@link FlatColumnReader} and the column's {@link VectorConverter}). A cursor is read one way or
 * the other, not both: each reads the pages itself, and the first call decides.
 */
final class StoredCursor extends ColumnCursor {
  private final RowGroupInput input;
  private final ColumnDescriptor column;
  private final VectorConverter converter;
  private ColumnReader reader;
  private ValueDecoder decoder;
  private FlatColumnReader batches;

  StoredCursor(RowGroupInput input, ColumnDescriptor column) {
    this.input = input;
    this.column = column;
    this.converter = VectorMapping.converter(column.getPrimitiveType());
  }

  @Override
  public Object next() {
    if (reader == null) {
      if (batches != null) {
        throw new IllegalStateException("column " + column + " is read a batch at a time");
      }
      reader = ColumnChunkReaders.open(input, column, converter);
      decoder = ParquetTypeMapping.of(column.getPrimitiveType()).decoder();
    }
    Object value;
    try {
      value = reader.getCurrentDefinitionLevel() == column.getMaxDefinitionLevel() ? decoder.decode(reader) : null;
    } catch (ParquetFormatException e) {
      throw e;
    } catch (RuntimeException e) {
      // a stored value our decoder cannot map to SQL (a UUID of the wrong length, say)
      throw new ParquetFormatException(input.file(), "cannot decode a value of column '" + column + "' (" + e + ")", e);
    }
    reader.consume();
    return value;
  }

  @Override
  public ColumnVector nextBatch(int rows) {
    if (batches == null) {
      if (reader != null) {
        throw new IllegalStateException("column " + column + " is read value by value");
      }
      batches = ColumnChunkReaders.openFlat(input, column, converter);
    }
    converter.start(rows);
    batches.read(rows);
    return converter.finish();
  }
}
