package org.parquetframe.adapter.predicate;

import java.math.BigDecimal;

/**
 * A cast that Calcite put around a column in a pushed comparison, as a function on values. Each
 * one is monotone (never decreasing), so a column's bounds map to bounds of the cast values:
 * {@code f(min) <= f(v) <= f(max)}. That is all row-group pruning needs; casts that are not
 * monotone, or that change text, are never pushed.
 */
public enum ValueTransform {
  /** The value itself (also casts that lose nothing: INTEGER to BIGINT, REAL to DOUBLE, ...). */
  IDENTITY(""),
  /** An exact number rounded to the nearest double, as {@code CAST(x AS DOUBLE)} does. */
  TO_DOUBLE("DOUBLE"),
  /** A number rounded to the nearest float, as {@code CAST(x AS REAL)} does. */
  TO_REAL("REAL"),
  /** A DATE (days) as the TIMESTAMP of its midnight (milliseconds). */
  DAYS_TO_MILLIS("TIMESTAMP");

  private static final long MILLIS_PER_DAY = 86_400_000L;
  private final String sqlType;

  ValueTransform(String sqlType) {
    this.sqlType = sqlType;
  }

  /** {@code value} after the cast; null where the result has no exact value here (an infinity). */
  public Comparable<?> apply(Comparable<?> value) {
    if (value == null) {
      return null;
    }
    return switch (this) {
      case IDENTITY -> value;
      case TO_DOUBLE -> finite(((BigDecimal) value).doubleValue());
      case TO_REAL -> finite(((BigDecimal) value).floatValue());
      case DAYS_TO_MILLIS -> Math.multiplyExact((Long) value, MILLIS_PER_DAY);
    };
  }

  /** This cast followed by {@code next}, or null where the pair is not one of ours. */
  ValueTransform then(ValueTransform next) {
    if (next == IDENTITY) {
      return this;
    }
    if (this == IDENTITY) {
      return next;
    }
    // A float is exactly a double: rounding to float and then to double is rounding to float.
    return this == TO_REAL && next == TO_DOUBLE ? TO_REAL : null;
  }

  /** {@code expression} with this cast written around it, as EXPLAIN shows it. */
  String render(String expression) {
    return this == IDENTITY ? expression : "CAST(" + expression + " AS " + sqlType + ")";
  }

  static BigDecimal finite(double value) {
    return Double.isFinite(value) ? new BigDecimal(value) : null;
  }
}
