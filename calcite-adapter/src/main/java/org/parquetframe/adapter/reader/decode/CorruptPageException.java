package org.parquetframe.adapter.reader.decode;

import java.nio.file.Path;
import org.apache.parquet.column.ColumnDescriptor;
import org.parquetframe.adapter.format.ParquetFormatException;

/**
 * Page data that cannot be decoded. The decoders here throw it without knowing the file or the
 * column; the readers that call them turn it, with {@link #asFormatError}, into the error the user
 * sees, so that both the scan and the bulk path report the same damage in the same words.
 */
public final class CorruptPageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CorruptPageException(String problem) {
    super(problem);
  }

  /**
   * The error to throw for a failure {@code e} while decoding {@code column} of {@code file}: our
   * own findings by their message, anything a third-party decoder threw with its class's name too.
   */
  public static ParquetFormatException asFormatError(Path file, ColumnDescriptor column, Throwable e) {
    if (e instanceof ParquetFormatException known) {
      return known;
    }
    if (e instanceof OutOfMemoryError) {
      return new ParquetFormatException(file, "cannot decode column '" + column + "': it needs more memory than "
          + "the JVM has left (" + e.getMessage() + "); the file may be corrupt", e);
    }
    String problem = e instanceof CorruptPageException ? e.getMessage()
        : e.getClass().getSimpleName() + ": " + e.getMessage();
    return new ParquetFormatException(file, "cannot decode column '" + column + "', the file is corrupt ("
        + problem + ")", e);
  }
}
