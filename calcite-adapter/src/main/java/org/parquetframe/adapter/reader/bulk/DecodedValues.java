package org.parquetframe.adapter.reader.bulk;

import org.apache.parquet.column.values.ValuesReader;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.parquetframe.adapter.types.Utf8;

/**
 * Values in the encodings without a bulk path here (DELTA_BINARY_PACKED, DELTA_BYTE_ARRAY,
 * BYTE_STREAM_SPLIT, ...), read one by one through parquet-column's decoder: still no boxing.
 */
final class DecodedValues extends PageValues {
  private final ValuesReader reader;
  private final PrimitiveTypeName physical;
  private final long unsignedMask;

  DecodedValues(ValuesReader reader, PrimitiveTypeName physical, long unsignedMask) {
    this.reader = reader;
    this.physical = physical;
    this.unsignedMask = unsignedMask;
  }

  @Override
  void copy(Object out, int at, int n) {
    if (out instanceof long[] longs) {
      for (int i = 0; i < n; i++) {
        longs[at + i] = physical == PrimitiveTypeName.INT64 ? reader.readLong()
            : widen(reader.readInteger(), unsignedMask);
      }
    } else if (out instanceof double[] doubles) {
      for (int i = 0; i < n; i++) {
        doubles[at + i] = switch (physical) {
          case DOUBLE -> reader.readDouble();
          case FLOAT -> reader.readFloat();
          case INT64 -> reader.readLong();
          default -> widen(reader.readInteger(), unsignedMask);
        };
      }
    } else {
      String[] strings = (String[]) out;
      for (int i = 0; i < n; i++) {
        strings[at + i] = Utf8.text(reader.readBytes());
      }
    }
  }
}
