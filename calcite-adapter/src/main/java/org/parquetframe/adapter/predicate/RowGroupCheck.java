package org.parquetframe.adapter.predicate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ColumnPath;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.parquetframe.adapter.metadata.DataFile;
import org.parquetframe.adapter.metadata.TableSnapshot;
import org.parquetframe.adapter.reader.ColumnCursor;
import org.parquetframe.adapter.reader.RowRanges;

/**
 * Decides, cheapest first, whether a row group may hold a row that passes a {@link ScanPredicate}:
 * the footer's chunk statistics for every constrained column, then (only if those did not decide,
 * and only when reading the file is allowed) each column's page index, which also tells the rows
 * of a kept row group worth reading, then for point sets its bloom filter and dictionary page, the
 * smaller first. Partition keys are checked per file by
 * {@link PartitionCheck}; a column the file lacks is NULL in every row.
 */
final class RowGroupCheck {
  /** More values than this in an IN list are not looked up one by one in bloom filters. */
  private static final int MAX_LOOKUPS = 64;

  private final ScanPredicate predicate;
  private final TableSnapshot snapshot;

  RowGroupCheck(ScanPredicate predicate, TableSnapshot snapshot) {
    this.predicate = predicate;
    this.snapshot = snapshot;
  }

  private record Constraint(ColumnKey key, ColumnDomain domain, ColumnDescriptor column, ColumnChunkMetaData chunk) {}

  /**
   * Why a row group is skipped, or KEPT; a kept one's {@code rows} are those on the pages the page
   * index keeps (null: all rows).
   */
  record Verdict(PruneReason reason, RowRanges rows) {
    static final Verdict KEPT = new Verdict(PruneReason.KEPT, null);

    static Verdict skipped(PruneReason reason) {
      return new Verdict(reason, null);
    }
  }

  /**
   * Why row group {@code ordinal} of {@code file} is skipped, or KEPT. With {@code reads} null only
   * the footer is used (plan time); otherwise the page index, bloom filters and dictionaries too.
   */
  PruneReason check(DataFile file, ParquetMetadata footer, int ordinal, BlockMetaData rowGroup, FileReads reads) {
    return verdict(file, footer, ordinal, rowGroup, reads).reason();
  }

  /** As {@link #check}, with the rows a kept row group may hold passing rows on, by its page index. */
  Verdict verdict(DataFile file, ParquetMetadata footer, int ordinal, BlockMetaData rowGroup, FileReads reads) {
    if (predicate.isNone()) {
      return Verdict.skipped(PruneReason.STATISTICS);
    }
    String where = "row group " + ordinal;
    List<Constraint> constraints = new ArrayList<>();
    MessageType schema = footer.getFileMetaData().getSchema();
    for (Map.Entry<ColumnKey, ColumnDomain> entry : predicate.domains().entrySet()) {
      ColumnKey key = entry.getKey();
      ColumnDomain domain = entry.getValue();
      if (PartitionCheck.partitionKey(snapshot, key.column()) != null) {
        continue;
      }
      ColumnDescriptor column = ColumnCursor.descriptor(schema, key.column());
      if (column == null) {
        if (!domain.nullAllowed()) {
          return Verdict.skipped(PruneReason.STATISTICS); // the file lacks the column: NULL in every row
        }
        continue;
      }
      ColumnChunkMetaData chunk = chunk(rowGroup, column);
      if (chunk == null) {
        continue;
      }
      StatisticsCheck.Facts facts = StatisticsCheck.Facts.of(chunk.getStatistics(), chunk.getValueCount());
      if (!StatisticsCheck.mayMatch(domain, key.transform(), column.getPrimitiveType(), chunk.getStatistics(), facts,
          file.version().path(), where)) {
        return Verdict.skipped(PruneReason.STATISTICS);
      }
      constraints.add(new Constraint(key, domain, column, chunk));
    }
    if (reads == null) {
      return Verdict.KEPT;
    }
    Verdict pages = checkPages(constraints, reads, where, rowGroup.getRowCount());
    if (pages.reason() != PruneReason.KEPT) {
      return pages;
    }
    PruneReason probes = checkPoints(constraints, reads, compressedBytes(rowGroup));
    return probes == PruneReason.KEPT ? pages : Verdict.skipped(probes);
  }

  /**
   * The page index of each constrained column: the pages that may hold a passing value, turned
   * into rows with the offset index and intersected over the columns (every constraint must hold).
   */
  private static Verdict checkPages(List<Constraint> constraints, FileReads reads, String where, long rowCount) {
    RowRanges rows = null;
    for (Constraint c : constraints) {
      boolean[] pages = ColumnIndexCheck.matchingPages(c.domain(), c.key().transform(), c.column().getPrimitiveType(),
          c.chunk(), reads, where);
      if (pages == null || ColumnIndexCheck.allOf(pages)) {
        continue;
      }
      if (!ColumnIndexCheck.anyOf(pages)) {
        return Verdict.skipped(PruneReason.COLUMN_INDEX);
      }
      RowRanges pageRows = ColumnIndexCheck.rowsOf(pages, c.chunk(), rowCount, reads);
      if (pageRows != null) {
        rows = rows == null ? pageRows : rows.intersect(pageRows);
      }
    }
    if (rows != null && rows.isEmpty()) {
      return Verdict.skipped(PruneReason.COLUMN_INDEX); // each column has such pages, but not for the same rows
    }
    return new Verdict(PruneReason.KEPT, rows);
  }

  /**
   * Bloom filters and dictionaries, for constraints on a few values. A bloom filter or dictionary
   * is read only when it is smaller than the row group it may save from reading (writers often
   * size bloom filters at 1 MB).
   */
  private static PruneReason checkPoints(List<Constraint> constraints, FileReads reads, long rowGroupBytes) {
    for (Constraint c : constraints) {
      List<Comparable<?>> points = c.domain().points(MAX_LOOKUPS);
      boolean nullsMayPass = c.domain().nullAllowed() && nullsPossible(c.chunk());
      if (points == null || points.isEmpty() || nullsMayPass || c.key().transform() != ValueTransform.IDENTITY) {
        continue;
      }
      List<PruneReason> probes = new ArrayList<>(List.of(PruneReason.BLOOM_FILTER, PruneReason.DICTIONARY));
      probes.removeIf(probe -> size(probe, c.chunk()) < 0 || size(probe, c.chunk()) > rowGroupBytes);
      if (nanPossible(c.chunk())) {
        probes.remove(PruneReason.BLOOM_FILTER); // NaN passes (see StatisticsCheck) but is no point to look up
      }
      probes.sort(Comparator.comparingLong(probe -> size(probe, c.chunk())));
      for (PruneReason probe : probes) {
        boolean mayMatch = probe == PruneReason.BLOOM_FILTER
            ? BloomFilterCheck.mayContain(points, c.column().getPrimitiveType(), c.chunk(), reads)
            : DictionaryCheck.mayMatch(c.domain(), c.key().transform(), c.column(), c.chunk(), reads);
        if (!mayMatch) {
          return probe;
        }
      }
    }
    return PruneReason.KEPT;
  }

  private static long compressedBytes(BlockMetaData rowGroup) {
    long bytes = 0;
    for (ColumnChunkMetaData chunk : rowGroup.getColumns()) {
      bytes += Math.max(0, chunk.getTotalSize());
    }
    return bytes;
  }

  private static long size(PruneReason probe, ColumnChunkMetaData chunk) {
    return probe == PruneReason.BLOOM_FILTER ? BloomFilterCheck.size(chunk) : DictionaryCheck.size(chunk);
  }

  private static boolean nullsPossible(ColumnChunkMetaData chunk) {
    var statistics = chunk.getStatistics();
    return statistics == null || !statistics.isNumNullsSet() || statistics.getNumNulls() > 0;
  }

  private static boolean nanPossible(ColumnChunkMetaData chunk) {
    var type = chunk.getPrimitiveType().getPrimitiveTypeName();
    var statistics = chunk.getStatistics();
    boolean floating = type == PrimitiveTypeName.FLOAT || type == PrimitiveTypeName.DOUBLE;
    return floating && (statistics == null || !statistics.isNanCountSet() || statistics.getNanCount() != 0);
  }

  private static ColumnChunkMetaData chunk(BlockMetaData rowGroup, ColumnDescriptor column) {
    ColumnPath path = ColumnPath.get(column.getPath());
    for (ColumnChunkMetaData chunk : rowGroup.getColumns()) {
      if (chunk.getPath().equals(path)) {
        return chunk;
      }
    }
    return null;
  }
}
