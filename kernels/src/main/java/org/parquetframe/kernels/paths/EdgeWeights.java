package org.parquetframe.kernels.paths;

import org.parquetframe.kernels.graph.Csr;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.parallel.KernelPool;

/** The check every least-weight kernel makes before it starts: all weights in the graph are usable. */
final class EdgeWeights {

    private static final int CHUNK = 1 << 16;

    private EdgeWeights() {
    }

    /**
     * Throws unless every edge weight of {@code graph} is finite and {@code >= 0}, wherever the
     * edge is, naming the first bad edge's source vertex; unweighted graphs pass.
     */
    static void requireFiniteNonNegative(Graph graph, String kernel, int threads) {
        Csr out = graph.out();
        double[] weights = out.weights();
        if (weights == null) {
            return;
        }
        int[] firstBad = new int[KernelPool.chunkCount(weights.length, CHUNK)];
        KernelPool.forEachChunk(threads, weights.length, CHUNK, (c, from, to) -> {
            firstBad[c] = -1;
            for (int e = from; e < to; e++) {
                double w = weights[e];
                if (!(w >= 0 && w < Double.POSITIVE_INFINITY)) {
                    firstBad[c] = e;
                    return;
                }
            }
        });
        for (int e : firstBad) {
            if (e >= 0) {
                throw new IllegalArgumentException(kernel + " needs finite, non-negative edge weights, but an edge"
                        + " out of vertex index " + sourceOf(out.offsets(), e) + " has weight " + weights[e]);
            }
        }
    }

    /** The vertex whose edges hold position {@code e}: the last {@code v} with {@code offsets[v] <= e}. */
    private static int sourceOf(int[] offsets, int e) {
        int lo = 0;
        int hi = offsets.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (offsets[mid] <= e) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
