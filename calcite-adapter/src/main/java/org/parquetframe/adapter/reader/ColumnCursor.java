package org.parquetframe.adapter.reader;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.parquetframe.adapter.format.ParquetFormatException;
import org.parquetframe.adapter.metadata.DataFile;
import org.parquetframe.adapter.metadata.PartitionValues;
import org.parquetframe.adapter.metadata.TableColumn;
import org.parquetframe.adapter.metadata.TableSnapshot;
import org.parquetframe.adapter.types.ParquetTypeMapping;
import org.parquetframe.adapter.types.ValueDecoder;

/**
 * The values of one table column within one row group, in Calcite's runtime representation: read
 * from a column chunk, assembled from the chunks of a nested column's leaves ({@link
 * NestedColumnCursor}), constant (a partition key), or NULL (a column this file lacks).
 */
public abstract class ColumnCursor {

  /** The next row's value. */
  public abstract Object next();

  /** One cursor per requested column for {@code rowGroup} of {@code file}. */
  public static ColumnCursor[] open(TableSnapshot snapshot, DataFile file, ParquetMetadata footer, FileChannel channel,
      BlockMetaData rowGroup, String[] columns) {
    ColumnCursor[] cursors = new ColumnCursor[columns.length];
    for (int i = 0; i < columns.length; i++) {
      TableColumn column = column(snapshot, columns[i]);
      if (column.partitionKey()) {
        cursors[i] = new Constant(PartitionValues.convert(file.partitionValues().get(column.name()), column.type()));
        continue;
      }
      MessageType schema = footer.getFileMetaData().getSchema();
      if (schema.containsField(column.name()) && !TableSnapshot.isFlat(schema.getType(column.name()))) {
        cursors[i] = NestedColumnCursor.open(file.version(), channel, footer, rowGroup, schema.getType(column.name()));
        continue;
      }
      ColumnDescriptor descriptor = descriptor(schema, column.name());
      if (descriptor == null) {
        cursors[i] = new Constant(null);
        continue;
      }
      Path path = file.version().path();
      ColumnReader reader = ColumnChunkReaders.open(path, channel, file.version().size(), footer, rowGroup, descriptor);
      cursors[i] = new Stored(reader, path, descriptor.getMaxDefinitionLevel(),
          ParquetTypeMapping.of(descriptor.getPrimitiveType()).decoder());
    }
    return cursors;
  }

  /** Whether any requested column must be read from the file's pages (not constant or missing). */
  public static boolean needsData(TableSnapshot snapshot, ParquetMetadata footer, String[] columns) {
    for (String name : columns) {
      TableColumn column = column(snapshot, name);
      if (!column.partitionKey() && footer.getFileMetaData().getSchema().containsField(name)) {
        return true;
      }
    }
    return false;
  }

  private static TableColumn column(TableSnapshot snapshot, String name) {
    for (TableColumn column : snapshot.columns()) {
      if (column.name().equals(name)) {
        return column;
      }
    }
    throw new ParquetFormatException(snapshot.location(), "column '" + name
        + "' no longer exists; the files changed while the query was planned. Run the query again");
  }

  /** The flat top-level column {@code name} of a file's schema, or null if the file lacks it. */
  public static ColumnDescriptor descriptor(MessageType schema, String name) {
    if (!schema.containsField(name)) {
      return null;
    }
    Type field = schema.getType(name);
    return TableSnapshot.isFlat(field) ? schema.getColumnDescription(new String[] {name}) : null;
  }

  private static final class Constant extends ColumnCursor {
    private final Object value;

    Constant(Object value) {
      this.value = value;
    }

    @Override
    public Object next() {
      return value;
    }
  }

  private static final class Stored extends ColumnCursor {
    private final ColumnReader reader;
    private final Path file;
    private final int maxDefinitionLevel;
    private final ValueDecoder decoder;

    Stored(ColumnReader reader, Path file, int maxDefinitionLevel, ValueDecoder decoder) {
      this.reader = reader;
      this.file = file;
      this.maxDefinitionLevel = maxDefinitionLevel;
      this.decoder = decoder;
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
  }
}
