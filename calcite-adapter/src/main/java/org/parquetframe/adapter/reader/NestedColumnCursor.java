package org.parquetframe.adapter.reader;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.parquetframe.adapter.format.FileVersion;
import org.parquetframe.adapter.format.ParquetFormatException;
import org.parquetframe.adapter.types.ParquetField;
import org.parquetframe.adapter.types.ParquetFields;

/**
 * The values of a nested column (an ARRAY, MAP or ROW, nested to any depth) within one row group:
 * only the chunks of its leaf columns are read, and each row's value is assembled from their levels
 * by {@link NestedValues}. After the last row every leaf must be used up: a leaf with entries left
 * over belongs to a damaged file.
 */
final class NestedColumnCursor extends ColumnCursor {
  private final NestedValues values;
  private final Path file;
  private final String column;
  private long rowsLeft;

  private NestedColumnCursor(NestedValues values, Path file, String column, long rows) {
    this.values = values;
    this.file = file;
    this.column = column;
    this.rowsLeft = rows;
  }

  /** A cursor over {@code field}, a nested top-level field of the file, in {@code rowGroup}. */
  static NestedColumnCursor open(FileVersion version, FileChannel channel, ParquetMetadata footer,
      BlockMetaData rowGroup, Type field) {
    Path path = version.path();
    ParquetField nested;
    try {
      nested = ParquetFields.of(field);
    } catch (RuntimeException e) {
      throw new ParquetFormatException(path, "column '" + field.getName() + "': " + e.getMessage(), e);
    }
    MessageType schema = footer.getFileMetaData().getSchema();
    Map<ParquetField.Primitive, LeafLevels> leaves = new IdentityHashMap<>();
    for (ParquetField.Primitive leaf : nested.leaves()) {
      ColumnDescriptor descriptor = schema.getColumnDescription(leaf.path().toArray(String[]::new));
      if (descriptor.getMaxDefinitionLevel() != leaf.definedLevel()
          || descriptor.getMaxRepetitionLevel() != leaf.repetitionLevel()) {
        throw new IllegalStateException("levels of " + leaf + " disagree with " + descriptor);
      }
      leaves.put(leaf, new LeafLevels(
          ColumnChunkReaders.open(path, channel, version.size(), footer, rowGroup, descriptor), leaf, path));
    }
    return new NestedColumnCursor(NestedValues.of(nested, leaves::get), path, field.getName(), rowGroup.getRowCount());
  }

  @Override
  public Object next() {
    Object value;
    try {
      value = values.read(0);
    } catch (OutOfMemoryError e) {
      // one row's value outgrew the heap (a damaged count, or a truly huge array): the partial
      // value is garbage now, so the connection goes on working
      throw new ParquetFormatException(file, "a value of column '" + column + "' needs more memory than the JVM "
          + "has left (" + e.getMessage() + ")", e);
    }
    if (--rowsLeft == 0) {
      checkUsedUp();
    }
    return value;
  }

  private void checkUsedUp() {
    for (LeafLevels leaf : values.leaves) {
      if (leaf.hasNext()) {
        throw leaf.corrupt("its chunk holds more entries than the row group's rows");
      }
    }
  }
}
