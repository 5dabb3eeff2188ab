package org.parquetframe.adapter.reader;

import java.nio.file.Path;
import org.apache.parquet.column.ColumnReader;
import org.parquetframe.adapter.format.ParquetFormatException;
import org.parquetframe.adapter.types.ParquetField;
import org.parquetframe.adapter.types.ValueDecoder;

/**
 * The entries (repetition level, definition level, value) of one leaf column of a nested column
 * within a row group, one at a time. Reading past the chunk's last entry, or an entry whose levels
 * contradict the schema or the column's other leaves, is a {@link ParquetFormatException} naming
 * the file and the leaf: the levels of a damaged file may say anything.
 */
final class LeafLevels {
  private final ColumnReader reader;
  private final ParquetField.Primitive leaf;
  private final ValueDecoder decoder;
  private final Path file;
  private long remaining;

  LeafLevels(ColumnReader reader, ParquetField.Primitive leaf, Path file) {
    this.reader = reader;
    this.leaf = leaf;
    this.decoder = leaf.mapping().decoder();
    this.file = file;
    this.remaining = reader.getTotalValueCount();
  }

  boolean hasNext() {
    return remaining > 0;
  }

  int repetition() {
    checkNotExhausted();
    return reader.getCurrentRepetitionLevel();
  }

  int definition() {
    checkNotExhausted();
    return reader.getCurrentDefinitionLevel();
  }

  /** The current entry's value, which must be defined. */
  Object value() {
    try {
      return decoder.decode(reader);
    } catch (ParquetFormatException e) {
      throw e;
    } catch (RuntimeException e) {
      // a stored value our decoder cannot map to SQL (a UUID of the wrong length, say)
      throw new ParquetFormatException(file, "cannot decode a value of column '" + path() + "' (" + e + ")", e);
    }
  }

  void consume() {
    reader.consume();
    remaining--;
  }

  /** Checks that the current entry starts a value at {@code repetitionLevel}. */
  void expectRepetition(int repetitionLevel) {
    int level = repetition();
    if (level != repetitionLevel) {
      throw corrupt("an entry has repetition level " + level + " where " + repetitionLevel + " was expected");
    }
  }

  ParquetFormatException corrupt(String problem) {
    return new ParquetFormatException(file, "cannot assemble column '" + path() + "', the file is corrupt ("
        + problem + ")");
  }

  String path() {
    return String.join(".", leaf.path());
  }

  private void checkNotExhausted() {
    if (remaining <= 0) {
      throw corrupt("its chunk ends before the row group's last row");
    }
  }
}
