package org.parquetframe.adapter.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.UUID;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;

/**
 * Maps a Parquet primitive column (physical type plus logical annotation) to its SQL type and to
 * the decoder that turns stored values into Calcite's runtime representation: DATE as days, TIME
 * as milliseconds of the day, TIMESTAMP as wall-clock epoch milliseconds (UTC-adjusted ones
 * through {@link JdbcInstants}), DECIMAL as BigDecimal, binary as ByteString. See docs/types.md
 * for the table and the precision limits, and docs/adr/0004 for the timestamp choice.
 */
public final class ParquetTypeMapping {
  private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;
  private static final long MILLIS_PER_DAY = 86_400_000L;

  private ParquetTypeMapping() {}

  /** A column's SQL type and decoder. */
  public record Mapping(ColumnType type, ValueDecoder decoder) {}

  public static Mapping of(PrimitiveType column) {
    LogicalTypeAnnotation logical = column.getLogicalTypeAnnotation();
    if (logical instanceof DecimalLogicalTypeAnnotation decimal) {
      return decimal(column, decimal);
    }
    switch (column.getPrimitiveTypeName()) {
      case BOOLEAN:
        return new Mapping(ColumnType.of(SqlTypeName.BOOLEAN), ColumnReader::getBoolean);
      case INT32:
        return int32(logical);
      case INT64:
        return int64(logical);
      case INT96:
        return new Mapping(ColumnType.of(SqlTypeName.TIMESTAMP, 3), r -> int96Millis(r.getBinary().getBytes()));
      case FLOAT:
        return new Mapping(ColumnType.of(SqlTypeName.REAL), ColumnReader::getFloat);
      case DOUBLE:
        return new Mapping(ColumnType.of(SqlTypeName.DOUBLE), ColumnReader::getDouble);
      case BINARY:
        return binary(logical);
      case FIXED_LEN_BYTE_ARRAY:
        return fixed(column, logical);
      default:
        throw new IllegalArgumentException("unsupported Parquet type " + column);
    }
  }

  private static Mapping int32(LogicalTypeAnnotation logical) {
    if (logical instanceof IntLogicalTypeAnnotation integer) {
      int bits = integer.getBitWidth();
      if (integer.isSigned()) {
        return switch (bits) {
          case 8 -> new Mapping(ColumnType.of(SqlTypeName.TINYINT), r -> (byte) r.getInteger());
          case 16 -> new Mapping(ColumnType.of(SqlTypeName.SMALLINT), r -> (short) r.getInteger());
          default -> new Mapping(ColumnType.of(SqlTypeName.INTEGER), ColumnReader::getInteger);
        };
      }
      // Unsigned values take the next wider signed type so that none wraps negative.
      return switch (bits) {
        case 8 -> new Mapping(ColumnType.of(SqlTypeName.SMALLINT), r -> (short) (r.getInteger() & 0xFF));
        case 16 -> new Mapping(ColumnType.of(SqlTypeName.INTEGER), r -> r.getInteger() & 0xFFFF);
        default -> new Mapping(ColumnType.of(SqlTypeName.BIGINT), r -> Integer.toUnsignedLong(r.getInteger()));
      };
    }
    if (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
      return new Mapping(ColumnType.of(SqlTypeName.DATE), ColumnReader::getInteger);
    }
    if (logical instanceof TimeLogicalTypeAnnotation) {
      return new Mapping(ColumnType.of(SqlTypeName.TIME, 3), ColumnReader::getInteger);
    }
    return new Mapping(ColumnType.of(SqlTypeName.INTEGER), ColumnReader::getInteger);
  }

  private static Mapping int64(LogicalTypeAnnotation logical) {
    if (logical instanceof IntLogicalTypeAnnotation integer && !integer.isSigned()) {
      return new Mapping(ColumnType.decimal(20, 0), r -> unsigned64(r.getLong()));
    }
    if (logical instanceof TimestampLogicalTypeAnnotation timestamp) {
      long perMilli = unitsPerMilli(timestamp.getUnit());
      ColumnType type = ColumnType.of(SqlTypeName.TIMESTAMP, 3);
      if (timestamp.isAdjustedToUTC()) {
        return new Mapping(type, r -> JdbcInstants.wallClockMillis(Math.floorDiv(r.getLong(), perMilli)));
      }
      return new Mapping(type, r -> Math.floorDiv(r.getLong(), perMilli));
    }
    if (logical instanceof TimeLogicalTypeAnnotation time) {
      long perMilli = unitsPerMilli(time.getUnit());
      return new Mapping(ColumnType.of(SqlTypeName.TIME, 3), r -> (int) Math.floorDiv(r.getLong(), perMilli));
    }
    return new Mapping(ColumnType.of(SqlTypeName.BIGINT), ColumnReader::getLong);
  }

  private static Mapping binary(LogicalTypeAnnotation logical) {
    if (logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation
        || logical instanceof LogicalTypeAnnotation.EnumLogicalTypeAnnotation
        || logical instanceof LogicalTypeAnnotation.JsonLogicalTypeAnnotation) {
      return new Mapping(ColumnType.of(SqlTypeName.VARCHAR), r -> Utf8.text(r.getBinary()));
    }
    return new Mapping(ColumnType.of(SqlTypeName.VARBINARY), r -> new ByteString(r.getBinary().getBytes()));
  }

  private static Mapping fixed(PrimitiveType column, LogicalTypeAnnotation logical) {
    if (logical instanceof LogicalTypeAnnotation.UUIDLogicalTypeAnnotation) {
      return new Mapping(ColumnType.of(SqlTypeName.VARCHAR, 36), r -> uuid(r.getBinary().getBytes()));
    }
    if (logical instanceof LogicalTypeAnnotation.Float16LogicalTypeAnnotation) {
      return new Mapping(ColumnType.of(SqlTypeName.REAL), r -> Float16.toFloat(r.getBinary().getBytes()));
    }
    return new Mapping(ColumnType.of(SqlTypeName.BINARY, column.getTypeLength()),
        r -> new ByteString(r.getBinary().getBytes()));
  }

  private static Mapping decimal(PrimitiveType column, DecimalLogicalTypeAnnotation decimal) {
    int scale = decimal.getScale();
    ColumnType type = ColumnType.decimal(decimal.getPrecision(), scale);
    return switch (column.getPrimitiveTypeName()) {
      case INT32 -> new Mapping(type, r -> BigDecimal.valueOf(r.getInteger(), scale));
      case INT64 -> new Mapping(type, r -> BigDecimal.valueOf(r.getLong(), scale));
      default -> new Mapping(type, r -> new BigDecimal(new BigInteger(r.getBinary().getBytes()), scale));
    };
  }

  static long unitsPerMilli(TimeUnit unit) {
    return switch (unit) {
      case MILLIS -> 1L;
      case MICROS -> 1_000L;
      case NANOS -> 1_000_000L;
    };
  }

  static BigDecimal unsigned64(long value) {
    return value >= 0 ? BigDecimal.valueOf(value) : new BigDecimal(new BigInteger(Long.toUnsignedString(value)));
  }

  /** INT96 (Impala/Spark legacy): 8 bytes nanoseconds of the day, then 4 bytes Julian day, little-endian. */
  static long int96Millis(byte[] bytes) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    long nanosOfDay = buffer.getLong();
    long julianDay = Integer.toUnsignedLong(buffer.getInt());
    return (julianDay - JULIAN_DAY_OF_EPOCH) * MILLIS_PER_DAY + Math.floorDiv(nanosOfDay, 1_000_000L);
  }

  static String uuid(byte[] bytes) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    return new UUID(buffer.getLong(), buffer.getLong()).toString();
  }
}
