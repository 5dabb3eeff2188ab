package org.parquetframe.adapter.diagnostics;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What one table scan of a query read and skipped, counted as the scan runs (on every thread it
 * uses): files, row groups (by the check that skipped them, or answered from the footer), pages and
 * rows. Read through {@code
 * pf_scan_stats()}.
 */
public final class ScanStats {
  /** The counters, in the order {@code pf_scan_stats()} shows them; column names are the lower-case names. */
  public enum Counter {
    /** Files of the table when the scan started. */
    FILES_TOTAL,
    /** Files from which at least one row group was read. */
    FILES_READ,
    /** Files skipped on their Hive partition values, without opening them. */
    FILES_SKIPPED_BY_PARTITION,
    /** Files whose footer was read but every row group skipped (or that have none). */
    FILES_SKIPPED_BY_ROW_GROUPS,
    /** Row groups of the files not skipped by partition. */
    ROW_GROUPS_TOTAL,
    ROW_GROUPS_READ,
    ROW_GROUPS_SKIPPED_BY_STATISTICS,
    ROW_GROUPS_SKIPPED_BY_COLUMN_INDEX,
    ROW_GROUPS_SKIPPED_BY_BLOOM_FILTER,
    ROW_GROUPS_SKIPPED_BY_DICTIONARY,
    /** Data pages read and decoded, over the columns read (a dictionary page is not counted). */
    PAGES_READ,
    /** Data pages of the row groups read not read because the page index shows no row of theirs can pass. */
    PAGES_SKIPPED_BY_COLUMN_INDEX,
    /** Rows of the row groups read that the scan decoded and passed on (those on the pages kept). */
    ROWS_READ,
    /** Rows of the row groups read that are on no page the page index kept, so not read. */
    ROWS_SKIPPED_BY_COLUMN_INDEX,
    /** Bytes read for pruning (page indexes, bloom filters, dictionary pages). */
    PRUNING_BYTES_READ,
    /** Files whose row groups all answered the query from their footer (counts, minimums, maximums). */
    FILES_ANSWERED_FROM_METADATA,
    /** Row groups that answered the query from their footer, none of their pages read. */
    ROW_GROUPS_ANSWERED_FROM_METADATA;

    public String columnName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final int scan;
  private final String table;
  private final String filter;
  private final AtomicLongArray counts = new AtomicLongArray(Counter.values().length);

  ScanStats(int scan, String table, String filter) {
    this.scan = scan;
    this.table = table;
    this.filter = filter;
  }

  /** Position of the scan among the scans of its query, from 1, in the order they started. */
  public int scan() {
    return scan;
  }

  public String table() {
    return table;
  }

  /** The pushed filter as EXPLAIN shows it, or null if none. */
  public String filter() {
    return filter;
  }

  public void add(Counter counter, long delta) {
    counts.addAndGet(counter.ordinal(), delta);
  }

  public long get(Counter counter) {
    return counts.get(counter.ordinal());
  }
}
