package org.parquetframe.functions.metadata;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DateLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.EnumLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.JsonLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.StringLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.UUIDLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;

/**
 * A column chunk's {@code min_value} and {@code max_value} as text of the column's logical value
 * (docs/sql-reference.md, "Parquet metadata"). Statistics are trusted conservatively: parquet-java
 * has already dropped bounds whose sort order is not certain (deprecated min/max of unsigned or
 * byte-wise types, and files of writers known to get them wrong); NaN bounds, bounds in the wrong
 * order and stored values of the wrong size give NULL for both.
 */
final class StatisticsText {
  /** Both bounds, or both null. */
  record Bounds(String min, String max) {}

  private static final Bounds NONE = new Bounds(null, null);
  private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;
  private static final long NANOS_PER_DAY = 86_400_000_000_000L;

  private StatisticsText() {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Bounds of(Statistics<?> statistics) {
    if (statistics == null || !statistics.hasNonNullValue()) {
      return NONE;
    }
    Statistics raw = statistics;
    if (raw.comparator().compare(raw.genericGetMin(), raw.genericGetMax()) > 0) {
      return NONE;
    }
    PrimitiveType type = statistics.type();
    String min;
    String max;
    try {
      min = text(type, statistics.genericGetMin());
      max = text(type, statistics.genericGetMax());
    } catch (RuntimeException e) {
      return NONE; // a stored value that does not fit its type: as good as no statistics
    }
    if (min == null || max == null || min.equals("NaN") || max.equals("NaN")) {
      return NONE;
    }
    return new Bounds(min, max);
  }

  /** One stored value as text; null when it cannot be the type's value. */
  static String text(PrimitiveType type, Object value) {
    LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
    if (logical instanceof DecimalLogicalTypeAnnotation decimal) {
      return decimal(value, decimal.getScale());
    }
    return switch (type.getPrimitiveTypeName()) {
      case BOOLEAN, FLOAT, DOUBLE -> value.toString();
      case INT32 -> int32((Integer) value, logical);
      case INT64 -> int64((Long) value, logical);
      case INT96 -> int96(((Binary) value).getBytes());
      case BINARY, FIXED_LEN_BYTE_ARRAY -> binary(type, (Binary) value, logical);
    };
  }

  private static String int32(int value, LogicalTypeAnnotation logical) {
    if (logical instanceof IntLogicalTypeAnnotation integer && !integer.isSigned()) {
      return Integer.toUnsignedString(value);
    }
    if (logical instanceof DateLogicalTypeAnnotation) {
      return LocalDate.ofEpochDay(value).toString();
    }
    if (logical instanceof TimeLogicalTypeAnnotation time) {
      return time(value, time.getUnit(), time.isAdjustedToUTC());
    }
    return Integer.toString(value);
  }

  private static String int64(long value, LogicalTypeAnnotation logical) {
    if (logical instanceof IntLogicalTypeAnnotation integer && !integer.isSigned()) {
      return Long.toUnsignedString(value);
    }
    if (logical instanceof TimestampLogicalTypeAnnotation timestamp) {
      return timestamp(value, timestamp.getUnit(), timestamp.isAdjustedToUTC());
    }
    if (logical instanceof TimeLogicalTypeAnnotation time) {
      return time(value, time.getUnit(), time.isAdjustedToUTC());
    }
    return Long.toString(value);
  }

  private static String decimal(Object value, int scale) {
    BigInteger unscaled;
    if (value instanceof Integer integer) {
      unscaled = BigInteger.valueOf(integer);
    } else if (value instanceof Long number) {
      unscaled = BigInteger.valueOf(number);
    } else {
      byte[] bytes = ((Binary) value).getBytes();
      if (bytes.length == 0) {
        return null;
      }
      unscaled = new BigInteger(bytes);
    }
    return new BigDecimal(unscaled, scale).toPlainString();
  }

  private static String binary(PrimitiveType type, Binary value, LogicalTypeAnnotation logical) {
    if (logical instanceof StringLogicalTypeAnnotation || logical instanceof EnumLogicalTypeAnnotation
        || logical instanceof JsonLogicalTypeAnnotation) {
      return value.toStringUsingUTF8();
    }
    if (logical instanceof UUIDLogicalTypeAnnotation) {
      if (value.length() != 16) {
        return null;
      }
      ByteBuffer buffer = value.toByteBuffer();
      return new UUID(buffer.getLong(buffer.position()), buffer.getLong(buffer.position() + 8)).toString();
    }
    if (logical != null && !(logical instanceof LogicalTypeAnnotation.BsonLogicalTypeAnnotation)) {
      return type.stringifier().stringify(value); // FLOAT16, INTERVAL and the like: parquet-java's text
    }
    return escaped(value.getBytes());
  }

  /** Bytes as DuckDB shows a BLOB: printable ASCII as itself, every other byte as {@code \xHH}. */
  static String escaped(byte[] bytes) {
    StringBuilder text = new StringBuilder(bytes.length);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (c >= 0x20 && c <= 0x7E && c != '\\' && c != '\'' && c != '"') {
        text.append((char) c);
      } else {
        text.append(String.format("\\x%02X", c));
      }
    }
    return text.toString();
  }

  private static String timestamp(long value, TimeUnit unit, boolean utc) {
    long perSecond = perSecond(unit);
    try {
      LocalDateTime dateTime = LocalDateTime.ofEpochSecond(Math.floorDiv(value, perSecond), 0, ZoneOffset.UTC);
      return dateTime.toLocalDate() + " " + clock(dateTime.getHour(), dateTime.getMinute(), dateTime.getSecond())
          + fraction(Math.floorMod(value, perSecond), digits(unit)) + (utc ? "+00" : "");
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String time(long value, TimeUnit unit, boolean utc) {
    long perSecond = perSecond(unit);
    if (value < 0 || value >= 86_400L * perSecond) {
      return null;
    }
    long seconds = value / perSecond;
    return clock((int) (seconds / 3600), (int) (seconds / 60 % 60), (int) (seconds % 60))
        + fraction(value % perSecond, digits(unit)) + (utc ? "+00" : "");
  }

  /** INT96 (legacy Impala/Spark): nanoseconds of the day, then the Julian day, little-endian. */
  private static String int96(byte[] bytes) {
    if (bytes.length != 12) {
      return null;
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    long nanosOfDay = buffer.getLong();
    long epochDay = Integer.toUnsignedLong(buffer.getInt()) - JULIAN_DAY_OF_EPOCH;
    if (nanosOfDay < 0 || nanosOfDay >= NANOS_PER_DAY) {
      return null;
    }
    long seconds = nanosOfDay / 1_000_000_000L;
    return LocalDate.ofEpochDay(epochDay) + " " + clock((int) (seconds / 3600), (int) (seconds / 60 % 60),
        (int) (seconds % 60)) + fraction(nanosOfDay % 1_000_000_000L, 9);
  }

  private static String clock(int hours, int minutes, int seconds) {
    return String.format("%02d:%02d:%02d", hours, minutes, seconds);
  }

  /** {@code .ddd} with the unit's digits less trailing zeros; empty for a whole second. */
  private static String fraction(long units, int digits) {
    if (units == 0) {
      return "";
    }
    String padded = String.format("%0" + digits + "d", units);
    int end = padded.length();
    while (padded.charAt(end - 1) == '0') {
      end--;
    }
    return "." + padded.substring(0, end);
  }

  private static long perSecond(TimeUnit unit) {
    return switch (unit) {
      case MILLIS -> 1_000L;
      case MICROS -> 1_000_000L;
      case NANOS -> 1_000_000_000L;
    };
  }

  private static int digits(TimeUnit unit) {
    return switch (unit) {
      case MILLIS -> 3;
      case MICROS -> 6;
      case NANOS -> 9;
    };
  }
}
