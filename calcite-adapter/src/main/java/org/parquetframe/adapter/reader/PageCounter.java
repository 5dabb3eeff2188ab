package org.parquetframe.adapter.reader;

/** Told of each data page a reader reads and decodes, for the scan's counters. */
@FunctionalInterface
public interface PageCounter {
  PageCounter NONE = () -> { };

  void pageRead();
}
