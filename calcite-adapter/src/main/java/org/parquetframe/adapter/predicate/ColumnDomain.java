package org.parquetframe.adapter.predicate;

import com.google.common.collect.BoundType;
import com.google.common.collect.ImmutableRangeSet;
import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The values of one column (through a cast, see {@link ColumnKey}) for which a row may pass a
 * pushed filter: ranges of non-null values, and whether NULL may pass. It is an over-approximation:
 * a row whose value lies outside fails the filter for sure; one inside may pass or not, and the
 * filter above the scan decides. Values are those of a {@link ValueKind}, never mixed.
 *
 * <p>Comparisons are made only between a value and the bounds of the ranges, never between two
 * values from a file: bounds of text ranges hold no character at or above U+D800, for which Java's
 * UTF-16 order and Parquet's UTF-8 byte order agree whatever the other string holds.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
public final class ColumnDomain {
  private static final ImmutableRangeSet<Comparable> EVERY_VALUE = ImmutableRangeSet.of(Range.all());
  static final ColumnDomain ALL = new ColumnDomain(EVERY_VALUE, true);
  static final ColumnDomain NONE = new ColumnDomain(ImmutableRangeSet.of(), false);
  static final ColumnDomain NOT_NULL = new ColumnDomain(EVERY_VALUE, false);
  static final ColumnDomain ONLY_NULL = new ColumnDomain(ImmutableRangeSet.of(), true);

  private final ImmutableRangeSet<Comparable> values;
  private final boolean nullAllowed;

  private ColumnDomain(ImmutableRangeSet<Comparable> values, boolean nullAllowed) {
    this.values = values;
    this.nullAllowed = nullAllowed;
  }

  static ColumnDomain of(RangeSet<? extends Comparable> values, boolean nullAllowed) {
    return new ColumnDomain(ImmutableRangeSet.copyOf((RangeSet<Comparable>) values), nullAllowed);
  }

  static ColumnDomain of(Range<? extends Comparable> range) {
    return new ColumnDomain(ImmutableRangeSet.of((Range<Comparable>) range), false);
  }

  /** The non-null values this domain leaves out, plus NULL if {@code withNull}. */
  ColumnDomain complement(boolean withNull) {
    return new ColumnDomain(values.complement(), withNull);
  }

  ColumnDomain intersect(ColumnDomain other) {
    return new ColumnDomain(values.intersection(other.values), nullAllowed && other.nullAllowed);
  }

  ColumnDomain union(ColumnDomain other) {
    return new ColumnDomain(values.union(other.values), nullAllowed || other.nullAllowed);
  }

  public boolean isAll() {
    return nullAllowed && values.equals(EVERY_VALUE);
  }

  public boolean isNone() {
    return !nullAllowed && values.isEmpty();
  }

  public boolean nullAllowed() {
    return nullAllowed;
  }

  /** Whether some non-null value passes. */
  public boolean allowsValues() {
    return !values.isEmpty();
  }

  /** Whether {@code value} (null: SQL NULL) may pass. */
  public boolean contains(Comparable<?> value) {
    return value == null ? nullAllowed : values.contains((Comparable) value);
  }

  /**
   * Whether some non-null value between {@code min} and {@code max} (both inclusive; null: no
   * bound on that side) may pass.
   */
  public boolean overlaps(Comparable<?> min, Comparable<?> max) {
    for (Range<Comparable> range : values.asRanges()) {
      boolean aboveLower = !range.hasLowerBound() || max == null || aboveLower(range, (Comparable) max);
      boolean belowUpper = !range.hasUpperBound() || min == null || belowUpper(range, (Comparable) min);
      if (aboveLower && belowUpper) {
        return true;
      }
    }
    return false;
  }

  private static boolean aboveLower(Range<Comparable> range, Comparable max) {
    int order = max.compareTo(range.lowerEndpoint());
    return order > 0 || order == 0 && range.lowerBoundType() == BoundType.CLOSED;
  }

  private static boolean belowUpper(Range<Comparable> range, Comparable min) {
    int order = min.compareTo(range.upperEndpoint());
    return order < 0 || order == 0 && range.upperBoundType() == BoundType.CLOSED;
  }

  /** The values if this domain is a set of at most {@code limit} single values, else null. */
  public List<Comparable<?>> points(int limit) {
    List<Comparable<?>> points = new ArrayList<>();
    for (Range<Comparable> range : values.asRanges()) {
      if (points.size() == limit || !isPoint(range)) {
        return null;
      }
      points.add(range.lowerEndpoint());
    }
    return points;
  }

  /** This domain as a SQL condition on {@code key}. */
  String render(ColumnKey key) {
    String column = key.render();
    List<String> terms = new ArrayList<>();
    if (values.equals(EVERY_VALUE)) {
      terms.add(column + " IS NOT NULL");
    } else {
      List<String> points = new ArrayList<>();
      for (Range<Comparable> range : values.asRanges()) {
        if (isPoint(range)) {
          points.add(SqlText.literal(key.kind(), range.lowerEndpoint()));
        } else {
          terms.add(renderRange(column, key.kind(), range));
        }
      }
      if (points.size() == 1) {
        terms.add(0, column + " = " + points.get(0));
      } else if (!points.isEmpty()) {
        terms.add(0, column + " IN (" + String.join(", ", points) + ")");
      }
    }
    if (nullAllowed) {
      terms.add(column + " IS NULL");
    }
    if (terms.isEmpty()) {
      return "FALSE";
    }
    return terms.size() == 1 ? terms.get(0) : "(" + String.join(" OR ", terms) + ")";
  }

  private static boolean isPoint(Range<Comparable> range) {
    return range.hasLowerBound() && range.hasUpperBound()
        && range.lowerEndpoint().compareTo(range.upperEndpoint()) == 0;
  }

  private static String renderRange(String column, ValueKind kind, Range<Comparable> range) {
    List<String> bounds = new ArrayList<>();
    if (range.hasLowerBound()) {
      bounds.add(column + (range.lowerBoundType() == BoundType.CLOSED ? " >= " : " > ")
          + SqlText.literal(kind, range.lowerEndpoint()));
    }
    if (range.hasUpperBound()) {
      bounds.add(column + (range.upperBoundType() == BoundType.CLOSED ? " <= " : " < ")
          + SqlText.literal(kind, range.upperEndpoint()));
    }
    return bounds.size() == 1 ? bounds.get(0) : "(" + String.join(" AND ", bounds) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ColumnDomain domain && domain.nullAllowed == nullAllowed && domain.values.equals(values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(values, nullAllowed);
  }

  @Override
  public String toString() {
    return values + (nullAllowed ? " or NULL" : "");
  }
}
