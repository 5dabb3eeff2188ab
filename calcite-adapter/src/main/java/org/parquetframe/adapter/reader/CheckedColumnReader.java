package org.parquetframe.adapter.reader;

import java.nio.file.Path;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.io.api.Binary;
import org.parquetframe.adapter.format.ParquetFormatException;
import org.parquetframe.adapter.reader.decode.CorruptPageException;

/**
 * parquet-column's value reader behind our boundary: whatever its decoders throw on damaged pages
 * (ParquetDecodingException, IndexOutOfBounds, NegativeArraySize, a StackOverflowError, or an
 * OutOfMemoryError from an array sized by a count in the page that no check could bound) becomes a
 * {@link ParquetFormatException} naming the file and the column. A failed huge allocation takes no
 * memory, so the connection goes on working. Levels above the column's maximum are refused too.
 * Each method catches on its own (no lambda) because these calls are the inner loop of every scan.
 */
final class CheckedColumnReader implements ColumnReader {
  private final ColumnReader reader;
  private final Path file;
  private final int maxDefinitionLevel;
  private final int maxRepetitionLevel;

  CheckedColumnReader(ColumnReader reader, Path file) {
    this.reader = reader;
    this.file = file;
    this.maxDefinitionLevel = reader.getDescriptor().getMaxDefinitionLevel();
    this.maxRepetitionLevel = reader.getDescriptor().getMaxRepetitionLevel();
  }

  private ParquetFormatException failure(Throwable e) {
    return CorruptPageException.asFormatError(file, reader.getDescriptor(), e);
  }

  @Override
  public long getTotalValueCount() {
    return reader.getTotalValueCount();
  }

  @Override
  public ColumnDescriptor getDescriptor() {
    return reader.getDescriptor();
  }

  @Override
  public void consume() {
    try {
      reader.consume();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw failure(e);
    }
  }

  @Override
  public int getCurrentRepetitionLevel() {
    int level;
    try {
      level = reader.getCurrentRepetitionLevel();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw failure(e);
    }
    if (level < 0 || level > maxRepetitionLevel) {
      // the level decoder reads whole bytes for a run: damage can yield any level, which callers
      // comparing with the maximum would take for NULL or for a value, inconsistently
      throw new ParquetFormatException(file, "cannot decode column '" + reader.getDescriptor() + "', the file is "
          + "corrupt (repetition level " + level + ", above its maximum " + maxRepetitionLevel + ")");
    }
    return level;
  }

  @Override
  public int getCurrentDefinitionLevel() {
    int level;
    try {
      level = reader.getCurrentDefinitionLevel();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw failure(e);
    }
    if (level < 0 || level > maxDefinitionLevel) {
      // the level decoder reads whole bytes for a run: damage can yield any level, which callers
      // comparing with the maximum would take for NULL or for a value, inconsistently
      throw new ParquetFormatException(file, "cannot decode column '" + reader.getDescriptor() + "', the file is "
          + "corrupt (definition level " + level + ", above its maximum " + maxDefinitionLevel + ")");
    }
    return level;
  }

  @Override
  public void writeCurrentValueToConverter() {
    try {
      reader.writeCurrentValueToConverter();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw failure(e);
    }
  }

  @Override
  public void skip() {
    try {
      reader.skip();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw failure(e);
    }
  }

  @Override
  public int getCurrentValueDictionaryID() {
    try {
      return reader.getCurrentValueDictionaryID();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw failure(e);
    }
  }

  @Override
  public int getInteger() {
    try {
      return reader.getInteger();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw failure(e);
    }
  }

  @Override
  public boolean getBoolean() {
    try {
      return reader.getBoolean();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw failure(e);
    }
  }

  @Override
  public long getLong() {
    try {
      return reader.getLong();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw failure(e);
    }
  }

  @Override
  public Binary getBinary() {
    try {
      return reader.getBinary();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw failure(e);
    }
  }

  @Override
  public float getFloat() {
    try {
      return reader.getFloat();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw failure(e);
    }
  }

  @Override
  public double getDouble() {
    try {
      return reader.getDouble();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw failure(e);
    }
  }
}
