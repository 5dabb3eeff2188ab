package org.parquetframe.kernels.pagerank;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.parquetframe.kernels.graph.Csr;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.parallel.Cancellation;
import org.parquetframe.kernels.parallel.ChunkBounds;
import org.parquetframe.kernels.parallel.KernelPool;

/**
 * PageRank of a directed multigraph by power iteration, with the definition of NetworkX's
 * {@code pagerank}: uniform teleport, and the rank of dangling vertices spread uniformly.
 * Returns one score per vertex, summing to 1.
 *
 * <p>With N vertices, {@code x0 = 1/N} and each iteration computes
 * {@code x'[v] = d * (sum over edges u->v of x[u] * w(u,v) / S[u] + D / N) + (1 - d) / N},
 * where {@code S[u]} is u's total out-weight (every parallel edge counts; weight 1 when
 * unweighted) and {@code D} the rank of the dangling vertices ({@code S[u] == 0}). It stops when
 * {@code sum |x' - x| < N * tolerance} or after {@code maxIterations} iterations, without error in
 * the second case, and returns the last vector divided by its sum.
 *
 * <p>Pull direction over in-edges: each vertex sums its in-edges in their CSR order, without
 * atomics. Per-chunk sums of the dangling rank and of the change are combined in chunk order over
 * chunks that depend only on the graph, so the scores are bit-identical for any thread count.
 *
 * <p>References: L. Page, S. Brin, R. Motwani, T. Winograd, "The PageRank Citation Ranking:
 * Bringing Order to the Web", Stanford InfoLab, 1999; NetworkX {@code pagerank} (power iteration).
 */
public final class PageRank {

    /**
     * Work (vertices plus in-edges) per chunk: enough to amortise claiming a chunk. Public so that
     * other engines split the same chunks and sum per-chunk parts in the same order.
     */
    public static final int DEFAULT_CHUNK_COST = 1 << 14;

    private PageRank() {
    }

    /**
     * Scores of every vertex of {@code graph} (by dense index).
     *
     * @throws IllegalArgumentException for a weight that is negative, NaN or infinite, or out-weight
     *     sums too large or too small to divide by
     * @throws org.parquetframe.kernels.parallel.KernelCancelledException when cancelled
     */
    public static PageRankResult compute(Graph graph, PageRankOptions options) {
        return compute(graph, options, DEFAULT_CHUNK_COST);
    }

    /** With a chosen chunk size, so that tests can split small graphs into many chunks. */
    static PageRankResult compute(Graph graph, PageRankOptions options, int chunkCost) {
        int n = graph.vertexCount();
        if (n == 0) {
            return new PageRankResult(new double[0], 0, true);
        }
        double uniform = 1.0 / n;
        if (options.maxIterations() == 0) {
            double[] x = new double[n];
            Arrays.fill(x, uniform);
            return new PageRankResult(x, 0, false);
        }
        BooleanSupplier cancelled = options.cancelled();
        Cancellation.check(cancelled);
        int threads = options.threads();
        double[] reciprocals = OutWeights.reciprocals(graph, threads, chunkCost);
        Csr in = graph.in();
        int[] bounds = ChunkBounds.byCost(in.offsets(), chunkCost);
        PowerIteration state = new PowerIteration(in, reciprocals, bounds.length - 1, uniform);

        double d = options.damping();
        double teleport = (1 - d) * uniform;
        double limit = n * options.tolerance();
        int iterations = 0;
        boolean converged = false;
        while (iterations < options.maxIterations()) {
            Cancellation.check(cancelled);
            double danglingShare = sumInOrder(state.danglingParts) * uniform;
            KernelPool.forEachRange(threads, bounds, (c, from, to) -> {
                Cancellation.check(cancelled);
                state.sweep(c, from, to, d, danglingShare, teleport);
            });
            state.swap();
            iterations++;
            if (sumInOrder(state.changeParts) < limit) {
                converged = true;
                break;
            }
        }
        double[] x = state.x;
        double total = sumInOrder(state.totalParts);
        KernelPool.forEachRange(threads, bounds, (c, from, to) -> {
            for (int v = from; v < to; v++) {
                x[v] /= total;
            }
        });
        return new PageRankResult(x, iterations, converged);
    }

    private static double sumInOrder(double[] parts) {
        double sum = 0;
        for (double part : parts) {
            sum += part;
        }
        return sum;
    }

    /**
     * The vectors of the iteration. Besides the next vector, a sweep writes each vertex's next
     * contribution {@code x'[u] / S[u]} (what one unit of out-weight carries) so that the pull
     * loop reads one array per in-edge, and the per-chunk sums the next iteration needs.
     */
    private static final class PowerIteration {
        final int[] offsets;
        final int[] sources;
        final double[] weights;
        final double[] reciprocals;
        final double[] danglingParts;
        final double[] changeParts;
        final double[] totalParts;
        double[] x;
        double[] contributions;
        double[] nextX;
        double[] nextContributions;

        PowerIteration(Csr in, double[] reciprocals, int chunks, double uniform) {
            int n = reciprocals.length;
            this.offsets = in.offsets();
            this.sources = in.neighbours();
            this.weights = in.weights();
            this.reciprocals = reciprocals;
            this.danglingParts = new double[chunks];
            this.changeParts = new double[chunks];
            this.totalParts = new double[chunks];
            this.x = new double[n];
            this.contributions = new double[n];
            this.nextX = new double[n];
            this.nextContributions = new double[n];
            Arrays.fill(x, uniform);
            double dangling = 0;
            for (int v = 0; v < n; v++) {
                contributions[v] = uniform * reciprocals[v];
                if (reciprocals[v] == 0) {
                    dangling += uniform;
                }
            }
            // Chunk 0 carries the whole initial dangling rank; later iterations sum per chunk.
            danglingParts[0] = dangling;
        }

        void sweep(int chunk, int from, int to, double d, double danglingShare, double teleport) {
            double dangling = 0;
            double change = 0;
            double total = 0;
            for (int v = from; v < to; v++) {
                double inflow = weights == null ? inflow(v) : weightedInflow(v);
                double xv = d * (inflow + danglingShare) + teleport;
                nextX[v] = xv;
                double reciprocal = reciprocals[v];
                nextContributions[v] = xv * reciprocal;
                if (reciprocal == 0) {
                    dangling += xv;
                }
                change += Math.abs(xv - x[v]);
                total += xv;
            }
            danglingParts[chunk] = dangling;
            changeParts[chunk] = change;
            totalParts[chunk] = total;
        }

        private double inflow(int v) {
            double sum = 0;
            for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                sum += contributions[sources[e]];
            }
            return sum;
        }

        private double weightedInflow(int v) {
            double sum = 0;
            for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                sum += contributions[sources[e]] * weights[e];
            }
            return sum;
        }

        void swap() {
            double[] t = x;
            x = nextX;
            nextX = t;
            t = contributions;
            contributions = nextContributions;
            nextContributions = t;
        }
    }
}
