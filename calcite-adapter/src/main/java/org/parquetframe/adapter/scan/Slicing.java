package org.parquetframe.adapter.scan;

import java.util.ArrayList;
import java.util.List;
import org.parquetframe.adapter.reader.PageLayout;
import org.parquetframe.adapter.reader.RowRanges;

/**
 * How the rows a scan reads of a row group are cut into slices of at most a given number of rows:
 * where possible at a page boundary of the column with the most bytes, so that fewer pages are
 * decoded by two slices (each slice decodes the pages holding its rows).
 */
final class Slicing {
  private Slicing() {}

  /** {@code selected} cut into consecutive slices of at most {@code sliceRows} rows each. */
  static List<RowRanges> cut(RowRanges selected, long sliceRows, PageLayout reference) {
    List<RowRanges> slices = new ArrayList<>();
    long position = selected.first();
    while (position >= 0) {
      RowRanges slice = selected.take(position, sliceRows);
      long end = slice.end();
      if (end < selected.end() && reference != null) {
        long boundary = reference.pageStartAtOrBefore(end);
        RowRanges toBoundary = selected.intersect(RowRanges.range(position, boundary));
        if (boundary > position && toBoundary.rowCount() >= sliceRows / 2) {
          slice = toBoundary;
          end = boundary;
        }
      }
      slices.add(slice);
      position = selected.firstAtOrAfter(end);
    }
    return slices;
  }
}
