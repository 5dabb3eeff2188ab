package org.parquetframe.adapter.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;

/**
 * Decoders into primitives, for readers that fill arrays (graph edges) and must not box: integer
 * columns as {@code long}, numeric columns as {@code double}. They agree with {@link
 * ParquetTypeMapping} on every value.
 */
public final class PrimitiveDecoders {
  private PrimitiveDecoders() {}

  /** Reads the current value as a long. */
  @FunctionalInterface
  public interface LongDecoder {
    long decode(ColumnReader reader);
  }

  /** Reads the current value as a double. */
  @FunctionalInterface
  public interface DoubleDecoder {
    double decode(ColumnReader reader);
  }

  /** For a column whose SQL type is an integer type (TINYINT to BIGINT). */
  public static LongDecoder longs(PrimitiveType column) {
    if (!ParquetTypeMapping.of(column).type().isInteger()) {
      throw new IllegalArgumentException("column " + column + " is not an integer column");
    }
    if (column.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT64) {
      return ColumnReader::getLong;
    }
    LogicalTypeAnnotation logical = column.getLogicalTypeAnnotation();
    if (logical instanceof IntLogicalTypeAnnotation integer && !integer.isSigned()) {
      return switch (integer.getBitWidth()) {
        case 8 -> r -> r.getInteger() & 0xFFL;
        case 16 -> r -> r.getInteger() & 0xFFFFL;
        default -> r -> Integer.toUnsignedLong(r.getInteger());
      };
    }
    return ColumnReader::getInteger;
  }

  /** For a column whose SQL type is numeric (integers, decimals, floating point). */
  public static DoubleDecoder doubles(PrimitiveType column) {
    ColumnType type = ParquetTypeMapping.of(column).type();
    if (!type.isNumeric()) {
      throw new IllegalArgumentException("column " + column + " is not numeric");
    }
    LogicalTypeAnnotation logical = column.getLogicalTypeAnnotation();
    if (logical instanceof DecimalLogicalTypeAnnotation decimal) {
      int scale = decimal.getScale();
      return switch (column.getPrimitiveTypeName()) {
        case INT32 -> r -> BigDecimal.valueOf(r.getInteger(), scale).doubleValue();
        case INT64 -> r -> BigDecimal.valueOf(r.getLong(), scale).doubleValue();
        default -> r -> new BigDecimal(new BigInteger(r.getBinary().getBytes()), scale).doubleValue();
      };
    }
    return switch (column.getPrimitiveTypeName()) {
      case FLOAT -> ColumnReader::getFloat;
      case DOUBLE -> ColumnReader::getDouble;
      case INT64 -> type.isInteger() ? ColumnReader::getLong : r -> unsigned64(r.getLong());
      default -> {
        if (type.isInteger()) {
          LongDecoder integer = longs(column);
          yield r -> integer.decode(r);
        }
        ValueDecoder value = ParquetTypeMapping.of(column).decoder(); // FLOAT16, the rare remaining case
        yield r -> ((Number) value.decode(r)).doubleValue();
      }
    };
  }

  private static double unsigned64(long value) {
    return value >= 0 ? value : new BigDecimal(Long.toUnsignedString(value)).doubleValue();
  }
}
