package org.parquetframe.adapter.reader.decode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.apache.parquet.io.api.Binary;

/**
 * PLAIN-encoded values (data pages and the entries of dictionary pages) read straight from
 * {@code [from, to)} of a page's bytes, for every physical type but BOOLEAN (bits, see the scan's
 * page values): one value at a time for the scan's converters, 64-bit values in one bulk copy for
 * the bulk reader. Every read is checked against the end: damage is a {@link CorruptPageException}.
 */
public final class PlainValues {
  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle FLOAT = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle DOUBLE =
      MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);

  private final byte[] bytes;
  private final int end;
  private int position;

  public PlainValues(byte[] bytes, int from, int to) {
    this.bytes = bytes;
    this.position = from;
    this.end = Math.min(to, bytes.length);
  }

  /** INT32. */
  public int readInt() {
    need(4);
    int value = (int) INT.get(bytes, position);
    position += 4;
    return value;
  }

  /** INT64. */
  public long readLong() {
    need(8);
    long value = (long) LONG.get(bytes, position);
    position += 8;
    return value;
  }

  /** FLOAT. */
  public float readFloat() {
    need(4);
    float value = (float) FLOAT.get(bytes, position);
    position += 4;
    return value;
  }

  /** DOUBLE. */
  public double readDouble() {
    need(8);
    double value = (double) DOUBLE.get(bytes, position);
    position += 8;
    return value;
  }

  /** INT96 or FIXED_LEN_BYTE_ARRAY: {@code width} bytes, not copied. */
  public Binary readFixed(int width) {
    need(width);
    Binary value = Binary.fromConstantByteArray(bytes, position, width);
    position += width;
    return value;
  }

  /** BYTE_ARRAY: a 4-byte little-endian length and that many bytes, not copied. */
  public Binary readBinary() {
    int length = length();
    Binary value = Binary.fromConstantByteArray(bytes, position, length);
    position += length;
    return value;
  }

  /** BYTE_ARRAY as UTF-8 text. */
  public String readString() {
    int length = length();
    String value = new String(bytes, position, length, StandardCharsets.UTF_8);
    position += length;
    return value;
  }

  /** The next {@code n} INT64 values into {@code out[at, at + n)}, in one copy. */
  public void readLongs(long[] out, int at, int n) {
    need(8L * n);
    ByteBuffer.wrap(bytes, position, 8 * n).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(out, at, n);
    position += 8 * n;
  }

  /** The next {@code n} DOUBLE values into {@code out[at, at + n)}, in one copy. */
  public void readDoubles(double[] out, int at, int n) {
    need(8L * n);
    ByteBuffer.wrap(bytes, position, 8 * n).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(out, at, n);
    position += 8 * n;
  }

  /** Skips {@code count} values of {@code width} bytes; a skip past the end fails at the next read. */
  public void skip(int count, int width) {
    position = (int) Math.min(end, position + (long) count * width);
  }

  /** Skips {@code count} BYTE_ARRAY values. */
  public void skipBinary(int count) {
    for (int i = 0; i < count; i++) {
      int length = length(); // reads past the length itself: not "position += length()"
      position += length;
    }
  }

  private int length() {
    need(4);
    int length = (int) INT.get(bytes, position);
    if (length < 0 || length > end - position - 4) {
      throw new CorruptPageException("a value of " + length + " bytes past the end of its page");
    }
    position += 4;
    return length;
  }

  private void need(long bytes) {
    if (end - position < bytes) {
      throw new CorruptPageException("a value past the end of its page");
    }
  }
}
