package org.parquetframe.adapter;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.parquetframe.adapter.format.ParquetFormatException;
import org.parquetframe.adapter.metadata.DataFile;
import org.parquetframe.adapter.metadata.FooterCache;
import org.parquetframe.adapter.metadata.TableSnapshot;
import org.parquetframe.adapter.limits.MemoryLimit;
import org.parquetframe.adapter.reader.ColumnCursor;
import org.parquetframe.adapter.reader.RowGroupMemory;

/**
 * Rows of a table's files, row group by row group, holding only the requested columns. A file is
 * open only while its row groups are read; a query that needs no column reads no page.
 */
final class ParquetRowEnumerator implements Enumerator<Object[]> {
  private static final int CANCEL_CHECK_INTERVAL = 4096;

  private final TableSnapshot snapshot;
  private final String[] columns;
  private final FooterCache footers;
  private final AtomicBoolean cancelled;
  private final MemoryLimit memoryLimit;
  private final Iterator<DataFile> files;
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

  private boolean nextRowGroup() {
    while (!rowGroups.hasNext()) {
      if (!nextFile()) {
        return false;
      }
    }
    BlockMetaData rowGroup = rowGroups.next();
    rowsLeft = rowGroup.getRowCount();
    if (rowsLeft > 0) {
      memoryLimit.check("Reading columns " + List.of(columns) + " of a row group of '" + file.version().path() + "'",
          RowGroupMemory.bytesToRead(rowGroup, Set.of(columns)),
          "select fewer columns, or raise memory_limit and the JVM heap (-Xmx)");
      cursors = ColumnCursor.open(snapshot, file, footer, channel, rowGroup, columns);
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
    footer = footers.footer(file.version());
    rowGroups = footer.getBlocks().iterator();
    if (columns.length > 0 && ColumnCursor.needsData(snapshot, footer, columns)) {
      try {
        channel = FileChannel.open(path, StandardOpenOption.READ);
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
