package org.parquetframe.kernels.paths;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.parquetframe.kernels.graph.Csr;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.parallel.Cancellation;
import org.parquetframe.kernels.parallel.KernelPool;

/**
 * Least total weights from one vertex by delta-stepping: distances only (parents come from
 * {@link LeastWeightParents}). Weights must have been checked (finite, non-negative); 1 per edge
 * when the graph is unweighted; undirected searches follow both CSRs.
 *
 * <p>Algorithm: U. Meyer, P. Sanders, "Delta-stepping: a parallelizable shortest path
 * algorithm", Journal of Algorithms 49(1), 2003, as the GAP Benchmark Suite's {@code sssp.cc}
 * implements it (S. Beamer, K. Asanović, D. Patterson, arXiv:1508.03619), with bucket fusion
 * (Y. Zhang et al., "Optimizing Ordered Graph Algorithms with GraphIt", CGO 2020). Tentative
 * distances fall into buckets of width delta ({@link Bucketing}). Each round, the workers share the
 * lowest non-empty bucket as a frontier, relax its vertices' edges with a compare-and-set on the
 * target's distance, and file every improved vertex into their own buckets; a worker whose own
 * copy of the current bucket is still small relaxes it at once (fusion) instead of waiting for
 * another round. The next round takes the lowest bucket any worker holds. A vertex whose distance
 * went down is relaxed again, so the result is the exact fixed point whatever the interleaving:
 * {@code distance[v] = min over edges u->v of distance[u] + w}, each a sum of weights in path
 * order, equal to serial Dijkstra's.
 *
 * <p>Workers are the chunks of a {@link KernelPool} loop, one per thread: whichever pool thread
 * runs a worker's chunk uses its buckets, so no thread is created or identified.
 */
final class DeltaStepping {

    /** A worker relaxes its own copy of the current bucket at once while it holds fewer vertices (GAP's). */
    static final int FUSION_LIMIT = 1000;
    /** Frontier vertices a worker claims at a time (GAP's OpenMP dynamic schedule). */
    private static final int PIECE = 64;

    private static final VarHandle DOUBLES = MethodHandles.arrayElementVarHandle(double[].class);

    private final Csr out;
    private final Csr in; // null when directed
    private final Bucketing buckets;
    private final BooleanSupplier cancelled;
    private final double[] distance;
    private final Worker[] workers;
    private final AtomicInteger claimed = new AtomicInteger();
    private int[] frontier = new int[64];
    private int frontierSize;
    private long current;

    private DeltaStepping(Graph graph, boolean directed, Bucketing buckets, int threads, BooleanSupplier cancelled) {
        this.out = graph.out();
        this.in = directed ? null : graph.in();
        this.buckets = buckets;
        this.cancelled = cancelled;
        this.distance = new double[graph.vertexCount()];
        // More workers than threads that can run them would only add empty buckets to scan.
        this.workers = new Worker[Math.min(threads, KernelPool.workerCount() + 1)];
        for (int w = 0; w < workers.length; w++) {
            workers[w] = new Worker(buckets.ringSize());
        }
    }

    /**
     * Least total weights from {@code start} on up to {@code threads} threads, +Infinity where
     * unreached. When {@code target >= 0}, stops once the target's distance is final: then every
     * entry up to {@code distance[target]} is final, and larger ones may be upper bounds.
     *
     * @throws org.parquetframe.kernels.parallel.KernelCancelledException when cancelled
     */
    static double[] distances(Graph graph, int start, int target, boolean directed, Bucketing buckets, int threads,
                              BooleanSupplier cancelled) {
        return new DeltaStepping(graph, directed, buckets, threads, cancelled).run(start, target);
    }

    private double[] run(int start, int target) {
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        distance[start] = 0;
        frontier[0] = start;
        frontierSize = 1;
        current = 0;
        while (true) {
            Cancellation.check(cancelled);
            claimed.set(0);
            KernelPool.forEachChunk(workers.length, workers.length, 1, (w, from, to) -> workers[w].round());
            long next = Long.MAX_VALUE;
            for (Worker worker : workers) {
                next = Math.min(next, worker.lowest);
            }
            if (next == Long.MAX_VALUE || (target >= 0 && buckets.bucketOf(distance[target]) < next)) {
                return distance;
            }
            gather(next);
        }
    }

    /** Makes every worker's bucket {@code next} the shared frontier of the next round. */
    private void gather(long next) {
        int size = 0;
        for (Worker worker : workers) {
            size += worker.ring.size(next);
        }
        if (size > frontier.length) {
            frontier = new int[Math.max(size, frontier.length + (frontier.length >> 1))];
        }
        int at = 0;
        for (Worker worker : workers) {
            int count = worker.ring.size(next);
            worker.ring.moveTo(next, frontier, at);
            at += count;
        }
        frontierSize = size;
        current = next;
    }

    /** One thread's share of a round, with its own buckets. */
    private final class Worker {
        final BucketRing ring;
        int[] spare = new int[16];
        long lowest;

        Worker(int ringSize) {
            this.ring = new BucketRing(ringSize);
        }

        void round() {
            long bucket = current;
            int[] shared = frontier;
            int size = frontierSize;
            int from;
            while ((from = claimed.getAndAdd(PIECE)) < size) {
                Cancellation.check(cancelled);
                for (int i = from, to = Math.min(size, from + PIECE); i < to; i++) {
                    int u = shared[i];
                    double du = (double) DOUBLES.getOpaque(distance, u);
                    if (buckets.bucketOf(du) >= bucket) { // else settled in an earlier bucket: a stale entry
                        relaxAll(u, du);
                    }
                }
            }
            int count;
            while ((count = ring.size(bucket)) > 0 && count < FUSION_LIMIT) {
                int[] list = ring.swap(bucket, spare);
                spare = list;
                for (int i = 0; i < count; i++) {
                    int u = list[i];
                    relaxAll(u, (double) DOUBLES.getOpaque(distance, u));
                }
            }
            lowest = ring.lowestFrom(bucket);
        }

        private void relaxAll(int u, double du) {
            relax(out, u, du);
            if (in != null) {
                relax(in, u, du);
            }
        }

        private void relax(Csr csr, int u, double du) {
            int[] offsets = csr.offsets();
            int[] targets = csr.neighbours();
            double[] weights = csr.weights();
            for (int e = offsets[u], end = offsets[u + 1]; e < end; e++) {
                int v = targets[e];
                double candidate = du + (weights == null ? 1 : weights[e]);
                double old = (double) DOUBLES.getOpaque(distance, v);
                while (candidate < old) {
                    if (DOUBLES.compareAndSet(distance, v, old, candidate)) {
                        ring.add(buckets.bucketOf(candidate), v);
                        break;
                    }
                    old = (double) DOUBLES.getOpaque(distance, v);
                }
            }
        }
    }
}
