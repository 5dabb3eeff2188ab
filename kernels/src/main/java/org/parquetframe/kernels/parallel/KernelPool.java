package org.parquetframe.kernels.parallel;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the chunks of a data-parallel loop on a shared pool of daemon threads, so that kernels
 * never start threads per call. The caller works on the chunks too and returns once every chunk
 * has finished; chunks are handed out dynamically, so a slow chunk does not hold others back.
 *
 * <p>Chunk boundaries never depend on the thread count: a reduction that keeps one partial result
 * per chunk and combines them in chunk order gives bit-identical results for any thread count.
 * A loop started from inside a pool thread runs inline, which keeps nested kernels from flooding
 * the queue (deadlock is impossible anyway: a caller never waits for a chunk nobody has claimed).
 */
public final class KernelPool {

    private KernelPool() {
    }

    /** How many pool threads exist at most; a loop uses at most this many plus its caller. */
    public static int workerCount() {
        return Shared.SIZE;
    }

    /** How many chunks {@link #forEachChunk} makes of {@code n} items, for sizing per-chunk partials. */
    public static int chunkCount(int n, int chunkSize) {
        checkSizes(n, chunkSize);
        return (int) ((n + (long) chunkSize - 1) / chunkSize);
    }

    /**
     * Runs {@code body} over {@code [0, n)} cut into chunks of {@code chunkSize} items (the last
     * may be shorter), on up to {@code threads} threads including the caller. Rethrows the first
     * exception a chunk threw, after every started chunk has finished; chunks not yet started
     * when a chunk fails are skipped.
     */
    public static void forEachChunk(int threads, int n, int chunkSize, ChunkBody body) {
        int chunks = chunkCount(n, chunkSize);
        run(threads, new Job(chunks, body, null, n, chunkSize));
    }

    /**
     * Like {@link #forEachChunk} with explicit chunks: chunk {@code c} is
     * {@code [bounds[c], bounds[c+1])} (see {@link ChunkBounds}).
     */
    public static void forEachRange(int threads, int[] bounds, ChunkBody body) {
        if (bounds.length < 1) {
            throw new IllegalArgumentException("bounds must hold at least one element");
        }
        for (int i = 1; i < bounds.length; i++) {
            if (bounds[i] < bounds[i - 1]) {
                throw new IllegalArgumentException(
                        "bounds must not decrease, but bounds[" + i + "] = " + bounds[i]
                                + " < bounds[" + (i - 1) + "] = " + bounds[i - 1]);
            }
        }
        run(threads, new Job(bounds.length - 1, body, bounds, 0, 0));
    }

    private static void checkSizes(int n, int chunkSize) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be >= 1, got " + chunkSize);
        }
    }

    private static void run(int threads, Job job) {
        int helpers = Math.min(Math.min(threads, job.chunkCount) - 1, Shared.SIZE);
        if (helpers <= 0 || Thread.currentThread() instanceof Worker) {
            for (int c = 0; c < job.chunkCount; c++) {
                job.runChunk(c);
            }
            return;
        }
        for (int i = 0; i < helpers; i++) {
            Shared.EXECUTOR.execute(job);
        }
        job.run();
        job.awaitAllChunks();
        Throwable failure = job.failure.get();
        if (failure instanceof RuntimeException) {
            throw (RuntimeException) failure;
        }
        if (failure instanceof Error) {
            throw (Error) failure;
        }
        if (failure != null) { // only a body that throws checked exceptions sneakily gets here
            throw new IllegalStateException(failure);
        }
    }

    /** One loop: helpers and caller claim chunks from {@code next} until none are left. */
    private static final class Job implements Runnable {
        final int chunkCount;
        final ChunkBody body;
        final int[] bounds;
        final int n;
        final int chunkSize;
        final AtomicInteger next = new AtomicInteger();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        // Counts finished (or skipped) chunks, not threads: a helper that starts late finds no
        // chunk left and the caller never waits for it.
        final CountDownLatch unfinished;

        Job(int chunkCount, ChunkBody body, int[] bounds, int n, int chunkSize) {
            this.chunkCount = chunkCount;
            this.body = body;
            this.bounds = bounds;
            this.n = n;
            this.chunkSize = chunkSize;
            this.unfinished = new CountDownLatch(chunkCount);
        }

        void runChunk(int c) {
            if (bounds != null) {
                body.run(c, bounds[c], bounds[c + 1]);
            } else {
                int from = c * chunkSize; // < n <= Integer.MAX_VALUE
                body.run(c, from, (int) Math.min(n, (long) from + chunkSize));
            }
        }

        @Override
        public void run() {
            int c;
            while ((c = next.getAndIncrement()) < chunkCount) {
                try {
                    if (failure.get() == null) {
                        runChunk(c);
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    unfinished.countDown();
                }
            }
        }

        /** Waits even when interrupted: returning early would leave helpers writing to the caller's arrays. */
        void awaitAllChunks() {
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
    }

    private static final class Worker extends Thread {
        Worker(Runnable r, int number) {
            super(r, "parquetframe-kernel-" + number);
            setDaemon(true);
        }
    }

    /** Holder idiom: the pool exists only once a loop actually needs helpers. */
    private static final class Shared {
        static final int SIZE = Math.max(1, Runtime.getRuntime().availableProcessors());
        static final Executor EXECUTOR;

        static {
            AtomicInteger numbers = new AtomicInteger();
            ThreadPoolExecutor executor = new ThreadPoolExecutor(SIZE, SIZE, 60, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), r -> new Worker(r, numbers.incrementAndGet()));
            // Idle kernels should not pin threads forever in a long-lived JDBC client.
            executor.allowCoreThreadTimeOut(true);
            EXECUTOR = executor;
        }
    }
}
