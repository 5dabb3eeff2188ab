package org.parquetframe.adapter.predicate;

import java.util.List;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.parquetframe.adapter.metadata.DataFile;
import org.parquetframe.adapter.metadata.FooterCache;
import org.parquetframe.adapter.metadata.TableSnapshot;

/**
 * What a pushed predicate keeps of a table by metadata alone, as EXPLAIN shows it: files kept by
 * partition values and footer statistics out of all files, and row groups kept by statistics out
 * of those in the files partition pruning kept (a partition-pruned file's footer is not looked at).
 * Page indexes, bloom filters and dictionaries are consulted only when the query runs.
 */
public record PruningSummary(int filesKept, int files, long rowGroupsKept, long rowGroups) {

  public static PruningSummary of(TableSnapshot snapshot, FooterCache footers, ScanPredicate predicate) {
    RowGroupCheck check = new RowGroupCheck(predicate, snapshot);
    int filesKept = 0;
    long rowGroupsKept = 0;
    long rowGroups = 0;
    for (DataFile file : snapshot.files()) {
      if (!PartitionCheck.mayMatch(predicate, snapshot, file)) {
        continue;
      }
      ParquetMetadata footer = footers.footer(file.version());
      List<BlockMetaData> blocks = footer.getBlocks();
      rowGroups += blocks.size();
      int kept = 0;
      for (int i = 0; i < blocks.size(); i++) {
        if (check.check(file, footer, i, blocks.get(i), null) == PruneReason.KEPT) {
          kept++;
        }
      }
      rowGroupsKept += kept;
      if (kept > 0) {
        filesKept++;
      }
    }
    return new PruningSummary(filesKept, snapshot.files().size(), rowGroupsKept, rowGroups);
  }

  /** The share of row groups kept, for the scan's cost; 1 when there are none. */
  public double keptShare() {
    return rowGroups == 0 ? 1 : (double) rowGroupsKept / rowGroups;
  }
}
