package org.parquetframe.kernels.parallel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class KernelPoolTest {

    @Property(tries = 200)
    void everyIndexIsCoveredByExactlyOneChunk(@ForAll @IntRange(max = 5000) int n,
                                              @ForAll @IntRange(min = 1, max = 700) int chunkSize,
                                              @ForAll @IntRange(min = -1, max = 6) int threads) {
        AtomicIntegerArray visits = new AtomicIntegerArray(n);
        int chunks = KernelPool.chunkCount(n, chunkSize);
        AtomicIntegerArray chunkRuns = new AtomicIntegerArray(chunks);
        KernelPool.forEachChunk(threads, n, chunkSize, (c, from, to) -> {
            chunkRuns.incrementAndGet(c);
            assertEquals(c * chunkSize, from);
            assertEquals(Math.min(n, from + chunkSize), to);
            for (int i = from; i < to; i++) {
                visits.incrementAndGet(i);
            }
        });
        for (int i = 0; i < n; i++) {
            assertEquals(1, visits.get(i), "index " + i);
        }
        for (int c = 0; c < chunks; c++) {
            assertEquals(1, chunkRuns.get(c), "chunk " + c);
        }
    }

    @Test
    void chunkBoundariesDoNotDependOnThreads() {
        for (int threads = 1; threads <= 5; threads++) {
            long[] bounds = new long[KernelPool.chunkCount(1003, 10)];
            KernelPool.forEachChunk(threads, 1003, 10, (c, from, to) -> bounds[c] = (long) from << 32 | to);
            long[] serial = new long[bounds.length];
            KernelPool.forEachChunk(1, 1003, 10, (c, from, to) -> serial[c] = (long) from << 32 | to);
            assertArrayEquals(serial, bounds);
        }
    }

    @Test
    void perChunkPartialSumsAreBitIdenticalForAnyThreadCount() {
        double[] values = new double[100_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = 1.0 / (i + 1) * (i % 3 == 0 ? -1e8 : 1);
        }
        Double expected = null;
        for (int threads : new int[] {1, 2, 3, 4, 8}) {
            double[] parts = new double[KernelPool.chunkCount(values.length, 1000)];
            KernelPool.forEachChunk(threads, values.length, 1000, (c, from, to) -> {
                double sum = 0;
                for (int i = from; i < to; i++) {
                    sum += values[i];
                }
                parts[c] = sum;
            });
            double total = 0;
            for (double part : parts) {
                total += part;
            }
            if (expected == null) {
                expected = total;
            }
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(total), "threads " + threads);
        }
    }

    @Test
    void oneThreadRunsInlineInChunkOrder() {
        Thread caller = Thread.currentThread();
        List<Integer> order = new ArrayList<>();
        KernelPool.forEachChunk(1, 50, 7, (c, from, to) -> {
            assertSame(caller, Thread.currentThread());
            order.add(c);
        });
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), order);
    }

    @Test
    void rethrowsTheExceptionOfAFailingChunk() {
        IllegalStateException failure = new IllegalStateException("chunk 13 failed");
        for (int threads : new int[] {1, 4}) {
            AtomicInteger finished = new AtomicInteger();
            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> KernelPool.forEachChunk(threads, 100, 1, (c, from, to) -> {
                        if (c == 13) {
                            throw failure;
                        }
                        finished.incrementAndGet();
                    }));
            assertSame(failure, thrown);
        }
        // The pool is still usable afterwards.
        AtomicLong sum = new AtomicLong();
        KernelPool.forEachChunk(4, 100, 1, (c, from, to) -> sum.addAndGet(from));
        assertEquals(4950, sum.get());
    }

    @Test
    void rethrowsErrorsToo() {
        AssertionError error = new AssertionError("boom");
        assertSame(error, assertThrows(AssertionError.class,
                () -> KernelPool.forEachChunk(3, 10, 1, (c, from, to) -> {
                    throw error;
                })));
    }

    @Test
    void nestedLoopsFromInsidePoolTasksComplete() {
        int outer = 4 * KernelPool.workerCount() + 3;
        AtomicLong total = new AtomicLong();
        KernelPool.forEachChunk(8, outer, 1, (c, from, to) ->
                KernelPool.forEachChunk(8, 1000, 10, (c2, from2, to2) ->
                        KernelPool.forEachChunk(8, to2 - from2, 1, (c3, from3, to3) -> total.incrementAndGet())));
        assertEquals(outer * 1000L, total.get());
    }

    @Test
    void concurrentCallersAllComplete() throws Exception {
        List<Thread> callers = new ArrayList<>();
        AtomicLong total = new AtomicLong();
        for (int t = 0; t < 6; t++) {
            Thread caller = new Thread(() -> {
                for (int round = 0; round < 50; round++) {
                    KernelPool.forEachChunk(4, 1000, 10, (c, from, to) -> total.addAndGet(to - from));
                }
            });
            caller.start();
            callers.add(caller);
        }
        for (Thread caller : callers) {
            caller.join();
        }
        assertEquals(6 * 50 * 1000L, total.get());
    }

    @Test
    void forEachRangeRunsTheGivenChunks() {
        int[] bounds = {0, 0, 5, 6, 20};
        int[] owner = new int[20];
        KernelPool.forEachRange(3, bounds, (c, from, to) -> {
            assertEquals(bounds[c], from);
            assertEquals(bounds[c + 1], to);
            for (int i = from; i < to; i++) {
                owner[i] = c;
            }
        });
        assertEquals(1, owner[4]);
        assertEquals(2, owner[5]);
        assertEquals(3, owner[19]);
    }

    @Test
    void rejectsBadArguments() {
        ChunkBody nothing = (c, from, to) -> { };
        assertEquals("n must be >= 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> KernelPool.forEachChunk(2, -1, 1, nothing))
                        .getMessage());
        assertEquals("chunkSize must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> KernelPool.forEachChunk(2, 5, 0, nothing))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> KernelPool.forEachRange(2, new int[] {0, 3, 2}, nothing));
        assertThrows(IllegalArgumentException.class, () -> KernelPool.forEachRange(2, new int[0], nothing));
    }

    @Test
    void cancellationThrowsOnlyWhenAsked() {
        Cancellation.check(Cancellation.NEVER);
        assertThrows(KernelCancelledException.class, () -> Cancellation.check(() -> true));
    }
}
