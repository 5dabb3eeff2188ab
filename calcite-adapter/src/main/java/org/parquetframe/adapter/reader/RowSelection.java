package org.parquetframe.adapter.reader;

import java.util.Map;
import org.apache.parquet.hadoop.metadata.ColumnPath;

/**
 * Which rows of a row group one reader reads, when not all of them in order: {@code slice}, part
 * of the rows {@code selected} that the scan reads of the row group (all of them, or those on the
 * pages the page index kept), with the {@link PageLayout} of each column to read, which locates
 * the pages holding them.
 */
public record RowSelection(RowRanges selected, RowRanges slice, Map<ColumnPath, PageLayout> layouts) {

  PageLayout layout(ColumnPath column) {
    PageLayout layout = layouts.get(column);
    if (layout == null) {
      throw new IllegalStateException("no page layout for column " + column);
    }
    return layout;
  }
}
