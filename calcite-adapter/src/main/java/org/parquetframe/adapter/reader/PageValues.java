package org.parquetframe.adapter.reader;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.parquet.bytes.ByteBufferInputStream;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ValuesType;
import org.apache.parquet.column.values.RequiresPreviousReader;
import org.apache.parquet.column.values.ValuesReader;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.PrimitiveType;
import org.parquetframe.adapter.reader.decode.CorruptPageException;
import org.parquetframe.adapter.reader.decode.DictionaryIds;
import org.parquetframe.adapter.reader.decode.PlainValues;

/**
 * The non-NULL values of one data page, handed one at a time to a converter: PLAIN values and
 * dictionary ids decoded from the page's bytes by the shared decoders ({@link PlainValues},
 * {@link DictionaryIds}), any other encoding through parquet-column's values reader. Damage fails
 * with an unchecked exception that the caller reports as a corrupt page.
 */
abstract class PageValues {
  /** Hands the next value to {@code converter}. */
  abstract void next(PrimitiveConverter converter);

  /** Skips {@code count} values. */
  abstract void skip(int count);

  /**
   * The values in {@code [from, to)} of {@code bytes}, {@code count} of them, in {@code encoding},
   * with a dictionary of {@code dictionaryEntries} entries (-1: none); {@code previous} is the
   * values of the previous page, which DELTA_BYTE_ARRAY pages of some old writers continue from
   * (when {@code sequential}).
   */
  static PageValues of(ColumnDescriptor column, Encoding encoding, byte[] bytes, int from, int to, int count,
      int dictionaryEntries, PageValues previous, boolean sequential) throws IOException {
    PrimitiveType.PrimitiveTypeName type = column.getPrimitiveType().getPrimitiveTypeName();
    if (encoding == Encoding.RLE_DICTIONARY || encoding == Encoding.PLAIN_DICTIONARY) {
      return new Ids(new DictionaryIds(bytes, from, to, dictionaryEntries));
    }
    if (encoding == Encoding.PLAIN) {
      PlainValues values = new PlainValues(bytes, from, to);
      return switch (type) {
        case INT32 -> new Plain(values, 4, (v, c) -> c.addInt(v.readInt()));
        case INT64 -> new Plain(values, 8, (v, c) -> c.addLong(v.readLong()));
        case FLOAT -> new Plain(values, 4, (v, c) -> c.addFloat(v.readFloat()));
        case DOUBLE -> new Plain(values, 8, (v, c) -> c.addDouble(v.readDouble()));
        case INT96 -> new Plain(values, 12, (v, c) -> c.addBinary(v.readFixed(12)));
        case FIXED_LEN_BYTE_ARRAY -> fixedLength(values, column.getPrimitiveType().getTypeLength());
        case BINARY -> new Plain(values, 0, (v, c) -> c.addBinary(v.readBinary()));
        case BOOLEAN -> new Booleans(bytes, from, to);
      };
    }
    Generic generic = new Generic(column, encoding, bytes, from, to, count);
    if (sequential && previous instanceof Generic before && generic.reader instanceof RequiresPreviousReader next) {
      next.setPreviousReader(before.reader);
    }
    return generic;
  }

  private static PageValues fixedLength(PlainValues values, int length) {
    if (length <= 0) {
      throw new CorruptPageException("a fixed-length column of " + length + " bytes");
    }
    return new Plain(values, length, (v, c) -> c.addBinary(v.readFixed(length)));
  }

  /** Reads one PLAIN value and hands it to the converter. */
  @FunctionalInterface
  private interface PlainRead {
    void read(PlainValues values, PrimitiveConverter converter);
  }

  /** PLAIN values of every type but BOOLEAN. */
  private static final class Plain extends PageValues {
    private final PlainValues values;
    /** Bytes a value; 0 for BYTE_ARRAY, whose values carry their length. */
    private final int width;
    private final PlainRead read;

    Plain(PlainValues values, int width, PlainRead read) {
      this.values = values;
      this.width = width;
      this.read = read;
    }

    @Override
    void next(PrimitiveConverter converter) {
      read.read(values, converter);
    }

    @Override
    void skip(int count) {
      if (width == 0) {
        values.skipBinary(count);
      } else {
        values.skip(count, width);
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
        throw new CorruptPageException("a value past the end of its page");
      }
      converter.addBoolean((bytes[(int) (bit >>> 3)] >> (int) (bit & 7) & 1) == 1);
      bit++;
    }

    @Override
    void skip(int count) {
      bit += count;
    }
  }

  private static final class Ids extends PageValues {
    private final DictionaryIds ids;

    Ids(DictionaryIds ids) {
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
