package org.parquetframe.adapter.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.Util;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;

/**
 * Reads and validates the footer of a Parquet file without Hadoop: the trailing magic, the footer
 * length, then the Thrift-encoded file metadata, converted by parquet-java into {@link
 * ParquetMetadata} and checked against the file ({@link FooterChecks}).
 */
public final class ParquetFooter {
  private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ENCRYPTED_MAGIC = "PARE".getBytes(StandardCharsets.US_ASCII);
  private static final int TAIL_LENGTH = 8;

  private ParquetFooter() {}

  /** The footer of {@code file}; a {@link ParquetFormatException} naming the file if it is not Parquet. */
  public static ParquetMetadata read(Path file) {
    return read(file, null).metadata();
  }

  /**
   * The footer of the file at {@code version}: a {@link FileChangedException} if the file on disk
   * is no longer that version, so that a footer is never cached under a version it was not read from.
   */
  public static ParquetMetadata read(FileVersion version) {
    return readDecoded(version).metadata();
  }

  /** As {@link #read(FileVersion)}, with the writer's declarations on the exactness of bounds. */
  public static DecodedFooter readDecoded(FileVersion version) {
    return read(version.path(), version);
  }

  private static DecodedFooter read(Path file, FileVersion expected) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      if (expected != null && size != expected.size()) {
        expected.checkUnchanged("before its footer was read");
      }
      if (size < MAGIC.length + TAIL_LENGTH) {
        throw new ParquetFormatException(file, "it is not a Parquet file (only " + size
            + " bytes; a Parquet file has at least 12)");
      }
      checkMagic(file, readAt(file, channel, 0, MAGIC.length), "header");
      ByteBuffer tail = ByteBuffer.wrap(readAt(file, channel, size - TAIL_LENGTH, TAIL_LENGTH)).order(ByteOrder.LITTLE_ENDIAN);
      byte[] trailer = new byte[MAGIC.length];
      tail.get(4, trailer);
      checkMagic(file, trailer, "trailer");
      int footerLength = tail.getInt(0);
      if (footerLength <= 0 || footerLength > size - MAGIC.length - TAIL_LENGTH) {
        throw new ParquetFormatException(file, "corrupt footer: it declares " + footerLength
            + " bytes of metadata but the file has " + size + " bytes");
      }
      byte[] footer = readAt(file, channel, size - TAIL_LENGTH - footerLength, footerLength);
      DecodedFooter decoded = decode(file, footer);
      FooterChecks.check(file, decoded.metadata(), size - TAIL_LENGTH - footerLength);
      if (expected != null) {
        expected.checkUnchanged("while its footer was read");
      }
      return decoded;
    } catch (ParquetFormatException e) {
      if (expected != null && !(e instanceof FileChangedException) && !expected.isCurrent()) {
        throw new FileChangedException(file, "it was replaced or modified while its footer was read", e);
      }
      throw e;
    } catch (NoSuchFileException e) {
      if (expected != null) {
        throw new FileChangedException(file, "it was deleted before its footer was read", e);
      }
      throw new ParquetFormatException(file, "the file does not exist", e);
    } catch (IOException e) {
      throw new ParquetFormatException(file, e.toString(), e);
    }
  }

  /**
   * Decodes the Thrift footer. The message size limit is the footer's length, so that a list or
   * string claiming more elements than the footer has bytes fails before anything is allocated.
   */
  private static DecodedFooter decode(Path file, byte[] footer) {
    try {
      FileMetaData thrift = Util.readFileMetaData(new ByteArrayInputStream(footer), footer.length);
      return new DecodedFooter(new ParquetMetadataConverter().fromParquetMetadata(thrift), BoundExactness.of(thrift));
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // StackOverflowError: a hostile schema can nest groups deeper than the converter recurses
      throw new ParquetFormatException(file, "corrupt footer metadata (" + e.getMessage() + ")", e);
    }
  }

  private static void checkMagic(Path file, byte[] found, String where) {
    if (java.util.Arrays.equals(found, ENCRYPTED_MAGIC)) {
      throw new ParquetFormatException(file, "it is an encrypted Parquet file, which is not supported");
    }
    if (!java.util.Arrays.equals(found, MAGIC)) {
      throw new ParquetFormatException(file, "it is not a Parquet file (no 'PAR1' magic in its " + where + ")");
    }
  }

  /** Reads exactly {@code length} bytes at {@code position}. */
  public static byte[] readAt(Path file, FileChannel channel, long position, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining()) {
      int read = channel.read(buffer, position + buffer.position());
      if (read < 0) {
        throw new ParquetFormatException(file, "unexpected end of file at byte " + (position + buffer.position())
            + " (the file is truncated or its metadata is corrupt)");
      }
    }
    return buffer.array();
  }
}
