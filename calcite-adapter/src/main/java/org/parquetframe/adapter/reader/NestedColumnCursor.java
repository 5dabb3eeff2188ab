package org.parquetframe.adapter.reader;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.parquetframe.adapter.format.ParquetFormatException;
import org.parquetframe.adapter.types.ParquetField;
import org.parquetframe.adapter.types.ParquetFields;

/**
 * The values of a nested column (an ARRAY, MAP or ROW, nested to any depth) within the rows read of one row group:
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

  /**
   * A cursor over {@code field}, a nested top-level field of the file, for the rows {@code input}
   * reads of its row group.
   */
  static NestedColumnCursor open(RowGroupInput input, Type field) {
    Path path = input.file();
    ParquetField nested = parse(path, field);
    MessageType schema = input.footer().getFileMetaData().getSchema();
    Map<ParquetField.Primitive, LeafLevels> leaves = new IdentityHashMap<>();
    for (ParquetField.Primitive leaf : nested.leaves()) {
      ColumnDescriptor descriptor = schema.getColumnDescription(leaf.path().toArray(String[]::new));
      if (descriptor.getMaxDefinitionLevel() != leaf.definedLevel()
          || descriptor.getMaxRepetitionLevel() != leaf.repetitionLevel()) {
        throw new IllegalStateException("levels of " + leaf + " disagree with " + descriptor);
      }
      leaves.put(leaf, new LeafLevels(ColumnChunkReaders.open(input, descriptor), leaf, path));
    }
    return new NestedColumnCursor(NestedValues.of(nested, leaves::get), path, field.getName(), input.rowCount());
  }

  /** The file columns (leaves) that {@code field}, a nested top-level field of {@code schema}, is read from. */
  static List<ColumnDescriptor> leafColumns(MessageType schema, Type field) {
    try {
      return ParquetFields.of(field).leaves().stream()
          .map(leaf -> schema.getColumnDescription(leaf.path().toArray(String[]::new))).toList();
    } catch (RuntimeException e) {
      return List.of(); // an unreadable nested field fails with its message when a cursor opens it
    }
  }

  private static ParquetField parse(Path file, Type field) {
    try {
      return ParquetFields.of(field);
    } catch (RuntimeException e) {
      throw new ParquetFormatException(file, "column '" + field.getName() + "': " + e.getMessage(), e);
    }
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
