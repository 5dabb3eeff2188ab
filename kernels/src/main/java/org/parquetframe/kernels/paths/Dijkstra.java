package org.parquetframe.kernels.paths;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.parquetframe.kernels.graph.Csr;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.parallel.Cancellation;

/**
 * Single-source least total weight to every reachable vertex, with a parent on one least-weight
 * path (see {@link ShortestPaths}). Weights come from the graph, 1 per edge when it is
 * unweighted; parallel edges and self-loops are allowed. Directed searches follow out-edges;
 * undirected ones follow every edge both ways, with its weight.
 *
 * <p>Variant: E. W. Dijkstra, "A note on two problems in connexion with graphs", Numerische
 * Mathematik 1, 1959, with a binary heap with decrease-key over primitive arrays
 * ({@link DistanceHeap}): O((V + E) log V). A vertex's distance and parent change only on a
 * strictly shorter path, so the parent is the first settled vertex that achieves the final
 * distance. Serial for now; {@code threads} serves the weight check and keeps the signature
 * ready for a parallel variant (delta-stepping, Meyer and Sanders 2003).
 *
 * <p>Every weight in the graph must be finite and non-negative, reachable or not, as the SQL
 * functions promise. Sums are doubles: distances add weights in path order and may differ from
 * another summation order by rounding; a sum that overflows to infinity counts as unreached.
 */
public final class Dijkstra {

    /** Settled vertices between cancellation checks. */
    private static final int CHECK_INTERVAL = 1 << 12;

    private Dijkstra() {
    }

    /**
     * Least total weights from {@code start} to every vertex.
     *
     * @param cancelled asked every few thousand settled vertices; null means never cancelled
     * @throws IllegalArgumentException for a start that is not a vertex index, {@code threads < 1},
     *     or a weight anywhere in the graph that is negative, NaN or infinite
     * @throws org.parquetframe.kernels.parallel.KernelCancelledException when cancelled
     */
    public static ShortestPaths compute(Graph graph, int start, boolean directed, int threads,
                                        BooleanSupplier cancelled) {
        return search(graph, start, -1, directed, threads, cancelled);
    }

    /** The argument checks of {@link #compute}, shared with other engines so that they fail alike. */
    public static void checkArguments(Graph graph, int start, int threads) {
        graph.checkVertex("start", start);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /** The weight check of {@link #compute}: every weight in the graph finite and non-negative. */
    public static void checkWeights(Graph graph, int threads) {
        EdgeWeights.requireFiniteNonNegative(graph, "Dijkstra", threads);
    }

    /**
     * Like {@link #compute}, but when {@code target >= 0} stops as soon as the target is settled:
     * its distance and parent chain are final, other vertices' entries may be upper bounds.
     */
    static ShortestPaths search(Graph graph, int start, int target, boolean directed, int threads,
                                BooleanSupplier cancelled) {
        checkArguments(graph, start, threads);
        BooleanSupplier stop = cancelled == null ? Cancellation.NEVER : cancelled;
        Cancellation.check(stop);
        checkWeights(graph, threads);
        int n = graph.vertexCount();
        Csr out = graph.out();
        Csr in = directed ? null : graph.in();
        double[] distance = new double[n];
        int[] parent = new int[n];
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        Arrays.fill(parent, -1);
        DistanceHeap heap = new DistanceHeap(distance);
        distance[start] = 0;
        heap.pushOrDecrease(start);
        int settled = 0;
        while (!heap.isEmpty()) {
            int u = heap.poll();
            if (u == target) {
                break;
            }
            relax(out, u, distance, parent, heap);
            if (in != null) {
                relax(in, u, distance, parent, heap);
            }
            if (++settled == CHECK_INTERVAL) {
                Cancellation.check(stop);
                settled = 0;
            }
        }
        return new ShortestPaths(distance, parent);
    }

    private static void relax(Csr csr, int u, double[] distance, int[] parent, DistanceHeap heap) {
        int[] offsets = csr.offsets();
        int[] targets = csr.neighbours();
        double[] weights = csr.weights();
        double du = distance[u];
        for (int e = offsets[u], end = offsets[u + 1]; e < end; e++) {
            int v = targets[e];
            double dv = du + (weights == null ? 1 : weights[e]);
            if (dv < distance[v]) {
                distance[v] = dv;
                parent[v] = u;
                heap.pushOrDecrease(v);
            }
        }
    }
}
