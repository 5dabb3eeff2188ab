package org.parquetframe.adapter.diagnostics;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The scans of the connection's latest query that read Parquet tables, with their {@link
 * ScanStats}. A query is recognised by its runtime context: the first scan of a new one replaces
 * the previous query's scans, so queries that read no table (such as {@code pf_scan_stats()}
 * itself) leave them in place.
 */
public final class ScanCounters {
  private WeakReference<Object> lastQuery = new WeakReference<>(null);
  private final List<ScanStats> scans = new ArrayList<>();

  /** Starts counting a scan of {@code table} for the query whose runtime context is {@code query}. */
  public synchronized ScanStats startScan(Object query, String table, String filter) {
    if (lastQuery.get() != query) {
      lastQuery = new WeakReference<>(query);
      scans.clear();
    }
    ScanStats stats = new ScanStats(scans.size() + 1, table, filter);
    scans.add(stats);
    return stats;
  }

  /** The scans of the latest query that read a table, in the order they started. */
  public synchronized List<ScanStats> lastQuery() {
    return List.copyOf(scans);
  }
}
