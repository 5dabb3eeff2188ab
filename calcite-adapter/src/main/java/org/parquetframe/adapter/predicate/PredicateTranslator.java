package org.parquetframe.adapter.predicate;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeSet;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUnknownAs;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.util.Sarg;

/**
 * Translates a filter condition over a scan's columns into a {@link ScanPredicate}, once, at plan
 * time. NOT is pushed down to the leaves (De Morgan; a negated leaf becomes the set of values for
 * which the leaf is FALSE, so SQL's three-valued logic holds); AND intersects, OR unites column by
 * column. A leaf it cannot translate (a function of a column, two columns compared, a parameter)
 * becomes "anything", so the result always lets through every row the condition lets through.
 */
public final class PredicateTranslator {
  private final List<String> columns;
  private final List<RelDataType> types;

  private PredicateTranslator(RelDataType rowType) {
    this.columns = rowType.getFieldNames();
    this.types = rowType.getFieldList().stream().map(f -> f.getType()).toList();
  }

  /** {@code condition}, whose input references are fields of {@code rowType} (the scan's columns). */
  public static ScanPredicate translate(RexNode condition, RelDataType rowType) {
    return new PredicateTranslator(rowType).translate(condition, false);
  }

  /** The rows for which {@code node} (or, if {@code negate}, NOT {@code node}) is TRUE, over-approximated. */
  private ScanPredicate translate(RexNode node, boolean negate) {
    switch (node.getKind()) {
      case AND, OR: {
        boolean conjunction = node.getKind() == SqlKind.AND ^ negate;
        ScanPredicate result = null;
        for (RexNode operand : ((RexCall) node).getOperands()) {
          ScanPredicate part = translate(operand, negate);
          result = result == null ? part : conjunction ? result.and(part) : result.or(part);
        }
        return result == null ? ScanPredicate.all() : result;
      }
      case NOT:
        return translate(((RexCall) node).getOperands().get(0), !negate);
      case EQUALS, NOT_EQUALS, LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL:
        return comparison((RexCall) node, negate);
      case IS_NOT_DISTINCT_FROM, IS_DISTINCT_FROM:
        return distinctFrom((RexCall) node, negate);
      case SEARCH:
        return search((RexCall) node, negate);
      case LIKE:
        return like((RexCall) node, negate);
      case IS_NULL, IS_NOT_NULL:
        return nullTest((RexCall) node, negate);
      case IS_TRUE, IS_NOT_TRUE, IS_FALSE, IS_NOT_FALSE:
        return truthTest((RexCall) node, negate);
      case INPUT_REF:
        return truthTest(node, node.getKind(), negate);
      case LITERAL:
        return constant((RexLiteral) node, negate);
      default:
        return ScanPredicate.all();
    }
  }

  /** The column (through monotone casts) that {@code node} reads, or null if it is anything else. */
  private ColumnKey keyOf(RexNode node) {
    if (node instanceof RexInputRef ref) {
      ValueKind kind = ValueKind.of(types.get(ref.getIndex()).getSqlTypeName());
      return kind == null ? null : new ColumnKey(columns.get(ref.getIndex()), kind, ValueTransform.IDENTITY);
    }
    if (node.getKind() == SqlKind.CAST) {
      RexNode operand = ((RexCall) node).getOperands().get(0);
      ColumnKey inner = keyOf(operand);
      ValueTransform cast = inner == null ? null : Casts.transform(operand.getType(), node.getType());
      ValueTransform combined = cast == null ? null : inner.transform().then(cast);
      return combined == null ? null
          : new ColumnKey(inner.column(), ValueKind.of(node.getType().getSqlTypeName()), combined);
    }
    return null;
  }

  private ScanPredicate comparison(RexCall call, boolean negate) {
    SqlKind kind = call.getKind();
    RexNode other = call.getOperands().get(1);
    ColumnKey key = keyOf(call.getOperands().get(0));
    if (key == null) {
      key = keyOf(other);
      other = call.getOperands().get(0);
      kind = kind.reverse();
    }
    if (key == null) {
      return ScanPredicate.all();
    }
    if (LiteralValues.isNullLiteral(other)) {
      return ScanPredicate.none(); // UNKNOWN, and NOT UNKNOWN is UNKNOWN
    }
    Comparable<?> value = LiteralValues.of(other, key.kind());
    if (value == null) {
      return ScanPredicate.all();
    }
    return ScanPredicate.of(key, ColumnDomain.of(range(negate ? kind.negateNullSafe() : kind, value), false));
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static RangeSet<Comparable> range(SqlKind kind, Comparable value) {
    RangeSet<Comparable> values = TreeRangeSet.create();
    switch (kind) {
      case EQUALS -> values.add(Range.singleton(value));
      case NOT_EQUALS -> {
        values.add(Range.lessThan(value));
        values.add(Range.greaterThan(value));
      }
      case LESS_THAN -> values.add(Range.lessThan(value));
      case LESS_THAN_OR_EQUAL -> values.add(Range.atMost(value));
      case GREATER_THAN -> values.add(Range.greaterThan(value));
      case GREATER_THAN_OR_EQUAL -> values.add(Range.atLeast(value));
      default -> values.add(Range.all());
    }
    return values;
  }

  /** {@code x IS [NOT] DISTINCT FROM literal}: NULL is a value here. */
  private ScanPredicate distinctFrom(RexCall call, boolean negate) {
    RexNode other = call.getOperands().get(1);
    ColumnKey key = keyOf(call.getOperands().get(0));
    if (key == null) {
      key = keyOf(other);
      other = call.getOperands().get(0);
    }
    if (key == null) {
      return ScanPredicate.all();
    }
    boolean sameAs = call.getKind() == SqlKind.IS_NOT_DISTINCT_FROM ^ negate;
    if (LiteralValues.isNullLiteral(other)) {
      return ScanPredicate.of(key, sameAs ? ColumnDomain.ONLY_NULL : ColumnDomain.NOT_NULL);
    }
    Comparable<?> value = LiteralValues.of(other, key.kind());
    if (value == null) {
      return ScanPredicate.all();
    }
    ColumnDomain point = ColumnDomain.of(Range.singleton((Comparable) value));
    return ScanPredicate.of(key, sameAs ? point : point.complement(true));
  }

  /** {@code SEARCH(x, Sarg)}: how Calcite writes IN lists, BETWEEN and merged ranges. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private ScanPredicate search(RexCall call, boolean negate) {
    ColumnKey key = keyOf(call.getOperands().get(0));
    if (key == null || !(call.getOperands().get(1) instanceof RexLiteral literal)) {
      return ScanPredicate.all();
    }
    Sarg<?> sarg = literal.getValueAs(Sarg.class);
    if (sarg == null) {
      return ScanPredicate.all();
    }
    RangeSet<Comparable> values = TreeRangeSet.create();
    for (Range<?> range : sarg.rangeSet.asRanges()) {
      Range<Comparable> converted = convert(range, key.kind(), literal);
      if (converted == null) {
        return ScanPredicate.all();
      }
      values.add(converted);
    }
    ColumnDomain domain = ColumnDomain.of(values, sarg.nullAs == RexUnknownAs.TRUE);
    return ScanPredicate.of(key, negate ? domain.complement(sarg.nullAs == RexUnknownAs.FALSE) : domain);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Range<Comparable> convert(Range<?> range, ValueKind kind, RexLiteral literal) {
    Comparable lower = null;
    Comparable upper = null;
    if (range.hasLowerBound()) {
      lower = LiteralValues.endpoint(range.lowerEndpoint(), kind, literal.getType().getSqlTypeName());
      if (lower == null) {
        return null;
      }
    }
    if (range.hasUpperBound()) {
      upper = LiteralValues.endpoint(range.upperEndpoint(), kind, literal.getType().getSqlTypeName());
      if (upper == null) {
        return null;
      }
    }
    if (lower != null && upper != null) {
      return Range.range(lower, range.lowerBoundType(), upper, range.upperBoundType());
    }
    if (lower != null) {
      return Range.downTo(lower, range.lowerBoundType());
    }
    return upper != null ? Range.upTo(upper, range.upperBoundType()) : Range.all();
  }

  /** {@code x LIKE 'prefix%'} as the range of strings starting with the prefix. */
  private ScanPredicate like(RexCall call, boolean negate) {
    ColumnKey key = keyOf(call.getOperands().get(0));
    if (call.getOperator() != SqlStdOperatorTable.LIKE || key == null || key.kind() != ValueKind.TEXT
        || !(call.getOperands().get(1) instanceof RexLiteral literal) || literal.isNull()) {
      return ScanPredicate.all();
    }
    String pattern = literal.getValueAs(String.class);
    if (pattern == null || call.getOperands().size() > 2 && escapeUsed(call.getOperands().get(2), pattern)) {
      return ScanPredicate.all();
    }
    LikePattern like = LikePattern.of(pattern);
    if (negate) {
      ColumnDomain matches = like.exact() ? like.matches() : null;
      return ScanPredicate.of(key, matches == null ? ColumnDomain.NOT_NULL : matches.complement(false));
    }
    ColumnDomain matches = like.matches();
    return ScanPredicate.of(key, matches == null ? ColumnDomain.NOT_NULL : matches);
  }

  private static boolean escapeUsed(RexNode escape, String pattern) {
    if (!(escape instanceof RexLiteral literal) || literal.isNull()) {
      return true;
    }
    String text = literal.getValueAs(String.class);
    return text == null || text.isEmpty() || pattern.indexOf(text.charAt(0)) >= 0;
  }

  private ScanPredicate nullTest(RexCall call, boolean negate) {
    ColumnKey key = keyOf(call.getOperands().get(0));
    if (key == null) {
      return ScanPredicate.all();
    }
    boolean isNull = call.getKind() == SqlKind.IS_NULL ^ negate;
    return ScanPredicate.of(key, isNull ? ColumnDomain.ONLY_NULL : ColumnDomain.NOT_NULL);
  }

  private ScanPredicate truthTest(RexCall call, boolean negate) {
    return truthTest(call.getOperands().get(0), call.getKind(), negate);
  }

  /**
   * {@code operand IS [NOT] TRUE/FALSE}, or a bare boolean column ({@code kind} INPUT_REF). On a
   * boolean column each of TRUE, FALSE and NULL is a value; on a condition, IS TRUE is the
   * condition and IS FALSE its negation, while the IS NOT forms include UNKNOWN and stay free.
   */
  private ScanPredicate truthTest(RexNode operand, SqlKind kind, boolean negate) {
    ColumnKey key = keyOf(operand);
    if (key != null && key.kind() == ValueKind.BOOLEAN) {
      boolean[] passes = switch (kind) { // TRUE, FALSE, NULL
        case IS_TRUE, INPUT_REF -> new boolean[] {true, false, false};
        case IS_FALSE -> new boolean[] {false, true, false};
        case IS_NOT_TRUE -> new boolean[] {false, true, true};
        default -> new boolean[] {true, false, true}; // IS_NOT_FALSE
      };
      boolean nullPasses = kind == SqlKind.INPUT_REF ? false : passes[2] ^ negate;
      RangeSet<Boolean> values = TreeRangeSet.create();
      if (passes[0] ^ negate) {
        values.add(Range.singleton(true));
      }
      if (passes[1] ^ negate) {
        values.add(Range.singleton(false));
      }
      return ScanPredicate.of(key, ColumnDomain.of(values, nullPasses));
    }
    if (kind == SqlKind.INPUT_REF) {
      return ScanPredicate.all();
    }
    return switch (kind) {
      case IS_TRUE -> negate ? ScanPredicate.all() : translate(operand, false);
      case IS_FALSE -> negate ? ScanPredicate.all() : translate(operand, true);
      case IS_NOT_TRUE -> negate ? translate(operand, false) : ScanPredicate.all();
      default -> negate ? translate(operand, true) : ScanPredicate.all(); // IS_NOT_FALSE
    };
  }

  private static ScanPredicate constant(RexLiteral literal, boolean negate) {
    Boolean value = literal.getValueAs(Boolean.class);
    if (value == null) {
      return ScanPredicate.none(); // UNKNOWN is never TRUE, nor is NOT UNKNOWN
    }
    return value ^ negate ? ScanPredicate.all() : ScanPredicate.none();
  }
}
