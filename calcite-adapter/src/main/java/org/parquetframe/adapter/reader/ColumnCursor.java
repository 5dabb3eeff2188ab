package org.parquetframe.adapter.reader;

import java.nio.channels.FileChannel;
import java.util.List;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.parquetframe.adapter.format.ParquetFormatException;
import org.parquetframe.adapter.metadata.DataFile;
import org.parquetframe.adapter.metadata.PartitionValues;
import org.parquetframe.adapter.metadata.TableColumn;
import org.parquetframe.adapter.metadata.TableSnapshot;
import org.parquetframe.adapter.vector.ColumnVector;
import org.parquetframe.adapter.vector.ConstantVector;
import org.parquetframe.adapter.vector.ObjectVector;

/**
 * The values of one table column within the rows a reader reads of one row group (all of them, or
 * a {@link RowSelection}), in Calcite's runtime representation: read from a column chunk,
 * assembled from the chunks of a nested column's leaves ({@link NestedColumnCursor}), constant (a
 * partition key), or NULL (a column this file lacks). A kind of column plugs in as a subclass
 * implementing {@link #next()}, opened in {@link #open}, whose file columns {@link #storedColumns}
 * lists; it reads through {@link ColumnChunkReaders#open(RowGroupInput, ColumnDescriptor,
 * org.apache.parquet.io.api.PrimitiveConverter)} so that it yields values of the selected rows only.
 * Flat stored columns also fill whole {@link #nextBatch batches} without boxing.
 */
public abstract class ColumnCursor {

  /** The next row's value. */
  public abstract Object next();

  /** The values of the next {@code rows} rows; this default boxes them one by one. */
  public ColumnVector nextBatch(int rows) {
    Object[] values = new Object[rows];
    for (int i = 0; i < rows; i++) {
      values[i] = next();
    }
    return new ObjectVector(values);
  }

  /** One cursor per requested column for all rows of {@code rowGroup} of {@code file}, in order. */
  public static ColumnCursor[] open(TableSnapshot snapshot, DataFile file, ParquetMetadata footer, FileChannel channel,
      BlockMetaData rowGroup, String[] columns) {
    return open(snapshot, file, RowGroupInput.whole(file.version().path(), channel, file.version().size(), footer,
        rowGroup), columns);
  }

  /** One cursor per requested column for the rows {@code input} reads. */
  public static ColumnCursor[] open(TableSnapshot snapshot, DataFile file, RowGroupInput input, String[] columns) {
    ColumnCursor[] cursors = new ColumnCursor[columns.length];
    for (int i = 0; i < columns.length; i++) {
      TableColumn column = column(snapshot, columns[i]);
      if (column.partitionKey()) {
        cursors[i] = new Constant(PartitionValues.convert(file.partitionValues().get(column.name()), column.type()));
        continue;
      }
      MessageType schema = input.footer().getFileMetaData().getSchema();
      Type nested = nestedField(schema, column.name());
      if (nested != null) {
        cursors[i] = NestedColumnCursor.open(input, nested);
        continue;
      }
      ColumnDescriptor descriptor = descriptor(schema, column.name());
      cursors[i] = descriptor == null ? new Constant(null) : new StoredCursor(input, descriptor);
    }
    return cursors;
  }

  /** Whether any requested column must be read from the file's pages (not constant or missing). */
  public static boolean needsData(TableSnapshot snapshot, ParquetMetadata footer, String[] columns) {
    for (String name : columns) {
      if (!storedColumns(snapshot, footer, name).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The columns of the file's pages that table column {@code name} is read from: none for a
   * partition key or a column the file lacks, its one column for a flat column. A scan reads (and
   * locates the pages of) these and no others; a nested kind of column lists its leaf columns here.
   */
  public static List<ColumnDescriptor> storedColumns(TableSnapshot snapshot, ParquetMetadata footer, String name) {
    TableColumn column = column(snapshot, name);
    if (column.partitionKey()) {
      return List.of();
    }
    MessageType schema = footer.getFileMetaData().getSchema();
    Type nested = nestedField(schema, name);
    if (nested != null) {
      return NestedColumnCursor.leafColumns(schema, nested);
    }
    ColumnDescriptor flat = descriptor(schema, name);
    return flat == null ? List.of() : List.of(flat);
  }

  /** The nested (not flat) top-level field {@code name} of a file's schema, or null. */
  private static Type nestedField(MessageType schema, String name) {
    return schema.containsField(name) && !TableSnapshot.isFlat(schema.getType(name)) ? schema.getType(name) : null;
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
    private final ConstantVector vector;

    Constant(Object value) {
      this.value = value;
      this.vector = new ConstantVector(value);
    }

    @Override
    public Object next() {
      return value;
    }

    @Override
    public ColumnVector nextBatch(int rows) {
      return vector;
    }
  }
}
