package org.parquetframe.adapter.predicate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.TimeZone;
import java.util.UUID;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;

/**
 * Values stored in a Parquet column (statistics bounds, dictionary entries) as values of the
 * column's {@link ValueKind}, agreeing with what {@code types/ParquetTypeMapping} decodes. A value
 * that cannot be trusted or represented gives null: NaN and infinities, text that is not valid
 * UTF-8 (a bound truncated by a careless writer), INT96, plain binary, and UTC-adjusted timestamps
 * when the JVM's zone has daylight-saving changes (their wall clock is not monotone in the instant).
 */
public final class ParquetValues {
  private ParquetValues() {}

  /** {@code value} (Integer, Long, Float, Double, Boolean or Binary, as parquet-java gives it) in the column's kind. */
  public static Comparable<?> of(PrimitiveType type, Object value) {
    if (value == null) {
      return null;
    }
    LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
    switch (type.getPrimitiveTypeName()) {
      case BOOLEAN:
        return (Boolean) value;
      case INT32:
        return int32(logical, (Integer) value);
      case INT64:
        return int64(logical, (Long) value);
      case FLOAT:
        return ValueTransform.finite((Float) value);
      case DOUBLE:
        return ValueTransform.finite((Double) value);
      case BINARY:
      case FIXED_LEN_BYTE_ARRAY:
        return binary(type, logical, (Binary) value);
      default:
        return null; // INT96: no trustworthy order
    }
  }

  private static Comparable<?> int32(LogicalTypeAnnotation logical, int value) {
    if (logical instanceof DecimalLogicalTypeAnnotation decimal) {
      return BigDecimal.valueOf(value, decimal.getScale());
    }
    if (logical instanceof IntLogicalTypeAnnotation integer && !integer.isSigned()) {
      return BigDecimal.valueOf(Integer.toUnsignedLong(value));
    }
    if (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation
        || logical instanceof TimeLogicalTypeAnnotation) {
      return (long) value;
    }
    return BigDecimal.valueOf(value);
  }

  private static Comparable<?> int64(LogicalTypeAnnotation logical, long value) {
    if (logical instanceof DecimalLogicalTypeAnnotation decimal) {
      return BigDecimal.valueOf(value, decimal.getScale());
    }
    if (logical instanceof IntLogicalTypeAnnotation integer && !integer.isSigned()) {
      return new BigDecimal(Long.toUnsignedString(value));
    }
    if (logical instanceof TimestampLogicalTypeAnnotation timestamp) {
      long millis = Math.floorDiv(value, unitsPerMilli(timestamp.getUnit()));
      if (!timestamp.isAdjustedToUTC()) {
        return millis;
      }
      Long offset = fixedZoneOffsetMillis();
      return offset == null ? null : millis + offset;
    }
    if (logical instanceof TimeLogicalTypeAnnotation time) {
      return Math.floorDiv(value, unitsPerMilli(time.getUnit()));
    }
    return BigDecimal.valueOf(value);
  }

  private static Comparable<?> binary(PrimitiveType type, LogicalTypeAnnotation logical, Binary value) {
    if (logical instanceof DecimalLogicalTypeAnnotation decimal) {
      byte[] bytes = value.getBytes();
      return bytes.length == 0 ? null : new BigDecimal(new BigInteger(bytes), decimal.getScale());
    }
    if (logical instanceof LogicalTypeAnnotation.UUIDLogicalTypeAnnotation && value.length() == 16) {
      ByteBuffer buffer = ByteBuffer.wrap(value.getBytes());
      // Canonical lower-case hex sorts as the unsigned bytes do.
      return new UUID(buffer.getLong(), buffer.getLong()).toString();
    }
    if (type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.BINARY
        && (logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation
            || logical instanceof LogicalTypeAnnotation.EnumLogicalTypeAnnotation
            || logical instanceof LogicalTypeAnnotation.JsonLogicalTypeAnnotation)) {
      return utf8(value.getBytes());
    }
    return null;
  }

  private static String utf8(byte[] bytes) {
    try {
      CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  static long unitsPerMilli(LogicalTypeAnnotation.TimeUnit unit) {
    return switch (unit) {
      case MILLIS -> 1L;
      case MICROS -> 1_000L;
      case NANOS -> 1_000_000L;
    };
  }

  /**
   * The JVM zone's offset if it never changes: then the wall clock that {@code JdbcInstants} shows
   * for an instant is the instant plus this offset, a monotone function. Null otherwise.
   */
  static Long fixedZoneOffsetMillis() {
    ZoneId zone = TimeZone.getDefault().toZoneId();
    if (!zone.getRules().isFixedOffset()) {
      return null;
    }
    return zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds() * 1000L;
  }
}
