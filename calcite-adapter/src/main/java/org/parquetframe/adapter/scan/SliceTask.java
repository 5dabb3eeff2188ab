package org.parquetframe.adapter.scan;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.parquetframe.adapter.vector.Batch;

/**
 * One slice of a scan, decoded by whichever thread starts it first: a pool thread, which decodes
 * the whole slice ahead and queues its batches (at most a slice's worth), or the query's thread,
 * which then decodes one batch at a time as it needs rows. A slice is never decoded by two threads,
 * and its batches come out in order, followed by its error if decoding failed.
 */
final class SliceTask implements Runnable {
  private enum State { WAITING, POOL, QUERY, CANCELLED }

  /** How often a query thread waiting for a pool thread looks at the cancel flag. */
  private static final long WAIT_MILLIS = 100;

  private final SliceReader reader;
  private final AtomicReference<State> state = new AtomicReference<>(State.WAITING);
  private final ArrayDeque<Batch> decoded = new ArrayDeque<>();
  private volatile boolean stop;
  private boolean finished;
  private RuntimeException failure;

  SliceTask(SliceReader reader) {
    this.reader = reader;
  }

  /** On a pool thread: decodes every batch, unless the query's thread started first or the scan closed. */
  @Override
  public void run() {
    if (!state.compareAndSet(State.WAITING, State.POOL)) {
      return;
    }
    RuntimeException error = null;
    try {
      Batch batch;
      while (!stop && (batch = reader.next()) != null) {
        synchronized (this) {
          decoded.add(batch);
          notifyAll();
        }
      }
    } catch (RuntimeException e) {
      error = e;
    } catch (Error e) {
      // the query's thread must see that the slice ended early (a failed allocation leaves the JVM usable)
      error = new IllegalStateException("Reading a Parquet file failed: " + e, e);
    } finally {
      reader.close();
      synchronized (this) {
        failure = error;
        finished = true;
        notifyAll();
      }
    }
  }

  /** On the query's thread: the slice's next batch, or null after its last. */
  Batch next(AtomicBoolean cancelled) {
    state.compareAndSet(State.WAITING, State.QUERY);
    if (state.get() == State.QUERY) {
      return reader.next();
    }
    synchronized (this) {
      while (decoded.isEmpty() && !finished) {
        if (cancelled.get()) {
          throw new IllegalStateException("Query was cancelled");
        }
        awaitQuietly();
      }
      if (!decoded.isEmpty()) {
        return decoded.poll();
      }
      if (failure != null) {
        RuntimeException error = failure;
        failure = null;
        throw error;
      }
      return null;
    }
  }

  /**
   * Stops the slice: one not started never runs; one a pool thread decodes stops at its next batch,
   * and this returns once it has (its file closed); the query thread's own is closed here.
   */
  void cancel() {
    stop = true;
    if (state.compareAndSet(State.WAITING, State.CANCELLED)) {
      return;
    }
    if (state.get() == State.QUERY) {
      reader.close();
      return;
    }
    boolean interrupted = false;
    synchronized (this) {
      while (!finished) {
        try {
          wait(WAIT_MILLIS);
        } catch (InterruptedException e) {
          interrupted = true; // the pool thread stops within a batch: wait for it, then pass the interrupt on
        }
      }
      decoded.clear();
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits on this task's monitor for the pool thread; an interrupt stops the query. */
  private void awaitQuietly() {
    try {
      wait(WAIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Query was interrupted", e);
    }
  }
}
