package org.parquetframe.adapter;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.parquetframe.adapter.format.FileChangedException;
import org.parquetframe.adapter.format.ParquetFormatException;
import org.parquetframe.adapter.metadata.DataFile;
import org.parquetframe.adapter.metadata.FooterCache;
import org.parquetframe.adapter.metadata.TableSnapshot;
import org.parquetframe.adapter.limits.MemoryLimit;
import org.parquetframe.adapter.predicate.ScanPruner;
import org.parquetframe.adapter.reader.ColumnCursor;
import org.parquetframe.adapter.reader.RowGroupMemory;

/**
 * Rows of a table's files, row group by row group, holding only the requested columns. A file is
 * open only while its row groups are read; a query that needs no column reads no page. Every row
 * comes from the file versions of the snapshot: a file found changed while the query runs stops it
 * with a {@link FileChangedException} (docs/adr/0006-files-changing-underneath.md), and every read
 * error reaches JDBC as an SQLException naming the file.
 */
final class ParquetRowEnumerator implements Enumerator<Object[]> {
  private static final int CANCEL_CHECK_INTERVAL = 4096;

  private final TableSnapshot snapshot;
  private final String[] columns;
  private final FooterCache footers;
  private final AtomicBoolean cancelled;
  private final MemoryLimit memoryLimit;
  private final Iterator<DataFile> files;
  /** Skips files and row groups a pushed filter excludes; null reads them all. */
  private final ScanPruner pruner;
  private FileChannel channel;
  private DataFile file;
  private ParquetMetadata footer;
  private Iterator<BlockMetaData> rowGroups = List.<BlockMetaData>of().iterator();
  private ColumnCursor[] cursors;
  private long rowsLeft;
  private Object[] current;
  private long rowsRead;

  ParquetRowEnumerator(TableSnapshot snapshot, String[] columns, FooterCache footers, MemoryLimit memoryLimit,
      AtomicBoolean cancelled) {
    this(snapshot, columns, footers, memoryLimit, cancelled, null);
  }

  ParquetRowEnumerator(TableSnapshot snapshot, String[] columns, FooterCache footers, MemoryLimit memoryLimit,
      AtomicBoolean cancelled, ScanPruner pruner) {
    this.pruner = pruner;
    this.memoryLimit = memoryLimit;
    this.snapshot = snapshot;
    this.columns = columns;
    this.footers = footers;
    this.cancelled = cancelled;
    this.files = snapshot.files().iterator();
  }

  @Override
  public Object[] current() {
    return current;
  }

  @Override
  public boolean moveNext() {
    try {
      return advance();
    } catch (RuntimeException e) {
      closeChannel();
      throw asSqlException(explained(e));
    }
  }

  /** A read error in a file that is no longer the snapshot's version is the change's doing: say so. */
  private RuntimeException explained(RuntimeException e) {
    if (e instanceof ParquetFormatException && !(e instanceof FileChangedException) && file != null
        && !file.version().isCurrent()) {
      return new FileChangedException(file.version().path(), "it was replaced or modified while it was read", e);
    }
    return e;
  }

  private boolean advance() {
    while (rowsLeft == 0) {
      if (!nextRowGroup()) {
        current = null;
        return false;
      }
    }
    if (++rowsRead % CANCEL_CHECK_INTERVAL == 0 && cancelled.get()) {
      throw new IllegalStateException("Query was cancelled");
    }
    Object[] row = new Object[cursors.length];
    for (int i = 0; i < cursors.length; i++) {
      row[i] = cursors[i].next();
    }
    rowsLeft--;
    current = row;
    return true;
  }

  /**
   * Avatica passes the unchecked exceptions of {@code ResultSet.next()} to the client as they are,
   * so an unreadable file would reach a JDBC client as a bare RuntimeException. JDBC promises an
   * SQLException, which {@link Enumerator#moveNext} cannot declare: it is thrown unchecked.
   */
  private static RuntimeException asSqlException(RuntimeException e) {
    throw ParquetRowEnumerator.<RuntimeException>throwUnchecked(new SQLException(e.getMessage(), e));
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E throwUnchecked(Throwable e) throws E {
    throw (E) e;
  }

  private boolean nextRowGroup() {
    while (!rowGroups.hasNext()) {
      if (!nextFile()) {
        return false;
      }
    }
    BlockMetaData rowGroup = rowGroups.next();
    rowsLeft = rowGroup.getRowCount();
    if (pruner != null) {
      pruner.reading(file, rowGroup);
    }
    if (rowsLeft > 0) {
      memoryLimit.check("Reading columns " + List.of(columns) + " of a row group of '" + file.version().path() + "'",
          RowGroupMemory.bytesToRead(rowGroup, Set.of(columns)),
          "select fewer columns, or raise memory_limit and the JVM heap (-Xmx)");
      cursors = ColumnCursor.open(snapshot, file, footer, channel, rowGroup, columns);
      if (channel != null) {
        // the row group's chunks are in memory now: they are the snapshot's version, or we stop
        file.version().checkUnchanged("while it was read");
      }
    }
    return true;
  }

  private boolean nextFile() {
    closeChannel();
    if (!files.hasNext()) {
      return false;
    }
    file = files.next();
    Path path = file.version().path();
    if (pruner != null && !pruner.readsFile(file)) {
      rowGroups = List.<BlockMetaData>of().iterator(); // its partition values exclude it: not opened
      return true;
    }
    footer = footers.footer(file.version());
    rowGroups = pruner == null ? footer.getBlocks().iterator() : pruner.rowGroups(file, footer).iterator();
    if (rowGroups.hasNext() && columns.length > 0 && ColumnCursor.needsData(snapshot, footer, columns)) {
      try {
        channel = FileChannel.open(path, StandardOpenOption.READ);
        if (channel.size() != file.version().size()) {
          file.version().checkUnchanged("before it was read");
        }
      } catch (NoSuchFileException e) {
        throw new FileChangedException(path, "it was deleted before it was read", e);
      } catch (IOException e) {
        throw new ParquetFormatException(path, "cannot open: " + e, e);
      }
    }
    return true;
  }

  @Override
  public void reset() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void close() {
    closeChannel();
  }

  private void closeChannel() {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // nothing was written; a failed close loses nothing
      }
      channel = null;
    }
  }
}
