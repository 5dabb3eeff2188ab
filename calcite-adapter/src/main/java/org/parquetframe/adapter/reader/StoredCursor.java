package org.parquetframe.adapter.reader;

import java.nio.file.Path;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.parquetframe.adapter.format.ParquetFormatException;
import org.parquetframe.adapter.types.ParquetTypeMapping;
import org.parquetframe.adapter.types.ValueDecoder;
import org.parquetframe.adapter.types.VectorMapping;
import org.parquetframe.adapter.vector.ColumnVector;
import org.parquetframe.adapter.vector.VectorConverter;

/**
 * A flat column read from its column chunk: value by value ({@link #next()}), or a batch at a time
 * into a typed vector, where parquet-column hands each value (or dictionary id) straight to the
 * column's {@link VectorConverter}.
 */
final class StoredCursor extends ColumnCursor {
  private final ColumnReader reader;
  private final Path file;
  private final int maxDefinitionLevel;
  private final ValueDecoder decoder;
  private final VectorConverter converter;

  StoredCursor(RowGroupInput input, ColumnDescriptor column) {
    this.file = input.file();
    this.converter = VectorMapping.converter(column.getPrimitiveType());
    this.reader = ColumnChunkReaders.open(input, column, converter);
    this.maxDefinitionLevel = column.getMaxDefinitionLevel();
    this.decoder = ParquetTypeMapping.of(column.getPrimitiveType()).decoder();
  }

  @Override
  public Object next() {
    Object value;
    try {
      value = reader.getCurrentDefinitionLevel() == maxDefinitionLevel ? decoder.decode(reader) : null;
    } catch (ParquetFormatException e) {
      throw e;
    } catch (RuntimeException e) {
      // a stored value our decoder cannot map to SQL (a UUID of the wrong length, say)
      throw new ParquetFormatException(file, "cannot decode a value of column '" + reader.getDescriptor() + "' ("
          + e + ")", e);
    }
    reader.consume();
    return value;
  }

  @Override
  public ColumnVector nextBatch(int rows) {
    converter.start(rows);
    for (int i = 0; i < rows; i++) {
      if (reader.getCurrentDefinitionLevel() == maxDefinitionLevel) {
        reader.writeCurrentValueToConverter();
      } else {
        converter.appendNull();
      }
      reader.consume();
    }
    return converter.finish();
  }
}
