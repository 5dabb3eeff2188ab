package org.parquetframe.functions.source;

import java.nio.channels.FileChannel;
import java.util.Arrays;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.schema.PrimitiveType;
import org.parquetframe.adapter.format.FileVersion;
import org.parquetframe.adapter.metadata.PartitionValues;
import org.parquetframe.adapter.metadata.TableColumn;
import org.parquetframe.adapter.reader.ColumnChunkReaders;
import org.parquetframe.adapter.reader.ColumnCursor;
import org.parquetframe.adapter.reader.bulk.BulkColumnReader;
import org.parquetframe.adapter.reader.bulk.BulkTarget;
import org.parquetframe.adapter.types.ParquetTypeMapping;
import org.parquetframe.adapter.types.PrimitiveDecoders;
import org.parquetframe.adapter.types.ValueDecoder;

/**
 * One edge column (source, target or weight) of one row group, read a slice of rows at a time
 * into primitive arrays: from the file's pages in bulk, value by value for the few types the bulk
 * reader leaves out (UUID ids, DECIMAL weights), or as a constant (a partition key, or NULL where
 * the file lacks the column). A NULL row sets its flag in {@code nulls}; other flags stay as they are.
 */
abstract class EdgeColumn {

  abstract void readLongs(long[] values, boolean[] nulls, int count);

  abstract void readDoubles(double[] values, boolean[] nulls, int count);

  abstract void readStrings(String[] values, boolean[] nulls, int count);

  /** Column {@code name} of the task's row group, to be read into {@code target}. */
  static EdgeColumn open(ParquetGraphLoader.RowGroupTask task, FileChannel channel, String name, BulkTarget target) {
    TableColumn column = task.snapshot().columns().stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalStateException("column '" + name + "' left the table while it was read"));
    if (column.partitionKey()) {
      return new Constant(PartitionValues.convert(task.file().partitionValues().get(name), column.type()));
    }
    ColumnDescriptor descriptor = ColumnCursor.descriptor(task.footer().getFileMetaData().getSchema(), name);
    if (descriptor == null) {
      return new Constant(null);
    }
    FileVersion version = task.file().version();
    if (BulkColumnReader.supports(descriptor, target)) {
      return new Bulk(BulkColumnReader.open(version.path(), channel, version.size(), task.rowGroup(), descriptor,
          target));
    }
    return new PerValue(ColumnChunkReaders.open(version.path(), channel, version.size(), task.footer(),
        task.rowGroup(), descriptor));
  }

  private static final class Bulk extends EdgeColumn {
    private final BulkColumnReader reader;

    Bulk(BulkColumnReader reader) {
      this.reader = reader;
    }

    @Override
    void readLongs(long[] values, boolean[] nulls, int count) {
      reader.readLongs(values, nulls, count);
    }

    @Override
    void readDoubles(double[] values, boolean[] nulls, int count) {
      reader.readDoubles(values, nulls, count);
    }

    @Override
    void readStrings(String[] values, boolean[] nulls, int count) {
      reader.readStrings(values, nulls, count);
    }
  }

  /** parquet-column's reader with our decoders, for the types the bulk reader does not take. */
  private static final class PerValue extends EdgeColumn {
    private final ColumnReader reader;
    private final PrimitiveType type;
    private final int maxDefinition;

    PerValue(ColumnReader reader) {
      this.reader = reader;
      this.type = reader.getDescriptor().getPrimitiveType();
      this.maxDefinition = reader.getDescriptor().getMaxDefinitionLevel();
    }

    private boolean nextIsNull() {
      return reader.getCurrentDefinitionLevel() < maxDefinition;
    }

    @Override
    void readLongs(long[] values, boolean[] nulls, int count) {
      PrimitiveDecoders.LongDecoder decoder = PrimitiveDecoders.longs(type);
      for (int i = 0; i < count; i++, reader.consume()) {
        if (nextIsNull()) {
          nulls[i] = true;
        } else {
          values[i] = decoder.decode(reader);
        }
      }
    }

    @Override
    void readDoubles(double[] values, boolean[] nulls, int count) {
      PrimitiveDecoders.DoubleDecoder decoder = PrimitiveDecoders.doubles(type);
      for (int i = 0; i < count; i++, reader.consume()) {
        if (nextIsNull()) {
          nulls[i] = true;
        } else {
          values[i] = decoder.decode(reader);
        }
      }
    }

    @Override
    void readStrings(String[] values, boolean[] nulls, int count) {
      ValueDecoder decoder = ParquetTypeMapping.of(type).decoder(); // UUIDs in their canonical form
      for (int i = 0; i < count; i++, reader.consume()) {
        if (nextIsNull()) {
          nulls[i] = true;
        } else {
          values[i] = decoder.decode(reader).toString();
        }
      }
    }
  }

  /** The same value in every row: a partition key's, or NULL for a column the file lacks. */
  private static final class Constant extends EdgeColumn {
    private final Object value;

    Constant(Object value) {
      this.value = value;
    }

    @Override
    void readLongs(long[] values, boolean[] nulls, int count) {
      if (value == null) {
        Arrays.fill(nulls, 0, count, true);
      } else {
        Arrays.fill(values, 0, count, ((Number) value).longValue());
      }
    }

    @Override
    void readDoubles(double[] values, boolean[] nulls, int count) {
      if (value == null) {
        Arrays.fill(nulls, 0, count, true);
      } else {
        Arrays.fill(values, 0, count, ((Number) value).doubleValue());
      }
    }

    @Override
    void readStrings(String[] values, boolean[] nulls, int count) {
      if (value == null) {
        Arrays.fill(nulls, 0, count, true);
      } else {
        Arrays.fill(values, 0, count, value.toString());
      }
    }
  }
}
