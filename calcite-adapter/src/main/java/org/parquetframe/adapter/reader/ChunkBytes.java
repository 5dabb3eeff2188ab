package org.parquetframe.adapter.reader;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.parquetframe.adapter.format.ParquetFooter;
import org.parquetframe.adapter.format.ParquetFormatException;

/**
 * The bytes of one column chunk, read on demand with positioned reads through a window of at most
 * {@link #WINDOW} bytes (or one page, when a page is larger), so that reading a chunk holds a
 * window and the current page in memory whatever the chunk's size. A window is never overwritten:
 * pages handed out keep referring to theirs.
 */
final class ChunkBytes {
  /** Bytes read at once: a few small pages with their headers, or part of a large one. */
  static final int WINDOW = 256 << 10;

  /** A region of {@code bytes}: {@code [offset, offset + length)}. */
  record Region(byte[] bytes, int offset, int length) {}

  private final Path file;
  private final FileChannel channel;
  private final long start;
  private final long end;
  private final int windowBytes;
  private byte[] window = new byte[0];
  private long windowStart;
  private long bytesRead;

  /** The chunk at {@code [start, start + length)} of the file; both already checked against the file's size. */
  ChunkBytes(Path file, FileChannel channel, long start, long length) {
    this(file, channel, start, length, WINDOW);
  }

  /** As above, reading {@code windowBytes} at a time: small windows suit reading page headers alone. */
  ChunkBytes(Path file, FileChannel channel, long start, long length, int windowBytes) {
    this.file = file;
    this.channel = channel;
    this.start = start;
    this.end = start + length;
    this.windowBytes = windowBytes;
  }

  long start() {
    return start;
  }

  long end() {
    return end;
  }

  /** Bytes from {@code position} to the end of the chunk. */
  long remaining(long position) {
    return end - position;
  }

  /** Bytes read from the file so far. */
  long bytesRead() {
    return bytesRead;
  }

  /** {@code [position, position + length)}, which must lie inside the chunk. */
  Region region(long position, int length) {
    return region(position, length, windowBytes);
  }

  /**
   * {@code [position, position + length)}, reading at most {@code readAhead} bytes from {@code
   * position} when they are not in the window already (the region itself in any case).
   */
  Region region(long position, int length, int readAhead) {
    if (position < start || length < 0 || length > end - position) {
      throw new ParquetFormatException(file, "a page of " + length + " bytes at offset " + position
          + " lies outside its column chunk (bytes " + start + " to " + end + ")");
    }
    if (position < windowStart || position + length > windowStart + window.length) {
      load(position, (int) Math.min(end - position, Math.max(length, Math.min(readAhead, windowBytes))));
    }
    return new Region(window, (int) (position - windowStart), length);
  }

  /**
   * The bytes from {@code position} to the end of the window, when the window holds {@code
   * position}; else at least {@code atLeast} bytes read from there (fewer only at the chunk's end).
   * For a page header, whose length is known only once it is decoded.
   */
  Region probe(long position, int atLeast) {
    if (position < windowStart || position >= windowStart + window.length) {
      region(position, (int) Math.min(end - position, Math.max(atLeast, 1)));
    }
    int available = (int) Math.min(end - position, windowStart + window.length - position);
    return new Region(window, (int) (position - windowStart), available);
  }

  private void load(long position, int length) {
    try {
      window = ParquetFooter.readAt(file, channel, position, length);
      windowStart = position;
      bytesRead += length;
    } catch (IOException e) {
      throw new ParquetFormatException(file, "cannot read: " + e, e);
    }
  }
}
