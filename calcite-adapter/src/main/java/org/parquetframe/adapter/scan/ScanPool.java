package org.parquetframe.adapter.scan;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The daemon threads, shared by every scan of every connection, that decode slices ahead of the
 * queries' own threads; no thread is started per query. It starts with one thread per processor
 * and grows, up to {@link #MAX_THREADS}, to the most a connection's {@code threads} asks for; idle
 * threads end after a while, so a long-lived JDBC client does not keep them.
 */
final class ScanPool {
  private static final int MAX_THREADS = 256;
  private static final long IDLE_SECONDS = 30;

  private ScanPool() {}

  /** Runs {@code task} on a pool thread, the pool having at least {@code workers} threads. */
  static void execute(Runnable task, int workers) {
    Shared.ensure(workers);
    Shared.EXECUTOR.execute(task);
  }

  /** Holder idiom: the pool exists once a scan runs on more than one thread. */
  private static final class Shared {
    static final ThreadPoolExecutor EXECUTOR;

    static {
      AtomicInteger numbers = new AtomicInteger();
      int size = Math.max(1, Runtime.getRuntime().availableProcessors());
      EXECUTOR = new ThreadPoolExecutor(size, size, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
        Thread thread = new Thread(r, "parquetframe-scan-" + numbers.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      });
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
