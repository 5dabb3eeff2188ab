package org.parquetframe.adapter.scan;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ColumnPath;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.parquetframe.adapter.diagnostics.ScanStats.Counter;
import org.parquetframe.adapter.format.FileChangedException;
import org.parquetframe.adapter.format.ParquetFormatException;
import org.parquetframe.adapter.limits.MemoryLimit;
import org.parquetframe.adapter.metadata.DataFile;
import org.parquetframe.adapter.metadata.FooterCache;
import org.parquetframe.adapter.metadata.TableSnapshot;
import org.parquetframe.adapter.predicate.ScanPruner;
import org.parquetframe.adapter.predicate.ScanPruner.KeptRowGroup;
import org.parquetframe.adapter.reader.ColumnChunkReaders;
import org.parquetframe.adapter.reader.ColumnCursor;
import org.parquetframe.adapter.reader.PageLayout;
import org.parquetframe.adapter.reader.PageLayouts;
import org.parquetframe.adapter.reader.RowRanges;
import org.parquetframe.adapter.reader.RowSelection;

/**
 * Walks a scan's files and row groups in order, on the query's thread, and cuts what it reads into
 * {@link Slice}s: a row group small enough is one slice, read page after page; a larger one, or
 * one whose page index excludes pages, is cut into slices of at most {@link #SLICE_ROWS} rows (and
 * about {@link #SLICE_BYTES} of data), each reading only the pages holding its rows. It asks the
 * {@link ScanPruner} which files and row groups to read, counts pages skipped, and checks each
 * slice against {@code memory_limit} before anything of it is read.
 */
final class SlicePlanner {
  /** Rows of a batch: the unit handed from a decoding thread to the query's thread. */
  static final int BATCH_ROWS = 4096;
  /** Most rows of a slice, so that a scan holds a few slices per thread whatever its row groups' size. */
  static final long SLICE_ROWS = 16L * BATCH_ROWS;
  /** Decoded bytes a slice should hold at most: wide rows make slices of fewer rows (down to a batch). */
  static final long SLICE_BYTES = 16L << 20;

  private final TableSnapshot snapshot;
  private final String[] columns;
  private final FooterCache footers;
  private final ScanPruner pruner;
  private final MemoryLimit memoryLimit;
  private final Iterator<DataFile> files;
  private final ArrayDeque<Slice> planned = new ArrayDeque<>();
  private DataFile file;
  private ParquetMetadata footer;
  private Iterator<KeptRowGroup> rowGroups = List.<KeptRowGroup>of().iterator();

  SlicePlanner(TableSnapshot snapshot, String[] columns, FooterCache footers, ScanPruner pruner,
      MemoryLimit memoryLimit) {
    this.snapshot = snapshot;
    this.columns = columns;
    this.footers = footers;
    this.pruner = pruner;
    this.memoryLimit = memoryLimit;
    this.files = snapshot.files().iterator();
  }

  /** The next slice in scan order, or null after the last. */
  Slice next() {
    try {
      while (planned.isEmpty()) {
        if (!nextRowGroup()) {
          return null;
        }
      }
      return planned.poll();
    } catch (RuntimeException e) {
      throw SliceReader.explained(e, file);
    }
  }

  private boolean nextRowGroup() {
    while (!rowGroups.hasNext()) {
      if (!nextFile()) {
        return false;
      }
    }
    plan(rowGroups.next());
    return true;
  }

  private boolean nextFile() {
    if (!files.hasNext()) {
      return false;
    }
    file = files.next();
    if (!pruner.readsFile(file)) {
      rowGroups = List.<KeptRowGroup>of().iterator(); // its partition values exclude it: not opened
      return true;
    }
    footer = footers.footer(file.version());
    rowGroups = pruner.rowGroups(file, footer).iterator();
    return true;
  }

  private void plan(KeptRowGroup kept) {
    BlockMetaData rowGroup = kept.rowGroup();
    long rows = rowGroup.getRowCount();
    List<ColumnDescriptor> stored = storedColumns();
    if (rows <= 0 || stored.isEmpty()) {
      pruner.reading(file, new KeptRowGroup(rowGroup, null)); // no page read: every row, as the footer counts them
      if (rows > 0) {
        planned.add(new Slice(file, footer, rowGroup, null, rows, false));
      }
      return;
    }
    long sliceRows = sliceRows(rowGroup, stored);
    Map<ColumnPath, PageLayout> layouts = kept.rows() == null && rows <= sliceRows ? null : layouts(rowGroup, stored);
    if (layouts == null) {
      pruner.reading(file, new KeptRowGroup(rowGroup, null)); // read whole, page after page
      checkMemory(rowGroup, stored, rows);
      planned.add(new Slice(file, footer, rowGroup, null, rows, true));
      return;
    }
    RowRanges selected = kept.rows() == null ? RowRanges.all(rows) : kept.rows();
    pruner.reading(file, new KeptRowGroup(rowGroup, selected));
    countSkippedPages(layouts, selected);
    for (RowRanges slice : Slicing.cut(selected, sliceRows, reference(layouts))) {
      checkMemory(rowGroup, stored, slice.rowCount());
      planned.add(new Slice(file, footer, rowGroup, new RowSelection(selected, slice, layouts), slice.rowCount(),
          true));
    }
  }

  /** The columns read from the file's pages: not partition keys, not missing from this file. */
  private List<ColumnDescriptor> storedColumns() {
    List<ColumnDescriptor> stored = new ArrayList<>();
    for (String column : columns) {
      stored.addAll(ColumnCursor.storedColumns(snapshot, footer, column));
    }
    return stored;
  }

  /** Rows per slice: {@link #SLICE_ROWS}, fewer where the columns read are wide. */
  private long sliceRows(BlockMetaData rowGroup, List<ColumnDescriptor> stored) {
    long bytes = 0;
    for (ColumnDescriptor column : stored) {
      bytes += Math.max(0, chunk(rowGroup, column).getTotalUncompressedSize());
    }
    long bytesPerRow = Math.max(1, bytes / Math.max(1, rowGroup.getRowCount()));
    return Math.max(BATCH_ROWS, Math.min(SLICE_ROWS, SLICE_BYTES / bytesPerRow));
  }

  private Map<ColumnPath, PageLayout> layouts(BlockMetaData rowGroup, List<ColumnDescriptor> stored) {
    Path path = file.version().path();
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      return PageLayouts.of(path, channel, file.version().size(), rowGroup, stored);
    } catch (NoSuchFileException e) {
      throw new FileChangedException(path, "it was deleted before it was read", e);
    } catch (IOException e) {
      throw new ParquetFormatException(path, "cannot open: " + e, e);
    }
  }

  private void countSkippedPages(Map<ColumnPath, PageLayout> layouts, RowRanges selected) {
    long skipped = 0;
    for (PageLayout layout : layouts.values()) {
      skipped += layout.pageCount() - layout.pagesWith(selected).length;
    }
    pruner.stats().add(Counter.PAGES_SKIPPED_BY_COLUMN_INDEX, skipped);
  }

  /** The column whose pages hold the most bytes: cutting slices at its page boundaries saves the most decoding. */
  private static PageLayout reference(Map<ColumnPath, PageLayout> layouts) {
    return layouts.values().stream().max(Comparator.comparingLong(PageLayout::bytes)).orElse(null);
  }

  /**
   * Reading a slice of {@code rows} rows holds about that share of its columns' chunks, compressed
   * and decompressed, and its decoded values: the piece of work {@code memory_limit} bounds (a scan
   * holds at most as many slices as it has threads).
   */
  private void checkMemory(BlockMetaData rowGroup, List<ColumnDescriptor> stored, long rows) {
    double share = (double) rows / rowGroup.getRowCount();
    long bytes = 0;
    for (ColumnDescriptor column : stored) {
      ColumnChunkMetaData chunk = chunk(rowGroup, column);
      bytes += (long) (share * (Math.max(0, chunk.getTotalSize()) + Math.max(0, chunk.getTotalUncompressedSize())));
      bytes += rows * Long.BYTES;
    }
    memoryLimit.check("Reading columns " + List.of(columns) + " of '" + file.version().path() + "' (" + rows
        + " rows at a time)", bytes, "select fewer columns, or raise memory_limit and the JVM heap (-Xmx)");
  }

  private ColumnChunkMetaData chunk(BlockMetaData rowGroup, ColumnDescriptor column) {
    return ColumnChunkReaders.chunkOf(file.version().path(), rowGroup, column);
  }
}
