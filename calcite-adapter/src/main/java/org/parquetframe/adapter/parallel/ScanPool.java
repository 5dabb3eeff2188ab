package org.parquetframe.adapter.parallel;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The adapter's one pool of daemon threads, shared by every connection, for the work a query
 * spreads over its connection's {@code threads}: slices decoded ahead of a scan, footers read
 * together ({@link ParallelReads}); no thread is started per query. It starts with one thread per
 * processor and grows, up to {@link #MAX_THREADS}, to the most a connection's {@code threads} asks
 * for; idle threads end after a while, so a long-lived JDBC client does not keep them.
 */
public final class ScanPool {
  private static final int MAX_THREADS = 256;
  private static final long IDLE_SECONDS = 30;

  private ScanPool() {}

  /** Runs {@code task} on a pool thread, the pool having at least {@code workers} threads. */
  public static void execute(Runnable task, int workers) {
    Shared.ensure(workers);
    Shared.EXECUTOR.execute(task);
  }

  /** Whether the current thread is one of the pool's: work it spreads should run inline, not queue behind it. */
  static boolean isPoolThread() {
    return Thread.currentThread() instanceof Worker;
  }

  private static final class Worker extends Thread {
    Worker(Runnable task, int number) {
      super(task, "parquetframe-scan-" + number);
      setDaemon(true);
    }
  }

  /** Holder idiom: the pool exists once a query runs on more than one thread. */
  private static final class Shared {
    static final ThreadPoolExecutor EXECUTOR;

    static {
      AtomicInteger numbers = new AtomicInteger();
      int size = Math.max(1, Runtime.getRuntime().availableProcessors());
      EXECUTOR = new ThreadPoolExecutor(size, size, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
          task -> new Worker(task, numbers.incrementAndGet()));
      EXECUTOR.allowCoreThreadTimeOut(true);
    }

    static synchronized void ensure(int workers) {
      int wanted = Math.min(MAX_THREADS, workers);
      if (wanted > EXECUTOR.getMaximumPoolSize()) {
        EXECUTOR.setMaximumPoolSize(wanted);
        EXECUTOR.setCorePoolSize(wanted);
      }
    }
  }
}
