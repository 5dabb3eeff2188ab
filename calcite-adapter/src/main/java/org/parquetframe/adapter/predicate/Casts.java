package org.parquetframe.adapter.predicate;

import java.math.BigDecimal;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Which casts of a column a pushed comparison may see through, as {@link ValueTransform}s: those
 * that keep every value (widening numbers, REAL to DOUBLE, text to a long enough VARCHAR), those
 * that round monotonically (numbers to DOUBLE or REAL), and DATE to TIMESTAMP. Other casts (to
 * CHAR, to narrower types, TIMESTAMP precision changes, text to numbers) are not pushed.
 */
final class Casts {
  private Casts() {}

  /** The transform of {@code CAST(x AS to)} for x of type {@code from}, or null. */
  static ValueTransform transform(RelDataType from, RelDataType to) {
    SqlTypeName source = from.getSqlTypeName();
    SqlTypeName target = to.getSqlTypeName();
    ValueKind sourceKind = ValueKind.of(source);
    ValueKind targetKind = ValueKind.of(target);
    if (sourceKind == null || targetKind == null) {
      return null;
    }
    if (source == target && from.getPrecision() == to.getPrecision() && from.getScale() == to.getScale()) {
      return ValueTransform.IDENTITY;
    }
    if (sourceKind == ValueKind.EXACT && targetKind == ValueKind.EXACT) {
      return widens(from, to) ? ValueTransform.IDENTITY : null;
    }
    if (sourceKind.isNumeric() && targetKind == ValueKind.APPROXIMATE) {
      if (target == SqlTypeName.REAL) {
        return ValueTransform.TO_REAL;
      }
      return sourceKind == ValueKind.APPROXIMATE ? ValueTransform.IDENTITY : ValueTransform.TO_DOUBLE;
    }
    if (sourceKind == ValueKind.TEXT && target == SqlTypeName.VARCHAR) {
      boolean longEnough = to.getPrecision() == RelDataType.PRECISION_NOT_SPECIFIED
          || from.getPrecision() != RelDataType.PRECISION_NOT_SPECIFIED && from.getPrecision() <= to.getPrecision();
      return longEnough && source == SqlTypeName.VARCHAR ? ValueTransform.IDENTITY : null;
    }
    if (source == SqlTypeName.DATE && target == SqlTypeName.TIMESTAMP) {
      return ValueTransform.DAYS_TO_MILLIS;
    }
    return null;
  }

  /** Whether every value of exact type {@code from} is a value of exact type {@code to}. */
  private static boolean widens(RelDataType from, RelDataType to) {
    int fromScale = Math.max(0, from.getScale());
    int toScale = Math.max(0, to.getScale());
    int fromIntegerDigits = from.getPrecision() - fromScale;
    if (to.getSqlTypeName() == SqlTypeName.DECIMAL) {
      return toScale >= fromScale && to.getPrecision() - toScale >= fromIntegerDigits;
    }
    // Integer targets: TINYINT holds 3 digits but not every 3-digit number, so demand one more digit.
    return fromScale == 0 && (from.getSqlTypeName() == to.getSqlTypeName() || fromIntegerDigits < to.getPrecision());
  }

  /** Whether exact type {@code type} holds {@code value} unchanged. */
  static boolean holdsExactly(RelDataType type, BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    int scale = Math.max(0, stripped.scale());
    int integerDigits = stripped.precision() - stripped.scale();
    return switch (type.getSqlTypeName()) {
      case DECIMAL -> scale <= type.getScale() && integerDigits <= type.getPrecision() - type.getScale();
      case TINYINT -> scale == 0 && fits(stripped, Byte.MIN_VALUE, Byte.MAX_VALUE);
      case SMALLINT -> scale == 0 && fits(stripped, Short.MIN_VALUE, Short.MAX_VALUE);
      case INTEGER -> scale == 0 && fits(stripped, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case BIGINT -> scale == 0 && fits(stripped, Long.MIN_VALUE, Long.MAX_VALUE);
      default -> false;
    };
  }

  private static boolean fits(BigDecimal value, long min, long max) {
    return value.compareTo(BigDecimal.valueOf(min)) >= 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0;
  }
}
