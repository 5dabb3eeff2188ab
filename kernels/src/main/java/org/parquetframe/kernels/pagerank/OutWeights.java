package org.parquetframe.kernels.pagerank;

import org.parquetframe.kernels.graph.Csr;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.parallel.ChunkBounds;
import org.parquetframe.kernels.parallel.KernelPool;

/**
 * The share of its rank that each vertex sends along one unit of edge weight: {@code 1 / S[u]},
 * where {@code S[u]} is the total weight of u's out-edges (its out-degree when unweighted), and 0
 * for dangling vertices ({@code S[u] == 0}), which spread their rank uniformly instead.
 */
public final class OutWeights {

    private OutWeights() {
    }

    /**
     * {@code 1 / S[u]} for every vertex (0 when dangling), for PageRank engines that share this
     * step and its weight checks.
     *
     * @throws IllegalArgumentException for a weight that is negative, NaN or infinite, or sums
     *     too large or too small to divide by
     */
    public static double[] reciprocals(Graph graph, int threads) {
        return reciprocals(graph, threads, PageRank.DEFAULT_CHUNK_COST);
    }

    static double[] reciprocals(Graph graph, int threads, int chunkCost) {
        Csr out = graph.out();
        int[] offsets = out.offsets();
        double[] weights = out.weights();
        double[] reciprocals = new double[graph.vertexCount()];
        KernelPool.forEachRange(threads, ChunkBounds.byCost(offsets, chunkCost), (c, from, to) -> {
            for (int v = from; v < to; v++) {
                if (weights == null) {
                    int degree = offsets[v + 1] - offsets[v];
                    reciprocals[v] = degree == 0 ? 0 : 1.0 / degree;
                } else {
                    reciprocals[v] = reciprocal(v, sum(v, offsets, weights));
                }
            }
        });
        return reciprocals;
    }

    private static double sum(int v, int[] offsets, double[] weights) {
        double sum = 0;
        for (int e = offsets[v]; e < offsets[v + 1]; e++) {
            double w = weights[e];
            if (!(w >= 0 && w < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("PageRank needs finite, non-negative edge weights, but an edge"
                        + " out of vertex index " + v + " has weight " + w);
            }
            sum += w;
        }
        return sum;
    }

    private static double reciprocal(int v, double sum) {
        if (sum == 0) {
            return 0;
        }
        double reciprocal = 1.0 / sum;
        if (sum == Double.POSITIVE_INFINITY || reciprocal == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("the out-edge weights of vertex index " + v + " sum to " + sum
                    + ", outside the range PageRank can divide by; rescale the weights");
        }
        return reciprocal;
    }
}
