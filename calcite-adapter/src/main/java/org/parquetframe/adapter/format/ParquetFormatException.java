package org.parquetframe.adapter.format;

import java.nio.file.Path;

/** A Parquet file that cannot be read as Parquet: the message names the file and what is wrong with it. */
public class ParquetFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ParquetFormatException(Path file, String problem) {
    super(describe(file, problem));
  }

  public ParquetFormatException(Path file, String problem, Throwable cause) {
    super(describe(file, problem), cause);
  }

  private static String describe(Path file, String problem) {
    return "Cannot read Parquet file '" + file + "': " + problem;
  }
}
