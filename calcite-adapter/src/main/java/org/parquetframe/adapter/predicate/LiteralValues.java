package org.parquetframe.adapter.predicate;

import java.math.BigDecimal;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.DateString;
import org.apache.calcite.util.NlsString;
import org.apache.calcite.util.TimeString;
import org.apache.calcite.util.TimestampString;

/**
 * Constants of a filter as values of a {@link ValueKind}: the value the generated code compares
 * with, so that a domain holds exactly the values the filter lets through. Anything else gives
 * null, and the comparison is not pushed.
 */
final class LiteralValues {
  /** Text bounds stay below the surrogates, where UTF-16 and UTF-8 orders agree (see ColumnDomain). */
  private static final char FIRST_UNSAFE_CHAR = '\uD800';

  private LiteralValues() {}

  /** The value of a literal, or of a cast of one that we can fold exactly; null otherwise. */
  static Comparable<?> of(RexNode node, ValueKind kind) {
    if (node instanceof RexLiteral literal) {
      return ValueKind.of(literal.getType().getSqlTypeName()) == kind ? literal(literal, kind) : null;
    }
    if (node.getKind() == SqlKind.CAST && ((RexCall) node).getOperands().get(0) instanceof RexLiteral literal) {
      return foldCast(literal, node.getType(), kind);
    }
    return null;
  }

  static boolean isNullLiteral(RexNode node) {
    return node instanceof RexLiteral literal && literal.isNull();
  }

  private static Comparable<?> literal(RexLiteral literal, ValueKind kind) {
    if (literal.isNull()) {
      return null;
    }
    return switch (kind) {
      case EXACT -> literal.getValueAs(BigDecimal.class);
      case APPROXIMATE -> approximate(literal.getValueAs(Double.class), literal.getType().getSqlTypeName());
      case TEXT -> text(literal.getValueAs(String.class));
      case BOOLEAN -> literal.getValueAs(Boolean.class);
      case DATE, TIME -> widen(literal.getValueAs(Integer.class));
      case TIMESTAMP -> literal.getValueAs(Long.class);
    };
  }

  /** A bound of a Calcite {@code Sarg} (the literal representation of a SEARCH), in {@code kind}. */
  static Comparable<?> endpoint(Comparable<?> value, ValueKind kind, SqlTypeName type) {
    if (kind == ValueKind.APPROXIMATE && value instanceof Number number) {
      return approximate(number.doubleValue(), type);
    }
    if (kind == ValueKind.EXACT && value instanceof Number number) {
      return number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
    }
    if (kind == ValueKind.TEXT && value instanceof NlsString text) {
      return text(text.getValue());
    }
    if (kind == ValueKind.TEXT && value instanceof String text) {
      return text(text);
    }
    if (kind == ValueKind.BOOLEAN && value instanceof Boolean truth) {
      return truth;
    }
    if (kind == ValueKind.DATE && value instanceof DateString date) {
      return (long) date.getDaysSinceEpoch();
    }
    if (kind == ValueKind.TIME && value instanceof TimeString time) {
      return (long) time.getMillisOfDay();
    }
    if (kind == ValueKind.TIMESTAMP && value instanceof TimestampString timestamp) {
      return timestamp.getMillisSinceEpoch();
    }
    return null;
  }

  /**
   * {@code CAST(literal AS type)} where the result is certain: an exact number to DOUBLE (rounded
   * to nearest, as the generated code does) or to an exact type that holds it unchanged, text to
   * an unbounded or long enough VARCHAR, and casts that change only nullability.
   */
  private static Comparable<?> foldCast(RexLiteral literal, RelDataType target, ValueKind kind) {
    ValueKind from = ValueKind.of(literal.getType().getSqlTypeName());
    if (literal.isNull() || from == null || ValueKind.of(target.getSqlTypeName()) != kind) {
      return null;
    }
    if (literal.getType().getSqlTypeName() == target.getSqlTypeName()
        && literal.getType().getPrecision() == target.getPrecision()
        && literal.getType().getScale() == target.getScale()) {
      return literal(literal, kind);
    }
    if (from == ValueKind.EXACT && target.getSqlTypeName() == SqlTypeName.DOUBLE) {
      return ValueTransform.finite(literal.getValueAs(BigDecimal.class).doubleValue());
    }
    if (from == ValueKind.EXACT && kind == ValueKind.EXACT) {
      BigDecimal value = literal.getValueAs(BigDecimal.class);
      return Casts.holdsExactly(target, value) ? value : null;
    }
    if (from == ValueKind.TEXT && target.getSqlTypeName() == SqlTypeName.VARCHAR) {
      String value = literal.getValueAs(String.class);
      boolean fits = target.getPrecision() == RelDataType.PRECISION_NOT_SPECIFIED
          || value.length() <= target.getPrecision();
      return fits ? text(value) : null;
    }
    return null;
  }

  private static BigDecimal approximate(Double value, SqlTypeName type) {
    if (value == null) {
      return null;
    }
    return type == SqlTypeName.REAL ? ValueTransform.finite(value.floatValue()) : ValueTransform.finite(value);
  }

  static String text(String value) {
    if (value == null) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) >= FIRST_UNSAFE_CHAR) {
        return null;
      }
    }
    return value;
  }

  private static Long widen(Integer value) {
    return value == null ? null : value.longValue();
  }
}
