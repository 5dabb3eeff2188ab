package org.parquetframe.functions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.calcite.linq4j.Enumerable;
import org.junit.jupiter.api.Test;
import org.parquetframe.adapter.planner.TopRowsSource;

/**
 * A result's top rows by its sortable column are exactly what a stable sort of all rows gives
 * (ties in row order, {@code Double.compare} order for NaN and signed zeros), and rows are made
 * only when read.
 */
class ResultRowsTest {
  private static final double[] SPECIAL = {0.0, -0.0, Double.NaN, Double.NEGATIVE_INFINITY,
      Double.POSITIVE_INFINITY, Double.MIN_VALUE, 1.0};

  @Property(tries = 500)
  void topRowsAreTheStablySortedSlice(@ForAll @Size(max = 300) List<@IntRange(min = 0, max = 12) Integer> draws,
      @ForAll boolean descending, @ForAll @IntRange(min = 0, max = 320) int offset,
      @ForAll @IntRange(min = 0, max = 320) int fetch) {
    double[] keys = new double[draws.size()];
    for (int i = 0; i < keys.length; i++) { // few distinct values: many ties
      int draw = draws.get(i);
      keys[i] = draw < SPECIAL.length ? SPECIAL[draw] : draw / 4.0;
    }
    ResultRows rows = ResultRows.of(keys.length, i -> new Object[] {(long) i, keys[i]}).sortableBy(1, keys);
    Comparator<Integer> order = (a, b) -> Double.compare(keys[a], keys[b]);
    List<Integer> sorted = new ArrayList<>(IntStream.range(0, keys.length).boxed().toList());
    sorted.sort(descending ? order.reversed() : order); // List.sort is stable
    List<Integer> expected = sorted.subList(Math.min(offset, sorted.size()), Math.min(sorted.size(), offset + fetch));

    Enumerable<Object[]> top = ((TopRowsSource) rows.enumerable()).topRows(1, descending, false, offset, fetch);
    List<Integer> actual = new ArrayList<>();
    for (Object[] row : top) {
      actual.add((int) (long) (Long) row[0]);
      assertEquals(keys[actual.get(actual.size() - 1)], (double) row[1]);
    }
    assertEquals(expected, actual);
  }

  @Test
  void leavesOtherColumnsAndLargeLimitsToTheCaller() {
    double[] keys = {3, 1, 2};
    ResultRows rows = ResultRows.of(3, i -> new Object[] {(long) i, keys[i]}).sortableBy(1, keys);
    TopRowsSource source = (TopRowsSource) rows.enumerable();
    assertNull(source.topRows(0, true, false, 0, 2), "the node column has no keys");
    assertNull(source.topRows(1, true, false, 0, 1 << 20), "a million rows kept is a sort, not a top-k");
    assertNull(((TopRowsSource) ResultRows.of(3, i -> new Object[] {i}).enumerable()).topRows(0, true, false, 0, 1));
    assertArrayEquals(new int[] {0, 2}, rows.topIndexes(2, true));
  }

  @Test
  void rowsAreMadeWhenRead() {
    int[] made = {0};
    ResultRows rows = ResultRows.of(1_000_000, i -> {
      made[0]++;
      return new Object[] {i};
    });
    assertEquals(1_000_000, rows.size());
    assertEquals(0, made[0]);
    assertEquals(7, rows.get(7)[0]);
    assertEquals(1, made[0]);
  }
}
