package org.parquetframe.adapter.reader.bulk;

import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.parquetframe.adapter.reader.decode.PlainValues;

/**
 * PLAIN-encoded values (also the entries of a dictionary page) copied into the target array,
 * decoded by the shared {@link PlainValues}: 64-bit values as one bulk copy, the others in a
 * tight loop.
 */
final class PlainArrays extends PageValues {
  private final PlainValues values;
  private final PrimitiveTypeName physical;
  private final long unsignedMask;

  PlainArrays(PlainValues values, PrimitiveTypeName physical, long unsignedMask) {
    this.values = values;
    this.physical = physical;
    this.unsignedMask = unsignedMask;
  }

  @Override
  void copy(Object out, int at, int n) {
    if (out instanceof long[] longs) {
      copyLongs(longs, at, n);
    } else if (out instanceof double[] doubles) {
      copyDoubles(doubles, at, n);
    } else {
      String[] strings = (String[]) out;
      for (int i = 0; i < n; i++) {
        strings[at + i] = values.readString();
      }
    }
  }

  private void copyLongs(long[] out, int at, int n) {
    if (physical == PrimitiveTypeName.INT64) {
      values.readLongs(out, at, n);
    } else {
      for (int i = 0; i < n; i++) {
        out[at + i] = widen(values.readInt(), unsignedMask);
      }
    }
  }

  private void copyDoubles(double[] out, int at, int n) {
    switch (physical) {
      case DOUBLE -> values.readDoubles(out, at, n);
      case FLOAT -> {
        for (int i = 0; i < n; i++) {
          out[at + i] = values.readFloat();
        }
      }
      case INT64 -> {
        for (int i = 0; i < n; i++) {
          out[at + i] = values.readLong();
        }
      }
      default -> {
        for (int i = 0; i < n; i++) {
          out[at + i] = widen(values.readInt(), unsignedMask);
        }
      }
    }
  }
}
