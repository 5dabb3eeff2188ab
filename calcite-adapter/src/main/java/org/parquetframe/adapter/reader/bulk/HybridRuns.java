package org.parquetframe.adapter.reader.bulk;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.parquet.column.values.bitpacking.BytePacker;
import org.apache.parquet.column.values.bitpacking.Packer;

/**
 * Decodes Parquet's RLE / bit-packed hybrid encoding (definition levels, dictionary ids) into an
 * int array, a run at a time: an RLE run is one fill, a bit-packed run eight values per unpack.
 */
final class HybridRuns {
  private static final BytePacker[] PACKERS = new BytePacker[33];

  static {
    for (int width = 0; width <= 32; width++) {
      PACKERS[width] = Packer.LITTLE_ENDIAN.newBytePacker(width);
    }
  }

  private final ByteBuffer data;
  private final int end;
  private final int bitWidth;
  private int position;

  private HybridRuns(ByteBuffer data, int from, int to, int bitWidth) {
    this.data = data;
    this.position = from;
    this.end = to;
    this.bitWidth = bitWidth;
  }

  /**
   * Decodes {@code count} values of {@code bitWidth} bits from {@code data[from, to)} into
   * {@code out[0, count)}. Runs may hold more values than needed (the last bit-packed group is
   * padded); the data may not hold fewer.
   *
   * @throws CorruptPageException when the runs end early or are malformed
   */
  static void decode(ByteBuffer data, int from, int to, int bitWidth, int[] out, int count) {
    if (bitWidth < 0 || bitWidth > 32) {
      throw new CorruptPageException("values of " + bitWidth + " bits in an RLE/bit-packed run");
    }
    if (from < 0 || to > data.limit() || from > to) {
      throw new CorruptPageException("RLE/bit-packed data past the end of its page");
    }
    new HybridRuns(data, from, to, bitWidth).decode(out, count);
  }

  private void decode(int[] out, int count) {
    int done = 0;
    while (done < count) {
      if (position >= end) {
        throw new CorruptPageException("RLE/bit-packed runs end after " + done + " of " + count + " values");
      }
      int header = readUnsignedVarInt();
      int runLength = header >>> 1;
      done = (header & 1) == 0 ? repeat(runLength, out, done, count) : unpack(runLength, out, done, count);
    }
  }

  private int repeat(int runLength, int[] out, int done, int count) {
    int bytes = (bitWidth + 7) / 8;
    if (end - position < bytes) {
      throw new CorruptPageException("an RLE run whose value runs past the end of its page");
    }
    int value = 0;
    for (int i = 0; i < bytes; i++) {
      value |= (data.get(position + i) & 0xff) << (8 * i);
    }
    position += bytes;
    int until = (int) Math.min(count, (long) done + runLength);
    Arrays.fill(out, done, until, value);
    return until;
  }

  /** A run of {@code groups} groups of eight values; a group the page end cuts short reads as zeros. */
  private int unpack(int groups, int[] out, int done, int count) {
    BytePacker packer = PACKERS[bitWidth];
    for (int g = 0; g < groups && done < count; g++) {
      if (end - position >= bitWidth && count - done >= 8) {
        packer.unpack8Values(data, position, out, done);
      } else {
        int[] group = new int[8];
        byte[] padded = new byte[Math.max(1, bitWidth)];
        data.get(position, padded, 0, Math.min(bitWidth, end - position));
        packer.unpack8Values(padded, 0, group, 0);
        System.arraycopy(group, 0, out, done, Math.min(8, count - done));
      }
      position = Math.min(end, position + bitWidth);
      done = Math.min(count, done + 8);
    }
    return done;
  }

  /** A ULEB128 run header of at most five bytes. */
  private int readUnsignedVarInt() {
    int value = 0;
    for (int shift = 0; shift < 35 && position < end; shift += 7) {
      int b = data.get(position++) & 0xff;
      value |= (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new CorruptPageException("an unreadable RLE/bit-packed run header");
  }
}
