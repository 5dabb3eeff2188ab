package org.parquetframe.adapter.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.BitSet;
import java.util.PrimitiveIterator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link RowRanges} against a bit set of the same rows, on seeded random ranges and by hand. */
class RowRangesTest {
  private static final int ROWS = 200;

  @Test
  void buildsMergedSortedRanges() {
    RowRanges ranges = RowRanges.builder().add(0, 5).add(5, 7).add(3, 4).add(10, 12).add(12, 12).build();
    assertEquals("[0..6, 10..11]", ranges.toString());
    assertEquals(9, ranges.rowCount());
    assertEquals(0, ranges.first());
    assertEquals(12, ranges.end());
    assertThrows(IllegalArgumentException.class, () -> RowRanges.builder().add(5, 8).add(2, 3));
    assertEquals(-1, RowRanges.empty().first());
    assertEquals(RowRanges.empty(), RowRanges.range(4, 4));
  }

  @Test
  void agreesWithABitSetOnRandomRanges() {
    Random random = new Random(11);
    for (int trial = 0; trial < 500; trial++) {
      BitSet aRows = new BitSet();
      BitSet bRows = new BitSet();
      RowRanges a = random(random, aRows);
      RowRanges b = random(random, bRows);
      assertSame(aRows, a);
      BitSet both = (BitSet) aRows.clone();
      both.and(bRows);
      assertSame(both, a.intersect(b));
      int from = random.nextInt(ROWS);
      int to = from + random.nextInt(20);
      assertEquals(aRows.get(from, to).cardinality() > 0, a.overlaps(from, to), a + " overlaps " + from + ".." + to);
      int next = aRows.nextSetBit(from);
      assertEquals(next, a.firstAtOrAfter(from), a + " from " + from);
      int take = 1 + random.nextInt(40);
      BitSet taken = new BitSet();
      for (int row = aRows.nextSetBit(from), n = 0; row >= 0 && n < take; row = aRows.nextSetBit(row + 1), n++) {
        taken.set(row);
      }
      assertSame(taken, a.take(from, take));
    }
  }

  private static RowRanges random(Random random, BitSet rows) {
    RowRanges.Builder builder = RowRanges.builder();
    int position = random.nextInt(10);
    while (position < ROWS) {
      int length = random.nextInt(15);
      builder.add(position, position + length);
      rows.set(position, position + length);
      position += length + random.nextInt(15);
    }
    return builder.build();
  }

  private static void assertSame(BitSet expected, RowRanges actual) {
    assertEquals(expected.cardinality(), actual.rowCount(), actual::toString);
    BitSet iterated = new BitSet();
    long previous = -1;
    for (PrimitiveIterator.OfLong rows = actual.iterator(); rows.hasNext(); ) {
      long row = rows.nextLong();
      assertEquals(true, row > previous, "increasing");
      iterated.set((int) row);
      previous = row;
    }
    assertEquals(expected, iterated, actual::toString);
    for (int row = 0; row < ROWS + 20; row++) {
      assertEquals(expected.get(row), actual.contains(row), actual + " contains " + row);
    }
  }
}
