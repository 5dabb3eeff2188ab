package org.parquetframe.adapter.predicate;

import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The value spaces a pushed predicate compares in, with the Java type of their values: exact and
 * approximate numbers as exact {@link java.math.BigDecimal}s (a double's exact binary value, so
 * that every numeric comparison is exact), text as {@link String}, truth values as {@link
 * Boolean}, and DATE (days), TIME (milliseconds of the day) and TIMESTAMP (epoch milliseconds of the
 * wall clock) as {@link Long}: Calcite's runtime representations, widened.
 */
public enum ValueKind {
  EXACT, APPROXIMATE, TEXT, BOOLEAN, DATE, TIME, TIMESTAMP;

  /** The kind of values of a SQL type, or null for types that are never pushed (binary, intervals, ...). */
  public static ValueKind of(SqlTypeName type) {
    return switch (type) {
      case TINYINT, SMALLINT, INTEGER, BIGINT, DECIMAL -> EXACT;
      case REAL, FLOAT, DOUBLE -> APPROXIMATE;
      case CHAR, VARCHAR -> TEXT;
      case BOOLEAN -> BOOLEAN;
      case DATE -> DATE;
      case TIME -> TIME;
      case TIMESTAMP -> TIMESTAMP;
      default -> null;
    };
  }

  boolean isNumeric() {
    return this == EXACT || this == APPROXIMATE;
  }
}
