package org.parquetframe.adapter.predicate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.format.Util;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.internal.column.columnindex.ColumnIndex;
import org.apache.parquet.internal.hadoop.metadata.IndexReference;
import org.apache.parquet.schema.PrimitiveType;
import org.parquetframe.adapter.reader.PageLayout;
import org.parquetframe.adapter.reader.RowRanges;

/**
 * The page index's column index (bounds and null counts of every page of a chunk): when no page
 * of the chunk may hold a passing value, the row group is skipped, even where the chunk's own
 * bounds were too wide to tell (unsorted data with gaps); otherwise the pages that may are the
 * ones a scan reads (with the offset index, {@link RowGroupCheck} turns them into rows).
 */
final class ColumnIndexCheck {
  private ColumnIndexCheck() {}

  /**
   * For each page of the chunk, whether it may hold a passing value; null when the chunk has no
   * usable column index (then every page may).
   */
  static boolean[] matchingPages(ColumnDomain domain, ValueTransform transform, PrimitiveType type,
      ColumnChunkMetaData chunk, FileReads reads, String where) {
    ColumnIndex index = read(type, chunk, reads);
    if (index == null) {
      return null;
    }
    List<Boolean> nullPages = index.getNullPages();
    List<ByteBuffer> mins = index.getMinValues();
    List<ByteBuffer> maxes = index.getMaxValues();
    List<Long> nullCounts = index.getNullCounts();
    List<Long> nanCounts = index.getNanCounts();
    if (nullPages == null || mins == null || maxes == null || mins.size() != nullPages.size()
        || maxes.size() != nullPages.size()) {
      return null;
    }
    boolean[] matching = new boolean[nullPages.size()];
    for (int page = 0; page < nullPages.size(); page++) {
      long nulls = nullCounts != null && nullCounts.size() == nullPages.size() ? nullCounts.get(page) : -1;
      long nans = nanCounts != null && nanCounts.size() == nullPages.size() ? nanCounts.get(page) : -1;
      if (Boolean.TRUE.equals(nullPages.get(page))) {
        matching[page] = domain.nullAllowed();
        continue;
      }
      Statistics<?> bounds = Statistics.getBuilderForReading(type)
          .withMin(bytes(mins.get(page))).withMax(bytes(maxes.get(page))).build();
      StatisticsCheck.Facts facts = new StatisticsCheck.Facts(bounds.hasNonNullValue() ? bounds.genericGetMin() : null,
          bounds.hasNonNullValue() ? bounds.genericGetMax() : null, nulls, -1, nans);
      matching[page] = StatisticsCheck.mayMatch(domain, transform, type, bounds, facts, reads.path(),
          "page " + page + " of " + where + " (column index)");
    }
    return matching;
  }

  /**
   * The rows of the pages marked in {@code pages} (from {@link #matchingPages}), located with the
   * chunk's offset index; null when it has none that fits the chunk and the pages.
   */
  static RowRanges rowsOf(boolean[] pages, ColumnChunkMetaData chunk, long rowCount, FileReads reads) {
    IndexReference reference = chunk.getOffsetIndexReference();
    byte[] bytes = reference == null ? null : reads.read(reference.getOffset(), reference.getLength());
    PageLayout layout = bytes == null ? null : PageLayout.fromOffsetIndex(bytes, chunk, rowCount);
    if (layout == null || layout.pageCount() != pages.length) {
      return null;
    }
    RowRanges.Builder rows = RowRanges.builder();
    for (int page = 0; page < pages.length; page++) {
      if (pages[page]) {
        rows.add(layout.firstRow(page), layout.endRow(page));
      }
    }
    return rows.build();
  }

  static boolean allOf(boolean[] pages) {
    for (boolean page : pages) {
      if (!page) {
        return false;
      }
    }
    return true;
  }

  static boolean anyOf(boolean[] pages) {
    for (boolean page : pages) {
      if (page) {
        return true;
      }
    }
    return false;
  }

  private static ColumnIndex read(PrimitiveType type, ColumnChunkMetaData chunk, FileReads reads) {
    IndexReference reference = chunk.getColumnIndexReference();
    if (reference == null) {
      return null;
    }
    byte[] bytes = reads.read(reference.getOffset(), reference.getLength());
    if (bytes == null) {
      return null;
    }
    try {
      return ParquetMetadataConverter.fromParquetColumnIndex(type,
          Util.readColumnIndex(new ByteArrayInputStream(bytes)));
    } catch (IOException | RuntimeException e) {
      return null; // an unreadable index is no index: pruning is a hint
    }
  }

  private static byte[] bytes(ByteBuffer buffer) {
    ByteBuffer copy = buffer.duplicate();
    byte[] bytes = new byte[copy.remaining()];
    copy.get(bytes);
    return bytes;
  }
}
