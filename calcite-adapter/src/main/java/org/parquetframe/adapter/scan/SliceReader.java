package org.parquetframe.adapter.scan;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicBoolean;
import org.parquetframe.adapter.diagnostics.ScanStats;
import org.parquetframe.adapter.format.FileChangedException;
import org.parquetframe.adapter.format.ParquetFormatException;
import org.parquetframe.adapter.metadata.DataFile;
import org.parquetframe.adapter.metadata.TableSnapshot;
import org.parquetframe.adapter.reader.ColumnCursor;
import org.parquetframe.adapter.reader.RowGroupInput;
import org.parquetframe.adapter.vector.Batch;
import org.parquetframe.adapter.vector.ColumnVector;

/**
 * Decodes one {@link Slice} into batches of at most {@link SlicePlanner#BATCH_ROWS} rows (the first
 * ones smaller, so that the first rows of a scan come quickly), on
 * whichever thread runs it, with its own handle on the file (opened at the first batch, closed
 * after the last or on {@link #close}). Each batch's bytes come from the snapshot's version of the
 * file, which is checked after the batch is decoded (docs/adr/0006); a read error in a file that
 * changed is reported as the change. Stops with an error when the query is cancelled.
 */
final class SliceReader implements AutoCloseable {
  /** Rows of a slice's first batch; each next one is four times larger, up to a full batch. */
  private static final int FIRST_BATCH_ROWS = 256;

  private final Slice slice;
  private final TableSnapshot snapshot;
  private final String[] columns;
  private final AtomicBoolean cancelled;
  private final ScanStats stats;
  private FileChannel channel;
  private ColumnCursor[] cursors;
  private long rowsLeft;
  private int batchRows = FIRST_BATCH_ROWS;
  private boolean closed;

  SliceReader(Slice slice, TableSnapshot snapshot, String[] columns, AtomicBoolean cancelled, ScanStats stats) {
    this.slice = slice;
    this.snapshot = snapshot;
    this.columns = columns;
    this.cancelled = cancelled;
    this.stats = stats;
    this.rowsLeft = slice.rowCount();
  }

  /** The next batch, or null after the last. */
  Batch next() {
    if (rowsLeft == 0 || closed) {
      return null;
    }
    try {
      if (cancelled.get()) {
        throw new IllegalStateException("Query was cancelled");
      }
      if (cursors == null) {
        open();
      }
      int rows = (int) Math.min(batchRows, rowsLeft);
      batchRows = Math.min(SlicePlanner.BATCH_ROWS, batchRows * 4);
      ColumnVector[] vectors = new ColumnVector[cursors.length];
      for (int i = 0; i < cursors.length; i++) {
        vectors[i] = cursors[i].nextBatch(rows);
      }
      if (channel != null) {
        // the batch's pages are in memory now: they are the snapshot's version, or we stop
        slice.file().version().checkUnchanged("while it was read");
      }
      rowsLeft -= rows;
      if (rowsLeft == 0) {
        close();
      }
      return new Batch(rows, vectors);
    } catch (RuntimeException | StackOverflowError e) {
      close();
      throw explained(e instanceof RuntimeException runtime ? runtime
          : new ParquetFormatException(slice.file().version().path(), "cannot decode (" + e + ")", e), slice.file());
    }
  }

  private void open() {
    Path path = slice.file().version().path();
    if (slice.readsPages()) {
      try {
        channel = FileChannel.open(path, StandardOpenOption.READ);
        if (channel.size() != slice.file().version().size()) {
          slice.file().version().checkUnchanged("before it was read");
        }
      } catch (NoSuchFileException e) {
        throw new FileChangedException(path, "it was deleted before it was read", e);
      } catch (IOException e) {
        throw new ParquetFormatException(path, "cannot open: " + e, e);
      }
    }
    RowGroupInput input = new RowGroupInput(path, channel, slice.file().version().size(), slice.footer(),
        slice.rowGroup(), slice.selection(), () -> stats.add(ScanStats.Counter.PAGES_READ, 1));
    cursors = ColumnCursor.open(snapshot, slice.file(), input, columns);
  }

  /** A read error in a file that is no longer the snapshot's version is the change's doing: say so. */
  static RuntimeException explained(RuntimeException e, DataFile file) {
    if (e instanceof ParquetFormatException && !(e instanceof FileChangedException) && file != null
        && !file.version().isCurrent()) {
      return new FileChangedException(file.version().path(), "it was replaced or modified while it was read", e);
    }
    return e;
  }

  @Override
  public void close() {
    closed = true;
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
