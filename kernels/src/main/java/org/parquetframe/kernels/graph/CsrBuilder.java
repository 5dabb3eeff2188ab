package org.parquetframe.kernels.graph;

import org.parquetframe.kernels.parallel.ChunkBounds;
import org.parquetframe.kernels.parallel.KernelPool;

/**
 * Builds a CSR from an edge list by a stable counting sort: each vertex's edges keep the order of
 * the edge list, which DFS order depends on.
 *
 * <p>In parallel, each thread owns a range of keys (vertices) and scans the whole edge list,
 * handling only the edges whose key falls in its range. That needs no per-thread histograms (which
 * would cost threads × vertexCount ints) and no atomics, keeps each thread's counters and writes
 * within its own region of memory, and gives the same CSR for any thread count.
 */
final class CsrBuilder {

    /** Below this many edges, starting threads costs more than the sort. */
    private static final int PARALLEL_MIN_EDGES = 1 << 16;

    private CsrBuilder() {
    }

    /**
     * Groups edge {@code e} ({@code keys[e] -> values[e]}, weight {@code weights[e]}) under
     * {@code keys[e]}. The ids must already be checked to lie in {@code [0, vertexCount)}.
     */
    static Csr build(int vertexCount, int[] keys, int[] values, double[] weights, int edgeCount, int threads) {
        int parts = edgeCount < PARALLEL_MIN_EDGES ? 1 : Math.max(1, Math.min(threads, vertexCount));
        // Count into offsets[k], turn that into starts, use the starts as cursors (ending at the
        // next vertex's start), then shift by one: no separate cursor array of vertexCount ints.
        int[] offsets = new int[vertexCount + 1];
        KernelPool.forEachRange(parts, ChunkBounds.uniform(vertexCount, parts),
                (c, lo, hi) -> count(keys, edgeCount, lo, hi, offsets));
        int sum = 0;
        for (int v = 0; v < vertexCount; v++) {
            int count = offsets[v];
            offsets[v] = sum;
            sum += count;
        }
        offsets[vertexCount] = sum;

        int[] neighbours = new int[edgeCount];
        double[] sortedWeights = weights == null ? null : new double[edgeCount];
        KernelPool.forEachRange(parts, edgeBalancedBounds(offsets, vertexCount, edgeCount, parts),
                (c, lo, hi) -> scatter(keys, values, weights, edgeCount, lo, hi, offsets, neighbours, sortedWeights));
        System.arraycopy(offsets, 0, offsets, 1, vertexCount);
        offsets[0] = 0;
        return new Csr(offsets, neighbours, sortedWeights);
    }

    private static void count(int[] keys, int edgeCount, int lo, int hi, int[] counts) {
        for (int e = 0; e < edgeCount; e++) {
            int k = keys[e];
            if (k >= lo && k < hi) {
                counts[k]++;
            }
        }
    }

    private static void scatter(int[] keys, int[] values, double[] weights, int edgeCount, int lo, int hi,
                                int[] cursors, int[] neighbours, double[] sortedWeights) {
        if (sortedWeights == null) {
            for (int e = 0; e < edgeCount; e++) {
                int k = keys[e];
                if (k >= lo && k < hi) {
                    neighbours[cursors[k]++] = values[e];
                }
            }
        } else {
            for (int e = 0; e < edgeCount; e++) {
                int k = keys[e];
                if (k >= lo && k < hi) {
                    int p = cursors[k]++;
                    neighbours[p] = values[e];
                    sortedWeights[p] = weights[e];
                }
            }
        }
    }

    /** Key ranges with about the same number of edges each, found from the starts. */
    static int[] edgeBalancedBounds(int[] starts, int vertexCount, int edgeCount, int parts) {
        int[] bounds = new int[parts + 1];
        bounds[parts] = vertexCount;
        for (int p = 1; p < parts; p++) {
            long target = (long) edgeCount * p / parts;
            int lo = bounds[p - 1];
            int hi = vertexCount;
            while (lo < hi) { // first vertex whose edges start at or after target
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < target) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            bounds[p] = lo;
        }
        return bounds;
    }
}
