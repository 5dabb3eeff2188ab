package org.parquetframe.adapter.reader.bulk;

import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.parquetframe.adapter.types.ColumnType;
import org.parquetframe.adapter.types.ParquetTypeMapping;

/**
 * What a bulk read fills, and from which stored types: integer columns into {@code long[]},
 * integer and floating-point columns into {@code double[]}, string columns into {@code String[]}.
 * Values agree with {@link org.parquetframe.adapter.types.PrimitiveDecoders} and
 * {@link ParquetTypeMapping}.
 */
public enum BulkTarget {
  LONGS,
  DOUBLES,
  STRINGS;

  /** Whether values of {@code type} can be read into this target (else: a per-value reader). */
  public boolean accepts(PrimitiveType type) {
    ColumnType sql = ParquetTypeMapping.of(type).type();
    PrimitiveTypeName physical = type.getPrimitiveTypeName();
    boolean integer = (physical == PrimitiveTypeName.INT32 || physical == PrimitiveTypeName.INT64) && sql.isInteger();
    return switch (this) {
      case LONGS -> integer;
      case DOUBLES -> integer || physical == PrimitiveTypeName.FLOAT || physical == PrimitiveTypeName.DOUBLE;
      case STRINGS -> physical == PrimitiveTypeName.BINARY && sql.isCharacter();
    };
  }

  /** A new array of this target's element type. */
  Object newArray(int length) {
    return switch (this) {
      case LONGS -> new long[length];
      case DOUBLES -> new double[length];
      case STRINGS -> new String[length];
    };
  }

  /**
   * The bits an INT32 value keeps when it widens to a long: all of them, sign-extended (0), or
   * the low 8, 16 or 32 bits of an unsigned integer.
   */
  static long unsignedMask(PrimitiveType type) {
    if (type.getPrimitiveTypeName() == PrimitiveTypeName.INT32
        && type.getLogicalTypeAnnotation() instanceof IntLogicalTypeAnnotation integer && !integer.isSigned()) {
      return switch (integer.getBitWidth()) {
        case 8 -> 0xFFL;
        case 16 -> 0xFFFFL;
        default -> 0xFFFF_FFFFL;
      };
    }
    return 0;
  }
}
