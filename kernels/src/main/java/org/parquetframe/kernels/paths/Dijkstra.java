package org.parquetframe.kernels.paths;

import java.util.function.BooleanSupplier;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.parallel.Cancellation;

/**
 * Single-source least total weight to every reachable vertex, with a parent on one least-weight
 * path (see {@link ShortestPaths}). Weights come from the graph, 1 per edge when it is
 * unweighted; parallel edges and self-loops are allowed. Directed searches follow out-edges;
 * undirected ones follow every edge both ways, with its weight.
 *
 * <p>The problem is E. W. Dijkstra's ("A note on two problems in connexion with graphs",
 * Numerische Mathematik 1, 1959); it is solved in parallel by delta-stepping (U. Meyer,
 * P. Sanders, Journal of Algorithms 49(1), 2003; see {@link DeltaStepping}), and parents are then
 * chosen from the final distances by a fixed rule ({@link LeastWeightParents}), so that the result
 * is the same for any thread count and engine. Each distance equals the sum of the weights along
 * its parent chain, added in path order, and the least such sum over all paths, as serial
 * Dijkstra computes it.
 *
 * <p>Every weight in the graph must be finite and non-negative, reachable or not, as the SQL
 * functions promise. A sum that overflows to infinity counts as unreached.
 */
public final class Dijkstra {

    private Dijkstra() {
    }

    /**
     * Least total weights from {@code start} to every vertex, on up to {@code threads} threads.
     *
     * @param cancelled asked between rounds and chunks; null means never cancelled
     * @throws IllegalArgumentException for a start that is not a vertex index, {@code threads < 1},
     *     or a weight anywhere in the graph that is negative, NaN or infinite
     * @throws org.parquetframe.kernels.parallel.KernelCancelledException when cancelled
     */
    public static ShortestPaths compute(Graph graph, int start, boolean directed, int threads,
                                        BooleanSupplier cancelled) {
        BooleanSupplier stop = cancelled == null ? Cancellation.NEVER : cancelled;
        Bucketing buckets = prepare(graph, start, directed, threads, stop);
        double[] distance = DeltaStepping.distances(graph, start, -1, directed, buckets, threads, stop);
        return withParents(graph, start, directed, distance, threads, stop);
    }

    /** The argument checks of {@link #compute}, shared with other engines so that they fail alike. */
    public static void checkArguments(Graph graph, int start, int threads) {
        graph.checkVertex("start", start);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /**
     * The first steps every engine shares: the argument checks, a cancellation check, the weight
     * check (every weight finite and non-negative), and the buckets that weights call for.
     *
     * @throws IllegalArgumentException as {@link #compute} does
     */
    public static Bucketing prepare(Graph graph, int start, boolean directed, int threads,
                                    BooleanSupplier cancelled) {
        checkArguments(graph, start, threads);
        Cancellation.check(cancelled == null ? Cancellation.NEVER : cancelled);
        EdgeWeights.Summary weights = EdgeWeights.requireFiniteNonNegative(graph, "Dijkstra", threads);
        long traversed = directed ? graph.edgeCount() : 2L * graph.edgeCount();
        return Bucketing.of(weights, traversed, graph.vertexCount());
    }

    /** The last step every engine shares: final distances of every vertex, with the parents of the fixed rule. */
    public static ShortestPaths withParents(Graph graph, int start, boolean directed, double[] distance, int threads,
                                            BooleanSupplier cancelled) {
        int[] parent = LeastWeightParents.of(graph, start, directed, distance, Double.POSITIVE_INFINITY, threads,
                cancelled);
        return new ShortestPaths(distance, parent);
    }
}
