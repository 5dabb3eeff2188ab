package org.parquetframe.adapter.reader;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.apache.parquet.bytes.ByteBufferInputStream;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ValuesType;
import org.apache.parquet.column.values.RequiresPreviousReader;
import org.apache.parquet.column.values.ValuesReader;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.PrimitiveType;

/**
 * The non-NULL values of one data page, handed one at a time to a converter: PLAIN values and
 * dictionary ids decoded here straight from the page's bytes, any other encoding through
 * parquet-column's values reader. Reads past the page's end fail with an unchecked exception
 * that the caller reports as a corrupt page.
 */
abstract class PageValues {
  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle FLOAT = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle DOUBLE =
      MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);

  /** Hands the next value to {@code converter}. */
  abstract void next(PrimitiveConverter converter);

  /** Skips {@code count} values. */
  abstract void skip(int count);

  /**
   * The values in {@code [from, to)} of {@code bytes}, {@code count} of them, in {@code encoding};
   * {@code previous} is the values of the previous page, which DELTA_BYTE_ARRAY pages of some old
   * writers continue from (when {@code sequential}).
   */
  static PageValues of(ColumnDescriptor column, Encoding encoding, byte[] bytes, int from, int to, int count,
      Dictionary dictionary, PageValues previous, boolean sequential) throws IOException {
    PrimitiveType.PrimitiveTypeName type = column.getPrimitiveType().getPrimitiveTypeName();
    if (encoding == Encoding.RLE_DICTIONARY || encoding == Encoding.PLAIN_DICTIONARY) {
      if (dictionary == null) {
        throw new IllegalStateException("a dictionary-encoded page in a chunk without a dictionary page");
      }
      if (from >= to) {
        throw new IllegalStateException("a dictionary-encoded page without values");
      }
      return new DictionaryIds(new HybridRuns(bytes, from + 1, to, bytes[from] & 0xFF));
    }
    if (encoding == Encoding.PLAIN) {
      return switch (type) {
        case INT32 -> new Fixed(bytes, from, to, 4, (b, at, c) -> c.addInt((int) INT.get(b, at)));
        case INT64 -> new Fixed(bytes, from, to, 8, (b, at, c) -> c.addLong((long) LONG.get(b, at)));
        case FLOAT -> new Fixed(bytes, from, to, 4, (b, at, c) -> c.addFloat((float) FLOAT.get(b, at)));
        case DOUBLE -> new Fixed(bytes, from, to, 8, (b, at, c) -> c.addDouble((double) DOUBLE.get(b, at)));
        case INT96 -> new Fixed(bytes, from, to, 12, (b, at, c) -> c.addBinary(Binary.fromConstantByteArray(b, at, 12)));
        case FIXED_LEN_BYTE_ARRAY -> fixedLength(bytes, from, to, column.getPrimitiveType().getTypeLength());
        case BINARY -> new LengthPrefixed(bytes, from, to);
        case BOOLEAN -> new Booleans(bytes, from, to);
      };
    }
    Generic generic = new Generic(column, encoding, bytes, from, to, count);
    if (sequential && previous instanceof Generic before && generic.reader instanceof RequiresPreviousReader next) {
      next.setPreviousReader(before.reader);
    }
    return generic;
  }

  private static PageValues fixedLength(byte[] bytes, int from, int to, int length) {
    if (length <= 0) {
      throw new IllegalStateException("a fixed-length column of " + length + " bytes");
    }
    return new Fixed(bytes, from, to, length, (b, at, c) -> c.addBinary(Binary.fromConstantByteArray(b, at, length)));
  }

  /** Reads one fixed-width value at {@code at} and hands it to the converter. */
  @FunctionalInterface
  private interface FixedRead {
    void read(byte[] bytes, int at, PrimitiveConverter converter);
  }

  private static final class Fixed extends PageValues {
    private final byte[] bytes;
    private final int end;
    private final int width;
    private final FixedRead read;
    private int position;

    Fixed(byte[] bytes, int from, int to, int width, FixedRead read) {
      this.bytes = bytes;
      this.position = from;
      this.end = to;
      this.width = width;
      this.read = read;
    }

    @Override
    void next(PrimitiveConverter converter) {
      if (end - position < width) {
        throw new IllegalStateException("a value past the end of its page");
      }
      read.read(bytes, position, converter);
      position += width;
    }

    @Override
    void skip(int count) {
      position += count * width; // the next read checks the end
    }
  }

  /** PLAIN BYTE_ARRAY: each value a 4-byte little-endian length and its bytes. */
  private static final class LengthPrefixed extends PageValues {
    private final byte[] bytes;
    private final int end;
    private int position;

    LengthPrefixed(byte[] bytes, int from, int to) {
      this.bytes = bytes;
      this.position = from;
      this.end = to;
    }

    private int length() {
      if (end - position < 4) {
        throw new IllegalStateException("a value past the end of its page");
      }
      int length = (int) INT.get(bytes, position);
      if (length < 0 || length > end - position - 4) {
        throw new IllegalStateException("a value of " + length + " bytes past the end of its page");
      }
      position += 4;
      return length;
    }

    @Override
    void next(PrimitiveConverter converter) {
      int length = length();
      converter.addBinary(Binary.fromConstantByteArray(bytes, position, length));
      position += length;
    }

    @Override
    void skip(int count) {
      for (int i = 0; i < count; i++) {
        int length = length(); // reads past the length itself: not "position += length()"
        position += length;
      }
    }
  }

  /** PLAIN BOOLEAN: one bit per value, least significant bit first. */
  private static final class Booleans extends PageValues {
    private final byte[] bytes;
    private final long endBit;
    private long bit;

    Booleans(byte[] bytes, int from, int to) {
      this.bytes = bytes;
      this.bit = (long) from * 8;
      this.endBit = (long) to * 8;
    }

    @Override
    void next(PrimitiveConverter converter) {
      if (bit >= endBit) {
        throw new IllegalStateException("a value past the end of its page");
      }
      converter.addBoolean((bytes[(int) (bit >>> 3)] >> (int) (bit & 7) & 1) == 1);
      bit++;
    }

    @Override
    void skip(int count) {
      bit += count;
    }
  }

  private static final class DictionaryIds extends PageValues {
    private final HybridRuns ids;

    DictionaryIds(HybridRuns ids) {
      this.ids = ids;
    }

    @Override
    void next(PrimitiveConverter converter) {
      converter.addValueFromDictionary(ids.next());
    }

    @Override
    void skip(int count) {
      ids.skip(count);
    }
  }

  /** Any other encoding (DELTA_*, BYTE_STREAM_SPLIT, RLE booleans): parquet-column's reader. */
  private static final class Generic extends PageValues {
    private final ValuesReader reader;
    private final PrimitiveType.PrimitiveTypeName type;

    Generic(ColumnDescriptor column, Encoding encoding, byte[] bytes, int from, int to, int count) throws IOException {
      this.type = column.getPrimitiveType().getPrimitiveTypeName();
      this.reader = encoding.getValuesReader(column, ValuesType.VALUES);
      reader.initFromPage(count, ByteBufferInputStream.wrap(ByteBuffer.wrap(bytes, from, to - from)));
    }

    @Override
    void next(PrimitiveConverter converter) {
      switch (type) {
        case INT32 -> converter.addInt(reader.readInteger());
        case INT64 -> converter.addLong(reader.readLong());
        case FLOAT -> converter.addFloat(reader.readFloat());
        case DOUBLE -> converter.addDouble(reader.readDouble());
        case BOOLEAN -> converter.addBoolean(reader.readBoolean());
        default -> converter.addBinary(reader.readBytes());
      }
    }

    @Override
    void skip(int count) {
      reader.skip(count);
    }
  }
}
