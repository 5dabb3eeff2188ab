package org.parquetframe.adapter.format;

import java.nio.file.Path;

/**
 * A file that changed between the moment a query looked at it (its {@link FileVersion} in the
 * table snapshot) and the moment it was read. Reading on would mix two versions, so the query
 * stops; running it again sees the new file. See docs/adr/0006-files-changing-underneath.md.
 */
public class FileChangedException extends ParquetFormatException {
  private static final long serialVersionUID = 1L;

  public FileChangedException(Path file, String what, Throwable cause) {
    super(file, "the file changed while the query ran: " + what + "; run the query again", cause);
  }
}
