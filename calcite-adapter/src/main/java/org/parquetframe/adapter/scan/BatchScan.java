package org.parquetframe.adapter.scan;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import org.parquetframe.adapter.diagnostics.ScanStats;
import org.parquetframe.adapter.limits.MemoryLimit;
import org.parquetframe.adapter.metadata.FooterCache;
import org.parquetframe.adapter.metadata.TableSnapshot;
import org.parquetframe.adapter.parallel.ScanPool;
import org.parquetframe.adapter.predicate.ScanPruner;
import org.parquetframe.adapter.vector.Batch;

/**
 * The batches of one table scan, in file, row group and row order, for the query's thread. With
 * {@code threads} above one, the {@link ScanPool} decodes up to {@code threads - 1} slices ahead
 * while the query's thread consumes (and decodes itself any slice it reaches before a pool thread
 * has started it); with one, the query's thread decodes everything, a batch at a time. The slices
 * ahead ramp up from none before the second batch is asked for, then one, so that a query that
 * stops early (LIMIT) decodes little it does not use.
 * Memory is bounded by the slices in flight: {@code threads} slices at most, whatever the files.
 * Closing stops every slice being decoded and closes their files before it returns.
 */
public final class BatchScan implements AutoCloseable {
  private final SlicePlanner planner;
  private final TableSnapshot snapshot;
  private final String[] columns;
  private final AtomicBoolean cancelled;
  private final ScanStats stats;
  private final int ahead;
  private final ArrayDeque<SliceTask> window = new ArrayDeque<>();
  private boolean planningDone;
  private int slicesDone;
  private long batchesTaken;

  public BatchScan(TableSnapshot snapshot, String[] columns, FooterCache footers, ScanPruner pruner,
      MemoryLimit memoryLimit, int threads, AtomicBoolean cancelled) {
    this.snapshot = snapshot;
    this.columns = columns;
    this.cancelled = cancelled;
    this.stats = pruner.stats();
    this.ahead = Math.max(0, threads - 1);
    this.planner = new SlicePlanner(snapshot, columns, footers, pruner, memoryLimit);
  }

  /** Rows per batch at most. */
  public static int batchRows() {
    return SlicePlanner.BATCH_ROWS;
  }

  /** The next batch, or null after the last. */
  public Batch next() {
    while (true) {
      topUp();
      SliceTask head = window.peek();
      if (head == null) {
        return null;
      }
      Batch batch = head.next(cancelled);
      if (batch != null) {
        batchesTaken++;
        return batch;
      }
      window.poll();
      slicesDone++;
    }
  }

  /**
   * Plans slices until the head and the slices wanted ahead of it are known; hands those ahead to
   * the pool. None is wanted ahead before the query has asked for a second batch: a query that
   * stops within the first (a small LIMIT) reads one row group.
   */
  private void topUp() {
    int wanted = 1 + (batchesTaken == 0 ? 0 : Math.min(ahead, slicesDone + 1));
    while (window.size() < wanted && !planningDone) {
      Slice slice = planner.next();
      if (slice == null) {
        planningDone = true;
        return;
      }
      SliceTask task = new SliceTask(new SliceReader(slice, snapshot, columns, cancelled, stats));
      window.add(task);
      if (window.size() > 1) {
        ScanPool.execute(task, ahead);
      }
    }
  }

  @Override
  public void close() {
    planningDone = true;
    for (SliceTask task : window) {
      task.cancel();
    }
    window.clear();
  }
}
