package org.parquetframe.adapter.reader;

import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.schema.PrimitiveType;

/**
 * Counts inside page data that parquet-column's decoders allocate arrays from before reading a
 * value, checked against what the page can hold so that a few damaged bytes cannot ask for
 * gigabytes: the entries of a dictionary page, the bit-packed runs of levels and dictionary ids,
 * and the header of DELTA encodings. Each check reads only headers; malformed data that allocates
 * nothing is left to the decoders, whose errors {@link CheckedColumnReader} reports.
 */
public final class PageChecks {
  /** Larger DELTA blocks than writers use (128 to 2048 values), and small enough to allocate. */
  private static final long MAX_DELTA_BLOCK_VALUES = 1 << 16;
  /** DuckDB's block of bit-packed values, declared whole even when the page ends inside it. */
  private static final int PADDED_RUN_BLOCK = 256;

  private PageChecks() {}

  /** The most entries a dictionary page of {@code bytes} bytes can hold for this column's type. */
  public static long maxDictionaryEntries(PrimitiveType type, int bytes) {
    return switch (type.getPrimitiveTypeName()) {
      case BOOLEAN -> bytes * 8L;
      case INT32, FLOAT -> bytes / 4;
      case INT64, DOUBLE -> bytes / 8;
      case INT96 -> bytes / 12;
      case FIXED_LEN_BYTE_ARRAY -> type.getTypeLength() > 0 ? bytes / type.getTypeLength() : bytes;
      case BINARY -> bytes / 4; // each entry has a 4-byte length
    };
  }

  /**
   * The entries of a PLAIN BYTE_ARRAY dictionary, each a 4-byte length and that many bytes, lie
   * inside the page: parquet-column slices them without checking, and a bad length would surface
   * only when a value is used, far from the page. Returns a problem or null.
   */
  public static String checkBinaryDictionary(byte[] page, int entries) {
    Cursor cursor = new Cursor(page, 0, page.length);
    for (int i = 0; i < entries; i++) {
      int length = cursor.readIntLittleEndian();
      if (cursor.position < 0 || length < 0 || length > cursor.end - cursor.position) {
        return "dictionary entry " + i + " of " + entries + " running past the end of its page";
      }
      cursor.position += length;
    }
    return null;
  }

  /**
   * Checks a v1 data page's levels and values ({@code page} is the whole uncompressed page);
   * returns a problem, or null when nothing allocates more than the page holds.
   */
  static String checkV1(ColumnDescriptor column, byte[] page, int values, Encoding repetition, Encoding definition,
      Encoding data) {
    Cursor cursor = new Cursor(page, 0, page.length);
    if (column.getMaxRepetitionLevel() > 0) {
      String problem = levels(cursor, repetition, column.getMaxRepetitionLevel(), values, "repetition");
      if (problem != null || cursor.position < 0) {
        return problem;
      }
    }
    if (column.getMaxDefinitionLevel() > 0) {
      String problem = levels(cursor, definition, column.getMaxDefinitionLevel(), values, "definition");
      if (problem != null || cursor.position < 0) {
        return problem;
      }
    }
    return checkValues(page, cursor.position, page.length, data, values);
  }

  /** Checks v2 levels (each its own section, without a length prefix); returns a problem or null. */
  static String checkLevels(byte[] bytes, int from, int to, int maxLevel, int values, String which) {
    return maxLevel == 0 ? null
        : hybridRuns(new Cursor(bytes, from, to), bitWidth(maxLevel), values, which + " levels");
  }

  /** Checks the values section {@code [from, to)} of a page holding at most {@code values} values. */
  static String checkValues(byte[] bytes, int from, int to, Encoding encoding, int values) {
    Cursor cursor = new Cursor(bytes, from, to);
    switch (encoding) {
      case RLE_DICTIONARY:
      case PLAIN_DICTIONARY: {
        int width = cursor.readByte();
        if (width < 0 || width > 32) {
          return width < 0 ? null : "dictionary ids of " + width + " bits";
        }
        return hybridRuns(cursor, width, values, "dictionary ids");
      }
      case RLE: { // booleans in v2 pages: a 4-byte length, then runs of 1-bit values
        int length = cursor.readIntLittleEndian();
        if (cursor.position < 0 || length < 0 || length > cursor.end - cursor.position) {
          return null; // the decoder will refuse it
        }
        return hybridRuns(new Cursor(bytes, cursor.position, cursor.position + length), 1, values, "booleans");
      }
      case DELTA_BINARY_PACKED:
      case DELTA_LENGTH_BYTE_ARRAY:
        return deltaHeader(cursor, values, false);
      case DELTA_BYTE_ARRAY: // prefix lengths, then the suffixes' lengths: two DELTA blocks
        return deltaHeader(cursor, values, true);
      default:
        return null;
    }
  }

  /** Levels of a v1 page: RLE with a 4-byte length prefix, or the old BIT_PACKED. Leaves the cursor after them. */
  private static String levels(Cursor cursor, Encoding encoding, int maxLevel, int values, String which) {
    if (encoding == Encoding.RLE) {
      int length = cursor.readIntLittleEndian();
      if (length < 0 || length > cursor.end - cursor.position) {
        cursor.position = -1; // the decoder will refuse it
        return null;
      }
      int end = cursor.position + length;
      String problem = hybridRuns(new Cursor(cursor.bytes, cursor.position, end), bitWidth(maxLevel), values,
          which + " levels");
      cursor.position = end;
      return problem;
    }
    if (encoding == Encoding.BIT_PACKED) {
      long length = ((long) values * bitWidth(maxLevel) + 7) / 8;
      cursor.position = length > cursor.end - cursor.position ? -1 : cursor.position + (int) length;
      return null;
    }
    cursor.position = -1;
    return null;
  }

  /**
   * RLE/bit-packed hybrid runs: a bit-packed run is decoded into an array as large as its declared
   * count. Writers may declare more values than the page has: DuckDB writes bit-packed runs in
   * blocks of 256 and declares a whole block for the last few values, with or without the bytes of
   * the padding (missing bytes read as zeros). A run is accepted when it fits the page's values and
   * such a block, or the bytes left in its section (which bound the array to eight ints a byte).
   */
  private static String hybridRuns(Cursor cursor, int bitWidth, int values, String what) {
    while (cursor.position >= 0 && cursor.position < cursor.end) {
      long header = cursor.readUnsignedVarInt();
      if (header == Cursor.UNREADABLE) {
        return null;
      }
      int runHeader = (int) header;
      if ((runHeader & 1) == 1) {
        int count = (runHeader >>> 1) * 8; // in int, as the decoder computes the size of its buffer
        boolean fitsPage = count <= values + (long) PADDED_RUN_BLOCK - 1;
        boolean fitsSection = bitWidth > 0 && (long) count * bitWidth / 8 <= cursor.end - cursor.position;
        if (count < 0 || !(fitsPage || fitsSection)) {
          return "a bit-packed run of " + count + " " + what + " in a page of " + values + " values";
        }
        cursor.skip((long) count * bitWidth / 8);
      } else {
        cursor.skip((bitWidth + 7) / 8);
      }
    }
    return null;
  }

  /**
   * The header of DELTA_BINARY_PACKED (also the start of the two DELTA byte array encodings);
   * with {@code andNext}, the header after this block's values too.
   */
  private static String deltaHeader(Cursor cursor, int values, boolean andNext) {
    long blockSize = cursor.readUnsignedVarInt();
    long miniBlocks = cursor.readUnsignedVarInt();
    long total = cursor.readUnsignedVarInt();
    if (blockSize == Cursor.UNREADABLE || miniBlocks == Cursor.UNREADABLE || total == Cursor.UNREADABLE) {
      return null; // truncated: the decoder fails without allocating
    }
    // The format asks for blocks of a multiple of 128 values in miniblocks of a multiple of 32;
    // parquet-column itself insists only on miniblocks of a multiple of 8.
    if (blockSize <= 0 || blockSize > MAX_DELTA_BLOCK_VALUES || miniBlocks <= 0 || blockSize % miniBlocks != 0
        || (blockSize / miniBlocks) % 8 != 0) {
      return "a DELTA block of " + blockSize + " values in " + miniBlocks + " miniblocks";
    }
    if (total < 0 || total > values) {
      return "a DELTA header of " + total + " values in a page of " + values;
    }
    if (andNext && skipDeltaValues(cursor, (int) (blockSize / miniBlocks), (int) miniBlocks, total)) {
      return deltaHeader(cursor, values, false);
    }
    return null;
  }

  /**
   * Skips the values of a DELTA block whose header was just read, as parquet-column reads them:
   * the first value, then blocks of a minimum delta, the miniblocks' bit widths and the packed
   * miniblocks, until {@code total} values are buffered. False if the data ends first.
   */
  private static boolean skipDeltaValues(Cursor cursor, int miniBlockSize, int miniBlocks, long total) {
    if (!cursor.skipVarLong()) {
      return false;
    }
    long buffered = 1;
    while (buffered < total) {
      if (!cursor.skipVarLong() || cursor.end - cursor.position < miniBlocks) {
        return false;
      }
      int widths = cursor.position;
      cursor.position += miniBlocks;
      for (int i = 0; i < miniBlocks && buffered < total; i++) {
        cursor.skip((long) (cursor.bytes[widths + i] & 0xff) * miniBlockSize / 8);
        buffered += miniBlockSize;
      }
    }
    return cursor.position >= 0 && cursor.position < cursor.end;
  }

  private static int bitWidth(int maxLevel) {
    return 32 - Integer.numberOfLeadingZeros(maxLevel);
  }

  /** Reads through {@code [position, end)} of a byte array; past the end, reads give -1. */
  private static final class Cursor {
    static final long UNREADABLE = Long.MIN_VALUE;
    final byte[] bytes;
    int position;
    final int end;

    Cursor(byte[] bytes, int position, int end) {
      this.bytes = bytes;
      this.position = position;
      this.end = Math.min(end, bytes.length);
    }

    int readByte() {
      return position >= 0 && position < end ? bytes[position++] & 0xff : -1;
    }

    int readIntLittleEndian() {
      if (position < 0 || end - position < 4) {
        position = -1;
        return -1;
      }
      int value = (bytes[position] & 0xff) | (bytes[position + 1] & 0xff) << 8 | (bytes[position + 2] & 0xff) << 16
          | (bytes[position + 3] & 0xff) << 24;
      position += 4;
      return value;
    }

    /**
     * A ULEB128 int exactly as parquet-column's {@code BytesUtils.readUnsignedVarInt} reads it
     * (bits past 32 wrap, so damage can make it negative), or {@link #UNREADABLE} where that
     * method would throw (the data ends, or more than six bytes).
     */
    long readUnsignedVarInt() {
      int value = 0;
      int shift = 0;
      int next;
      while (((next = readByte()) & 0x80) != 0) {
        if (next < 0) {
          return UNREADABLE;
        }
        value |= (next & 0x7f) << shift;
        shift += 7;
        if (shift > 35) {
          return UNREADABLE;
        }
      }
      return value | (next << shift);
    }

    /** Skips a ULEB128 long of at most ten bytes; false if the data ends first. */
    boolean skipVarLong() {
      for (int i = 0; i < 10; i++) {
        int next = readByte();
        if (next < 0) {
          return false;
        }
        if ((next & 0x80) == 0) {
          return true;
        }
      }
      return false;
    }

    void skip(long count) {
      position = count > end - position ? end : position + (int) count;
    }
  }
}
