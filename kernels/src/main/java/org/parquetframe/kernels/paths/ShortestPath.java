package org.parquetframe.kernels.paths;

import java.util.function.BooleanSupplier;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.parallel.Cancellation;
import org.parquetframe.kernels.traversal.Bfs;
import org.parquetframe.kernels.traversal.BfsResult;

/**
 * One shortest path between two vertices (see {@link ShortestPathResult}), found without
 * exploring more of the graph than the target's distance requires: least total weight by
 * {@link DeltaStepping}, stopped once the target's bucket is done (every vertex closer than the
 * target is final then), with the parents of {@link LeastWeightParents} among the vertices up to
 * the target's distance; or fewest hops by {@link Bfs}, stopped after the level that reaches the
 * target. Directed or undirected as those kernels are. The path returned does not depend on the
 * thread count or the engine.
 */
public final class ShortestPath {

    private ShortestPath() {
    }

    /**
     * A shortest path from {@code start} to {@code target}.
     *
     * @param weighted true for least total weight (1 per edge on an unweighted graph), false for
     *     fewest hops
     * @param cancelled asked periodically; null means never cancelled
     * @throws IllegalArgumentException for an endpoint that is not a vertex index,
     *     {@code threads < 1}, or, when weighted, a weight anywhere in the graph that is negative,
     *     NaN or infinite
     * @throws org.parquetframe.kernels.parallel.KernelCancelledException when cancelled
     */
    public static ShortestPathResult find(Graph graph, int start, int target, boolean weighted, boolean directed,
                                          int threads, BooleanSupplier cancelled) {
        graph.checkVertex("start", start);
        graph.checkVertex("target", target);
        if (weighted) {
            BooleanSupplier stop = cancelled == null ? Cancellation.NEVER : cancelled;
            Bucketing buckets = Dijkstra.prepare(graph, start, directed, threads, stop);
            double[] distance = DeltaStepping.distances(graph, start, target, directed, buckets, threads, stop);
            return leastWeightPath(graph, start, target, directed, distance, threads, stop);
        }
        BfsResult reached = Bfs.reach(graph, start, target, directed, threads, cancelled);
        return ShortestPathResult.fromDepths(reached.parent(), reached.depth(), target);
    }

    /**
     * The path to {@code target} from the distances of a least-weight search that stopped once the
     * target's distance was final (all distances up to it final): the step every engine shares.
     */
    public static ShortestPathResult leastWeightPath(Graph graph, int start, int target, boolean directed,
                                                     double[] distance, int threads, BooleanSupplier cancelled) {
        double limit = distance[target];
        if (limit == Double.POSITIVE_INFINITY) {
            return ShortestPathResult.notFound();
        }
        int[] parent = LeastWeightParents.of(graph, start, directed, distance, limit, threads, cancelled);
        return ShortestPathResult.fromDistances(parent, distance, target);
    }
}
