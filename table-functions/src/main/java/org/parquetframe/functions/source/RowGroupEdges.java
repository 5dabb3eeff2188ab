package org.parquetframe.functions.source;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.parquetframe.adapter.format.FileChangedException;
import org.parquetframe.adapter.format.FileVersion;
import org.parquetframe.adapter.format.ParquetFormatException;
import org.parquetframe.adapter.reader.bulk.BulkTarget;
import org.parquetframe.kernels.parallel.KernelPool;

/**
 * The edge columns of one row group, open for reading slice by slice: each slice's columns are
 * read on parallel threads, one column each. Reads come from the file version the snapshot saw
 * (which keys the graph cache), or fail with a {@link FileChangedException}: see
 * docs/adr/0006-files-changing-underneath.md.
 */
final class RowGroupEdges implements AutoCloseable {
  private final ParquetGraphLoader.RowGroupTask task;
  private final FileChannel channel;
  private final EdgeColumn[] columns; // source, target, and the weight when this pass reads it
  private int rowsLeft;

  private RowGroupEdges(ParquetGraphLoader.RowGroupTask task, FileChannel channel, EdgeColumn[] columns) {
    this.task = task;
    this.channel = channel;
    this.columns = columns;
    this.rowsLeft = Math.toIntExact(task.rowGroup().getRowCount());
  }

  /** Opens the source and target columns, and the weight column when {@code withWeights}. */
  static RowGroupEdges open(ParquetGraphLoader.RowGroupTask task, boolean withWeights) {
    FileVersion version = task.file().version();
    Path path = version.path();
    FileChannel channel = null;
    try {
      channel = FileChannel.open(path, StandardOpenOption.READ);
      if (channel.size() != version.size()) {
        version.checkUnchanged("before it was read");
      }
      BulkTarget ids = task.integerIds() ? BulkTarget.LONGS : BulkTarget.STRINGS;
      EdgeColumn[] columns = new EdgeColumn[withWeights ? 3 : 2];
      columns[EdgeSlice.SOURCE] = EdgeColumn.open(task, channel, task.src(), ids);
      columns[EdgeSlice.TARGET] = EdgeColumn.open(task, channel, task.dst(), ids);
      if (withWeights) {
        columns[2] = EdgeColumn.open(task, channel, task.weight(), BulkTarget.DOUBLES);
      }
      return new RowGroupEdges(task, channel, columns);
    } catch (NoSuchFileException e) {
      throw new FileChangedException(path, "it was deleted before it was read", e);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new ParquetFormatException(path, "cannot open: " + e, e);
    } catch (RuntimeException e) {
      closeQuietly(channel);
      throw failure(task, e);
    }
  }

  boolean hasRows() {
    return rowsLeft > 0;
  }

  /** First pass: reads the next slice's ids and interns them (see {@link EdgeSlice#intern}). */
  void internSlice(EdgeSlice slice, int threads) {
    readSlice(slice, threads, false, null);
  }

  /**
   * Second pass: reads the next slice's ids and weights, finds each id's dense index and keeps
   * the rows with both endpoints (see {@link EdgeSlice#compact}).
   */
  void findSlice(EdgeSlice slice, int threads, String weightColumn) {
    readSlice(slice, threads, true, weightColumn);
  }

  private void readSlice(EdgeSlice slice, int threads, boolean secondPass, String weightColumn) {
    int rows = Math.min(rowsLeft, EdgeSlice.ROWS);
    slice.reset(rows);
    try {
      KernelPool.forEachChunk(threads, columns.length, 1, (column, from, to) -> {
        if (column == 2) {
          slice.readWeights(columns[column]);
        } else {
          slice.readIds(column, columns[column]);
          if (secondPass) {
            slice.find(column);
          }
        }
      });
      if (secondPass) {
        slice.compact(weightColumn);
      } else {
        slice.intern();
      }
    } catch (EdgeSlice.SecondReadDiffers e) {
      throw new FileChangedException(task.file().version().path(), "its edges differ between the two reads that "
          + "build a graph (" + e.getMessage() + ")", e);
    } catch (RuntimeException e) {
      throw failure(task, e);
    }
    rowsLeft -= rows;
  }

  /** Checks that the file did not change while it was read. */
  @Override
  public void close() {
    closeQuietly(channel);
    task.file().version().checkUnchanged("while it was read");
  }

  private static RuntimeException failure(ParquetGraphLoader.RowGroupTask task, RuntimeException e) {
    FileVersion version = task.file().version();
    if (e instanceof FileChangedException || e instanceof IllegalArgumentException) {
      return e; // they name the file, or the argument (a negative weight, a limit)
    }
    if (!version.isCurrent()) { // what looks corrupt is a file changing while it was read
      return new FileChangedException(version.path(), "it was replaced or modified while it was read", e);
    }
    return e instanceof ParquetFormatException known ? known
        : new ParquetFormatException(version.path(), "cannot read the edges of a row group (" + e + ")", e);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // reading is over; nothing to lose
      }
    }
  }
}
