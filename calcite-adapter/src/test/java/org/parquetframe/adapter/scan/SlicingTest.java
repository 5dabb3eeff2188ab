package org.parquetframe.adapter.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ColumnPath;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.internal.column.columnindex.OffsetIndexBuilder;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.parquetframe.adapter.reader.PageLayout;
import org.parquetframe.adapter.reader.RowRanges;

/** Slices cover the selected rows exactly, in order, none larger than asked, cut at page starts where they can be. */
class SlicingTest {

  @Test
  void slicesCoverTheSelectionInOrderAndAreNeverTooLarge() {
    Random random = new Random(5);
    for (int trial = 0; trial < 300; trial++) {
      long rows = 1 + random.nextInt(5000);
      RowRanges selected = randomSelection(random, rows);
      long sliceRows = 1 + random.nextInt(700);
      PageLayout layout = random.nextBoolean() ? null : layout(random, rows);
      List<RowRanges> slices = Slicing.cut(selected, sliceRows, layout);
      RowRanges.Builder union = RowRanges.builder();
      long previousEnd = -1;
      for (RowRanges slice : slices) {
        assertTrue(!slice.isEmpty() && slice.rowCount() <= sliceRows, slice + " of at most " + sliceRows);
        assertTrue(slice.first() >= previousEnd, "in order");
        previousEnd = slice.end();
        for (var it = slice.iterator(); it.hasNext(); ) {
          long row = it.nextLong();
          union.add(row, row + 1);
        }
      }
      assertEquals(selected, union.build());
    }
  }

  @Test
  void cutsAtPageStartsWhenThatKeepsSlicesAtLeastHalfFull() {
    PageLayout layout = layout(new long[] {0, 300, 600, 900}, 1200);
    List<RowRanges> slices = Slicing.cut(RowRanges.all(1200), 500, layout);
    assertEquals(List.of(RowRanges.range(0, 300), RowRanges.range(300, 600), RowRanges.range(600, 900),
        RowRanges.range(900, 1200)), slices);
    List<RowRanges> large = Slicing.cut(RowRanges.all(1200), 1000, layout(new long[] {0, 1100}, 1200));
    assertEquals(List.of(RowRanges.range(0, 1000), RowRanges.range(1000, 1200)), large, "a page larger than a slice");
  }

  private static RowRanges randomSelection(Random random, long rows) {
    if (random.nextBoolean()) {
      return RowRanges.all(rows);
    }
    RowRanges.Builder builder = RowRanges.builder();
    long position = random.nextInt(100);
    while (position < rows) {
      long length = 1 + random.nextInt(400);
      builder.add(position, Math.min(rows, position + length));
      position += length + random.nextInt(400);
    }
    RowRanges built = builder.build();
    return built.isEmpty() ? RowRanges.all(rows) : built;
  }

  private static PageLayout layout(Random random, long rows) {
    long[] starts = new long[1 + random.nextInt(20)];
    for (int i = 1; i < starts.length; i++) {
      starts[i] = Math.min(rows - 1, starts[i - 1] + 1 + random.nextInt(800));
    }
    return layout(java.util.Arrays.stream(starts).distinct().toArray(), rows);
  }

  private static PageLayout layout(long[] firstRows, long rows) {
    OffsetIndexBuilder builder = OffsetIndexBuilder.getBuilder();
    for (int i = 0; i < firstRows.length; i++) {
      builder.add(1000 + 100L * i, 100, firstRows[i]);
    }
    PrimitiveType type = Types.required(PrimitiveType.PrimitiveTypeName.INT64).named("x");
    ColumnChunkMetaData chunk = ColumnChunkMetaData.get(ColumnPath.get("x"), type, CompressionCodecName.UNCOMPRESSED,
        null, java.util.Set.of(), org.apache.parquet.column.statistics.Statistics.createStats(type), 1000, 0, rows,
        100L * firstRows.length, 100L * firstRows.length);
    PageLayout layout = PageLayout.fromOffsetIndex(builder.build(), chunk, rows);
    assertTrue(layout != null, "a valid index");
    return layout;
  }
}
