package org.parquetframe.adapter.reader.decode;

import java.util.Arrays;
import org.apache.parquet.column.values.bitpacking.BytePacker;
import org.apache.parquet.column.values.bitpacking.Packer;

/**
 * Decodes Parquet's RLE/bit-packed hybrid encoding (definition levels, dictionary ids) from
 * {@code [from, to)} of a page: many values at a time (an RLE run is one fill, whole bit-packed
 * groups are unpacked straight into the caller's array), one at a time, or skipped. Both the scan
 * and the bulk readers decode through it, so that damaged runs fail alike on both paths. Every
 * read is checked against the section's end: damage ends in a {@link CorruptPageException}. A
 * bit-packed group cut short at the end of the section reads as zeros, as parquet-java reads it.
 */
public final class HybridRuns {
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

  public HybridRuns(byte[] bytes, int from, int to, int bitWidth) {
    if (bitWidth < 0 || bitWidth > 32) {
      throw new CorruptPageException("values of " + bitWidth + " bits");
    }
    this.bytes = bytes;
    this.position = from;
    this.end = Math.min(to, bytes.length);
    this.bitWidth = bitWidth;
    this.bytesPerValue = (bitWidth + 7) / 8;
    this.packer = Packer.LITTLE_ENDIAN.newBytePacker(bitWidth);
    this.padded = new byte[bitWidth];
  }

  /**
   * Where the runs of a v1 page's RLE levels end: they start at {@code from + 4}, after their
   * length (4 bytes, little-endian), which must leave them inside {@code [from, to)}.
   */
  public static int lengthPrefixedEnd(byte[] bytes, int from, int to) {
    if (to - from < 4) {
      throw new CorruptPageException("definition levels past the end of their page");
    }
    int length = (bytes[from] & 0xFF) | (bytes[from + 1] & 0xFF) << 8 | (bytes[from + 2] & 0xFF) << 16
        | (bytes[from + 3] & 0xFF) << 24;
    if (length < 0 || length > to - from - 4) {
      throw new CorruptPageException("definition levels of " + length + " bytes past the end of their page");
    }
    return from + 4 + length;
  }

  /** Reads the next {@code count} values into {@code into} from {@code offset}. */
  public void read(int[] into, int offset, int count) {
    int done = 0;
    while (done < count) {
      if (runLeft == 0) {
        nextRun();
      }
      int n = Math.min(runLeft, count - done);
      if (packed) {
        readPacked(into, offset + done, n);
      } else {
        Arrays.fill(into, offset + done, offset + done + n, rleValue);
      }
      runLeft -= n;
      done += n;
    }
  }

  /** {@code n} values of the current bit-packed run: the rest of a group, whole groups unpacked in place, a start. */
  private void readPacked(int[] into, int at, int n) {
    int i = 0;
    while (i < n && inGroup < 8) {
      into[at + i++] = group[inGroup++];
    }
    while (n - i >= 8 && end - position >= bitWidth) {
      packer.unpack8Values(bytes, position, into, at + i);
      position += bitWidth;
      i += 8;
    }
    while (i < n) {
      if (inGroup == 8) {
        unpackGroup();
      }
      into[at + i++] = group[inGroup++];
    }
  }

  /** The next value. */
  public int next() {
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
  public void skip(int count) {
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
        throw new CorruptPageException("a bit-packed run of " + values + " values");
      }
      packed = true;
      runLeft = (int) values;
      inGroup = 8;
    } else {
      int values = header >>> 1;
      if (values == 0) {
        throw new CorruptPageException("an RLE run of no values");
      }
      if (end - position < bytesPerValue) {
        throw new CorruptPageException("an RLE run past the end of its section");
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
      throw new CorruptPageException("a bit-packed run past the end of its section");
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
        throw new CorruptPageException("a run header past the end of its section");
      }
      int b = bytes[position++];
      value |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new CorruptPageException("a run header longer than five bytes");
  }
}
