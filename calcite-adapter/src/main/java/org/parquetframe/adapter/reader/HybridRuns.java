package org.parquetframe.adapter.reader;

import java.util.Arrays;
import org.apache.parquet.column.values.bitpacking.BytePacker;
import org.apache.parquet.column.values.bitpacking.Packer;

/**
 * Decodes Parquet's RLE/bit-packed hybrid encoding (definition levels, dictionary ids) from
 * {@code [from, to)} of a page, many values at a time. Every read is checked against the section's
 * end: damaged runs end in an {@link IllegalStateException} that the caller reports as a corrupt
 * page. A bit-packed run cut short at the end of the section reads as zeros, as parquet-java reads it.
 */
final class HybridRuns {
  private final byte[] bytes;
  private final int end;
  private final int bitWidth;
  private final int bytesPerValue;
  private final BytePacker packer;
  private final int[] group = new int[8];
  private final byte[] padded;
  private int position;
  /** Values left in the current run. */
  private int runLeft;
  private boolean packed;
  private int rleValue;
  /** Next value of {@link #group} to hand out (8: none left). */
  private int inGroup = 8;

  HybridRuns(byte[] bytes, int from, int to, int bitWidth) {
    if (bitWidth < 0 || bitWidth > 32) {
      throw new IllegalStateException("values of " + bitWidth + " bits");
    }
    this.bytes = bytes;
    this.position = from;
    this.end = Math.min(to, bytes.length);
    this.bitWidth = bitWidth;
    this.bytesPerValue = (bitWidth + 7) / 8;
    this.packer = Packer.LITTLE_ENDIAN.newBytePacker(bitWidth);
    this.padded = new byte[bitWidth];
  }

  /** Reads the next {@code count} values into {@code into} from {@code offset}. */
  void read(int[] into, int offset, int count) {
    int done = 0;
    while (done < count) {
      if (runLeft == 0) {
        nextRun();
      }
      int n = Math.min(runLeft, count - done);
      if (packed) {
        for (int i = 0; i < n; i++) {
          if (inGroup == 8) {
            unpackGroup();
          }
          into[offset + done + i] = group[inGroup++];
        }
      } else {
        Arrays.fill(into, offset + done, offset + done + n, rleValue);
      }
      runLeft -= n;
      done += n;
    }
  }

  /** The next value. */
  int next() {
    if (runLeft == 0) {
      nextRun();
    }
    runLeft--;
    if (!packed) {
      return rleValue;
    }
    if (inGroup == 8) {
      unpackGroup();
    }
    return group[inGroup++];
  }

  /** Skips {@code count} values. */
  void skip(int count) {
    int left = count;
    while (left > 0) {
      if (runLeft == 0) {
        nextRun();
      }
      int n = Math.min(runLeft, left);
      if (packed) {
        int fromGroup = Math.min(n, 8 - inGroup);
        inGroup += fromGroup;
        int wholeGroups = (n - fromGroup) / 8;
        position += wholeGroups * bitWidth; // past the end is caught when the next group is read
        int rest = n - fromGroup - wholeGroups * 8;
        if (rest > 0) {
          unpackGroup();
          inGroup = rest;
        }
      }
      runLeft -= n;
      left -= n;
    }
  }

  private void nextRun() {
    int header = readUnsignedVarInt();
    if ((header & 1) == 1) {
      long values = (long) (header >>> 1) * 8;
      if (values == 0 || values > Integer.MAX_VALUE) {
        throw new IllegalStateException("a bit-packed run of " + values + " values");
      }
      packed = true;
      runLeft = (int) values;
      inGroup = 8;
    } else {
      int values = header >>> 1;
      if (values == 0) {
        throw new IllegalStateException("an RLE run of no values");
      }
      if (end - position < bytesPerValue) {
        throw new IllegalStateException("an RLE run past the end of its section");
      }
      int value = 0;
      for (int i = 0; i < bytesPerValue; i++) {
        value |= (bytes[position++] & 0xFF) << (8 * i);
      }
      packed = false;
      rleValue = value;
      runLeft = values;
    }
  }

  private void unpackGroup() {
    if (position >= end && bitWidth > 0) {
      throw new IllegalStateException("a bit-packed run past the end of its section");
    }
    if (end - position >= bitWidth) {
      packer.unpack8Values(bytes, position, group, 0);
    } else {
      Arrays.fill(padded, (byte) 0);
      System.arraycopy(bytes, position, padded, 0, end - position);
      packer.unpack8Values(padded, 0, group, 0);
    }
    position += bitWidth;
    inGroup = 0;
  }

  private int readUnsignedVarInt() {
    int value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      if (position >= end) {
        throw new IllegalStateException("a run header past the end of its section");
      }
      int b = bytes[position++];
      value |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IllegalStateException("a run header longer than five bytes");
  }
}
