package org.parquetframe.adapter.predicate;

import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.parquetframe.adapter.diagnostics.ScanStats;
import org.parquetframe.adapter.diagnostics.ScanStats.Counter;
import org.parquetframe.adapter.metadata.DataFile;
import org.parquetframe.adapter.metadata.TableSnapshot;
import org.parquetframe.adapter.reader.RowRanges;

/**
 * The run-time side of pushdown for one scan: which files and row groups it reads, decided again
 * on the files as they are when the query runs (the plan may be older), and counted in the scan's
 * {@link ScanStats}. Skipping is a hint: the filter above the scan still checks every row read.
 */
public final class ScanPruner {
  private final TableSnapshot snapshot;
  private final ScanPredicate predicate;
  private final RowGroupCheck check;
  private final ScanStats stats;
  private DataFile lastFileRead;

  private ScanPruner(TableSnapshot snapshot, ScanPredicate predicate, ScanStats stats) {
    this.snapshot = snapshot;
    this.predicate = predicate;
    this.check = new RowGroupCheck(predicate, snapshot);
    this.stats = stats;
    stats.add(Counter.FILES_TOTAL, snapshot.files().size());
  }

  public static ScanPruner of(TableSnapshot snapshot, ScanPredicate predicate, ScanStats stats) {
    return new ScanPruner(snapshot, predicate == null ? ScanPredicate.all() : predicate, stats);
  }

  /** Whether {@code file} may hold a passing row by its partition values; false skips it unopened. */
  public boolean readsFile(DataFile file) {
    if (!PartitionCheck.mayMatch(predicate, snapshot, file)) {
      stats.add(Counter.FILES_SKIPPED_BY_PARTITION, 1);
      return false;
    }
    return true;
  }

  /**
   * A row group a scan reads, and the rows of it on the pages the page index keeps: all of them
   * ({@code rows} null) where it keeps every page, or where there is no page index.
   */
  public record KeptRowGroup(BlockMetaData rowGroup, RowRanges rows) {}

  /** The row groups of {@code file} that may hold a passing row, in file order. */
  public List<KeptRowGroup> rowGroups(DataFile file, ParquetMetadata footer) {
    List<BlockMetaData> all = footer.getBlocks();
    stats.add(Counter.ROW_GROUPS_TOTAL, all.size());
    List<KeptRowGroup> kept = predicate.isAll() ? all.stream().map(r -> new KeptRowGroup(r, null)).toList()
        : prune(file, footer, all);
    if (kept.isEmpty()) {
      stats.add(Counter.FILES_SKIPPED_BY_ROW_GROUPS, 1); // also a file without row groups: nothing to read
    }
    return kept;
  }

  private List<KeptRowGroup> prune(DataFile file, ParquetMetadata footer, List<BlockMetaData> all) {
    List<KeptRowGroup> kept = new ArrayList<>();
    try (FileReads reads = new FileReads(file.version())) {
      for (int i = 0; i < all.size(); i++) {
        RowGroupCheck.Verdict verdict = check.verdict(file, footer, i, all.get(i), reads);
        switch (verdict.reason()) {
          case KEPT -> kept.add(new KeptRowGroup(all.get(i), verdict.rows()));
          case STATISTICS -> stats.add(Counter.ROW_GROUPS_SKIPPED_BY_STATISTICS, 1);
          case COLUMN_INDEX -> stats.add(Counter.ROW_GROUPS_SKIPPED_BY_COLUMN_INDEX, 1);
          case BLOOM_FILTER -> stats.add(Counter.ROW_GROUPS_SKIPPED_BY_BLOOM_FILTER, 1);
          case DICTIONARY -> stats.add(Counter.ROW_GROUPS_SKIPPED_BY_DICTIONARY, 1);
          default -> throw new IllegalStateException("unexpected " + verdict.reason());
        }
      }
      reads.checkUnchanged();
      stats.add(Counter.PRUNING_BYTES_READ, reads.bytesRead());
    }
    return kept;
  }

  /** Counts a row group the scan starts reading, and its rows read and skipped. */
  public void reading(DataFile file, KeptRowGroup kept) {
    if (file != lastFileRead) {
      lastFileRead = file;
      stats.add(Counter.FILES_READ, 1);
    }
    long rows = kept.rowGroup().getRowCount();
    long read = kept.rows() == null ? rows : kept.rows().rowCount();
    stats.add(Counter.ROW_GROUPS_READ, 1);
    stats.add(Counter.ROWS_READ, read);
    stats.add(Counter.ROWS_SKIPPED_BY_COLUMN_INDEX, rows - read);
  }

  /** The counters of the scan. */
  public ScanStats stats() {
    return stats;
  }
}
