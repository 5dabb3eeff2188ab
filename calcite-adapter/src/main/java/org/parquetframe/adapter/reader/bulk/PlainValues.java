package org.parquetframe.adapter.reader.bulk;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * PLAIN-encoded values (also the entries of a dictionary page), read straight from the page
 * bytes: 64-bit values as one bulk copy, the others in a tight loop.
 */
final class PlainValues extends PageValues {
  private final ByteBuffer data; // little-endian, positioned at the next value
  private final PrimitiveTypeName physical;
  private final BulkTarget target;
  private final long unsignedMask;

  PlainValues(ByteBuffer data, PrimitiveTypeName physical, BulkTarget target, long unsignedMask) {
    this.data = data;
    this.physical = physical;
    this.target = target;
    this.unsignedMask = unsignedMask;
  }

  @Override
  void copy(Object out, int at, int n) {
    switch (target) {
      case LONGS -> copyLongs((long[]) out, at, n);
      case DOUBLES -> copyDoubles((double[]) out, at, n);
      case STRINGS -> copyStrings((String[]) out, at, n);
    }
  }

  private void copyLongs(long[] out, int at, int n) {
    if (physical == PrimitiveTypeName.INT64) {
      need(8L * n);
      data.asLongBuffer().get(out, at, n);
      data.position(data.position() + 8 * n);
    } else {
      need(4L * n);
      for (int i = 0; i < n; i++) {
        out[at + i] = widen(data.getInt(), unsignedMask);
      }
    }
  }

  private void copyDoubles(double[] out, int at, int n) {
    switch (physical) {
      case DOUBLE -> {
        need(8L * n);
        data.asDoubleBuffer().get(out, at, n);
        data.position(data.position() + 8 * n);
      }
      case FLOAT -> {
        need(4L * n);
        for (int i = 0; i < n; i++) {
          out[at + i] = data.getFloat();
        }
      }
      case INT64 -> {
        need(8L * n);
        for (int i = 0; i < n; i++) {
          out[at + i] = data.getLong();
        }
      }
      default -> {
        need(4L * n);
        for (int i = 0; i < n; i++) {
          out[at + i] = widen(data.getInt(), unsignedMask);
        }
      }
    }
  }

  private void copyStrings(String[] out, int at, int n) {
    for (int i = 0; i < n; i++) {
      need(4);
      int length = data.getInt();
      if (length < 0 || length > data.remaining()) {
        throw new CorruptPageException("a PLAIN string of " + length + " bytes with " + data.remaining()
            + " bytes left in its page");
      }
      out[at + i] = utf8(length);
    }
  }

  private String utf8(int length) {
    String text;
    if (data.hasArray()) {
      text = new String(data.array(), data.arrayOffset() + data.position(), length, StandardCharsets.UTF_8);
      data.position(data.position() + length);
    } else {
      byte[] bytes = new byte[length];
      data.get(bytes);
      text = new String(bytes, StandardCharsets.UTF_8);
    }
    return text;
  }

  private void need(long bytes) {
    if (data.remaining() < bytes) {
      throw new CorruptPageException("PLAIN values need " + bytes + " bytes but " + data.remaining()
          + " are left in their page");
    }
  }
}
