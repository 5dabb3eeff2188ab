package org.parquetframe.adapter.predicate;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.parquetframe.adapter.format.FileVersion;
import org.parquetframe.adapter.format.ParquetFooter;
import org.parquetframe.adapter.format.ParquetFormatException;

/**
 * Small positioned reads of one file for pruning (column indexes, bloom filters, dictionary
 * pages), opening the file only on the first read. A region outside the file or larger than
 * {@link #MAX_BYTES} is not read (null): pruning then goes without it, and the scan reads the
 * row group as it would anyway.
 */
final class FileReads implements AutoCloseable {
  /** Largest region read for pruning; a bloom filter or dictionary beyond it is not worth reading. */
  static final int MAX_BYTES = 16 << 20;

  private final FileVersion version;
  private FileChannel channel;
  private long bytesRead;

  FileReads(FileVersion version) {
    this.version = version;
  }

  Path path() {
    return version.path();
  }

  /** {@code length} bytes at {@code offset}, or null if that region is not in the file or too large. */
  byte[] read(long offset, long length) {
    if (offset < 0 || length <= 0 || length > MAX_BYTES || offset + length > version.size()) {
      return null;
    }
    try {
      if (channel == null) {
        channel = FileChannel.open(version.path(), StandardOpenOption.READ);
      }
      bytesRead += length;
      return ParquetFooter.readAt(version.path(), channel, offset, (int) length);
    } catch (IOException e) {
      throw new ParquetFormatException(version.path(), "cannot read: " + e, e);
    }
  }

  /**
   * Fails with a {@code FileChangedException} if the file was opened and is no longer the version
   * the footer came from: pruning decisions must not mix bytes of two versions (docs/adr/0006).
   */
  void checkUnchanged() {
    if (channel != null) {
      version.checkUnchanged("while its page index, bloom filters or dictionaries were read");
    }
  }

  long fileSize() {
    return version.size();
  }

  long bytesRead() {
    return bytesRead;
  }

  @Override
  public void close() {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // read only; nothing is lost
      }
      channel = null;
    }
  }
}
