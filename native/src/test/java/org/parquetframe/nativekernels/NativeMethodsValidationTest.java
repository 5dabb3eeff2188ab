package org.parquetframe.nativekernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The JNI entry points given bad input directly, as a broken caller could: each must throw an
 * IllegalArgumentException that names the problem, before reading any array, and never crash.
 */
class NativeMethodsValidationTest {

    private static final int[] OFFSETS = {0, 1, 2, 2};
    private static final int[] TARGETS = {1, 2};
    private static final int[] IN_OFFSETS = {0, 0, 1, 2};
    private static final int[] IN_SOURCES = {0, 1};

    @BeforeEach
    void nativeOnly() {
        TestingEngines.assumeNative();
    }

    private static void rejects(String fragment, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(fragment), "'" + e.getMessage() + "' should mention '" + fragment + "'");
    }

    private static int bfs(int[] offsets, int[] targets, int start, int[] out) {
        return NativeMethods.bfs(offsets, targets, null, null, start, -1, true, -1, 1, 15, 18, 1 << 15, null, out, out.clone(),
                out.clone());
    }

    @Test
    void acceptsAWellFormedGraph() {
        int[] depth = new int[3];
        assertEquals(3, bfs(OFFSETS, TARGETS, 0, depth));
        assertEquals(2, depth[2]);
    }

    @Test
    void rejectsBrokenCsrArrays() {
        rejects("neighbours[1] = 7", () -> bfs(OFFSETS, new int[] {1, 7}, 0, new int[3]));
        rejects("neighbours[0] = -1", () -> bfs(OFFSETS, new int[] {-1, 0}, 0, new int[3]));
        rejects("offsets", () -> bfs(new int[] {0, 2, 1, 2}, TARGETS, 0, new int[3]));
        rejects("offsets", () -> bfs(new int[] {0, 1, 2, 5}, TARGETS, 0, new int[3]));
        rejects("offsets", () -> bfs(new int[] {1, 1, 2, 2}, TARGETS, 0, new int[3]));
        rejects("offsets", () -> bfs(new int[0], TARGETS, 0, new int[3]));
        rejects("must not be null", () -> bfs(OFFSETS, null, 0, new int[3]));
    }

    @Test
    void rejectsBadScalarsAndShortOutputs() {
        rejects("start must be a vertex index in [0, 3), got 3", () -> bfs(OFFSETS, TARGETS, 3, new int[3]));
        rejects("start", () -> bfs(OFFSETS, TARGETS, -1, new int[3]));
        rejects("depth must hold at least 3", () -> bfs(OFFSETS, TARGETS, 0, new int[2]));
        rejects("threads", () -> NativeMethods.components(OFFSETS, TARGETS, IN_OFFSETS, IN_SOURCES, 0, null,
                new int[3]));
        rejects("label", () -> NativeMethods.components(OFFSETS, TARGETS, IN_OFFSETS, IN_SOURCES, 1, null,
                new int[1]));
        rejects("in offsets must not be null", () -> NativeMethods.components(OFFSETS, TARGETS, null, null, 1, null,
                new int[3]));
        rejects("in neighbours[1] = 5", () -> NativeMethods.components(OFFSETS, TARGETS, IN_OFFSETS,
                new int[] {0, 5}, 1, null, new int[3]));
        rejects("in offsets must have as many entries", () -> NativeMethods.dfs(OFFSETS, TARGETS, new int[] {0, 2},
                TARGETS, 0, -1, null, new int[3], new int[3], new int[3], new int[3]));
        rejects("weights must hold one entry per edge", () -> deltaStepping(new double[1], 1, 4, 1, new double[3]));
        rejects("delta must be positive", () -> deltaStepping(null, 0, 4, 1, new double[3]));
        rejects("delta must be positive", () -> deltaStepping(null, Double.NaN, 4, 1, new double[3]));
        rejects("delta must be positive", () -> deltaStepping(null, Double.MIN_VALUE, 4, 1, new double[3]));
        rejects("ring size a power of two", () -> deltaStepping(null, 1, 3, 1, new double[3]));
        rejects("threads", () -> deltaStepping(null, 1, 4, 0, new double[3]));
        rejects("distance must hold at least 3", () -> deltaStepping(null, 1, 4, 1, new double[2]));
    }

    private static int deltaStepping(double[] weights, double delta, int ringSize, int threads, double[] distance) {
        return NativeMethods.deltaStepping(OFFSETS, TARGETS, weights, null, null, null, 0, -1, delta, ringSize, threads,
                null, distance);
    }

    @Test
    void rejectsBadPageRankChunksAndFlags() {
        double[] reciprocals = {1, 1, 0};
        rejects("chunk bounds", () -> NativeMethods.pagerank(OFFSETS, TARGETS, null, reciprocals, new int[] {0, 5}, 0.85,
                10, 1e-6, 1, null, new double[3]));
        rejects("chunk bounds", () -> NativeMethods.pagerank(OFFSETS, TARGETS, null, reciprocals, new int[] {0, 2, 1, 3},
                0.85, 10, 1e-6, 1, null, new double[3]));
        rejects("reciprocals", () -> NativeMethods.pagerank(OFFSETS, TARGETS, null, new double[1], new int[] {0, 3},
                0.85, 10, 1e-6, 1, null, new double[3]));
        rejects("cancellation flag", () -> NativeMethods.pagerank(OFFSETS, TARGETS, null, reciprocals,
                new int[] {0, 3}, 0.85, 10, 1e-6, 1, ByteBuffer.allocate(4), new double[3]));
        rejects("cancellation flag", () -> NativeMethods.components(OFFSETS, TARGETS, IN_OFFSETS, IN_SOURCES, 1,
                ByteBuffer.allocateDirect(2), new int[3]));
    }

    @Test
    void pinsWithoutCopying() {
        assertTrue(NativeKernels.handOverNanos(1000, 10_000, 100) > 0);
    }
}
