package org.parquetframe.adapter.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one read per item (a footer per file) on up to {@code threads} threads: the caller and
 * helpers from the adapter's shared {@link ScanPool}, so that no query starts threads of its own. Once an item fails, later items are skipped but earlier ones still run, so
 * the error thrown is always that of the earliest failing item (it names its file), whatever the
 * timing; the failures of later items that ran are suppressed in it.
 */
public final class ParallelReads {
  private ParallelReads() {}

  /** {@code read} applied to each of {@code items}, results in the items' order. */
  public static <T, R> List<R> map(int threads, List<T> items, Function<T, R> read) {
    Job<T, R> job = new Job<>(items, read);
    int helpers = Math.min(threads, items.size()) - 1;
    if (helpers <= 0 || ScanPool.isPoolThread()) {
      job.run();
    } else {
      for (int i = 0; i < helpers; i++) {
        ScanPool.execute(job, helpers);
      }
      job.run();
      job.awaitClaimed();
    }
    return job.results();
  }

  private static final class Job<T, R> implements Runnable {
    private final List<T> items;
    private final Function<T, R> read;
    private final Object[] results;
    private final Throwable[] failures;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger firstFailed = new AtomicInteger(Integer.MAX_VALUE);
    private final CountDownLatch unfinished;

    Job(List<T> items, Function<T, R> read) {
      this.items = items;
      this.read = read;
      this.results = new Object[items.size()];
      this.failures = new Throwable[items.size()];
      this.unfinished = new CountDownLatch(items.size());
    }

    @Override
    public void run() {
      int i;
      while ((i = next.getAndIncrement()) < items.size()) {
        try {
          if (i < firstFailed.get()) {
            results[i] = read.apply(items.get(i));
          }
        } catch (RuntimeException | Error e) {
          failures[i] = e;
          firstFailed.accumulateAndGet(i, Math::min);
        } finally {
          unfinished.countDown();
        }
      }
    }

    /** Waits even when interrupted: a helper may still be writing into the results. */
    void awaitClaimed() {
      boolean interrupted = false;
      while (true) {
        try {
          unfinished.await();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    @SuppressWarnings("unchecked")
    List<R> results() {
      Throwable first = null;
      for (Throwable failure : failures) {
        if (failure != null && first == null) {
          first = failure;
        } else if (failure != null) {
          first.addSuppressed(failure);
        }
      }
      if (first instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (first instanceof Error error) {
        throw error;
      }
      return (List<R>) new ArrayList<>(Arrays.asList(results));
    }
  }
}
