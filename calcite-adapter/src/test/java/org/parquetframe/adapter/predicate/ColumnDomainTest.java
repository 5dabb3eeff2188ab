package org.parquetframe.adapter.predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The set algebra of domains and the two questions pruning asks them: a value, and a [min, max] span. */
class ColumnDomainTest {
  private static BigDecimal n(long value) {
    return BigDecimal.valueOf(value);
  }

  private static ColumnDomain between(long low, long high) {
    return ColumnDomain.of(Range.closed(n(low), n(high)));
  }

  @Test
  void overlapsAskWhetherSomeValueBetweenTheBoundsPasses() {
    ColumnDomain domain = between(10, 20);
    assertTrue(domain.overlaps(n(15), n(30)));
    assertTrue(domain.overlaps(n(20), n(30)));
    assertFalse(domain.overlaps(n(21), n(30)));
    assertFalse(domain.overlaps(n(0), n(9)));
    assertTrue(domain.overlaps(null, n(10)), "no lower bound: anything below the maximum");
    assertTrue(domain.overlaps(n(0), null));
    ColumnDomain open = ColumnDomain.of(Range.open(n(10), n(20)));
    assertFalse(open.overlaps(n(20), n(25)));
    assertFalse(open.overlaps(n(5), n(10)));
  }

  @Test
  void exactDecimalsCompareByValueNotScale() {
    assertTrue(between(1, 1).contains(new BigDecimal("1.000")));
  }

  @Test
  void algebra() {
    ColumnDomain union = between(1, 5).union(between(10, 12));
    assertTrue(union.contains(n(11)));
    assertFalse(union.contains(n(7)));
    assertTrue(between(1, 5).intersect(between(6, 9)).isNone());
    ColumnDomain complement = between(1, 5).complement(true);
    assertTrue(complement.contains(null));
    assertTrue(complement.contains(n(6)));
    assertFalse(complement.contains(n(3)));
    assertTrue(ColumnDomain.ALL.isAll());
    assertFalse(ColumnDomain.NOT_NULL.isAll());
    assertFalse(ColumnDomain.NOT_NULL.contains(null));
  }

  @Test
  void pointsAreTheValuesOfAnInList() {
    ColumnDomain in = between(1, 1).union(between(4, 4));
    assertEquals(List.of(n(1), n(4)), in.points(10));
    assertNull(in.points(1), "more points than asked for");
    assertNull(between(1, 2).points(10), "a range is not a point");
  }

  @Test
  void textRangesAgreeWithParquetByteOrderForStatisticsAboveTheBasicPlane() {
    // Bounds hold no character at or above U+D800, so comparing them with any string from a file
    // gives the same answer in UTF-16 (Java) and UTF-8 byte (Parquet) order.
    ColumnDomain prefix = ColumnDomain.of(Range.closedOpen("ab", "ac"));
    assertFalse(prefix.overlaps("ac\uD83D\uDE00", "b"));
    assertTrue(prefix.overlaps("a", "ab\uFFFF"));
  }
}
