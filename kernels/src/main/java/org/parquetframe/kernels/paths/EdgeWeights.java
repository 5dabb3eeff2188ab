package org.parquetframe.kernels.paths;

import org.parquetframe.kernels.graph.Csr;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.parallel.KernelPool;

/**
 * The check every least-weight kernel makes before it starts (all weights in the graph are
 * usable), and, from the same pass, the largest and the mean weight that size delta-stepping's
 * buckets.
 */
final class EdgeWeights {

    private static final int CHUNK = 1 << 16;

    private EdgeWeights() {
    }

    /**
     * The largest and the mean edge weight; both 1 for an unweighted graph, both 0 without edges.
     *
     * @param max the largest weight
     * @param mean the mean weight
     */
    record Summary(double max, double mean) {
    }

    /**
     * Throws unless every edge weight of {@code graph} is finite and {@code >= 0}, wherever the
     * edge is, naming the first bad edge's source vertex; unweighted graphs pass.
     *
     * @return the weights' summary
     */
    static Summary requireFiniteNonNegative(Graph graph, String kernel, int threads) {
        Csr out = graph.out();
        double[] weights = out.weights();
        if (weights == null) {
            return new Summary(1, 1);
        }
        int chunks = KernelPool.chunkCount(weights.length, CHUNK);
        int[] firstBad = new int[chunks];
        double[] maxima = new double[chunks];
        double[] sums = new double[chunks];
        KernelPool.forEachChunk(threads, weights.length, CHUNK, (c, from, to) -> {
            firstBad[c] = -1;
            double max = 0;
            double sum = 0;
            for (int e = from; e < to; e++) {
                double w = weights[e];
                if (!(w >= 0 && w < Double.POSITIVE_INFINITY)) {
                    firstBad[c] = e;
                    return;
                }
                max = Math.max(max, w);
                sum += w;
            }
            maxima[c] = max;
            sums[c] = sum;
        });
        double max = 0;
        double sum = 0;
        for (int c = 0; c < chunks; c++) {
            int e = firstBad[c];
            if (e >= 0) {
                throw new IllegalArgumentException(kernel + " needs finite, non-negative edge weights, but an edge"
                        + " out of vertex index " + sourceOf(out.offsets(), e) + " has weight " + weights[e]);
            }
            max = Math.max(max, maxima[c]);
            sum += sums[c];
        }
        return new Summary(max, weights.length == 0 ? 0 : sum / weights.length);
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
