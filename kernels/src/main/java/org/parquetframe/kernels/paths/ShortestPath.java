package org.parquetframe.kernels.paths;

import java.util.function.BooleanSupplier;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.traversal.Bfs;
import org.parquetframe.kernels.traversal.BfsResult;

/**
 * One shortest path between two vertices (see {@link ShortestPathResult}): least total weight by
 * {@link Dijkstra}, stopped once the target is settled, or fewest hops by {@link Bfs}, stopped
 * after the level that reaches the target. Directed or undirected as those kernels are. Among
 * several shortest paths the one returned is the one those kernels' parents describe, which does
 * not depend on the thread count.
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
            ShortestPaths paths = Dijkstra.search(graph, start, target, directed, threads, cancelled);
            return ShortestPathResult.fromDistances(paths.parent(), paths.distance(), target);
        }
        BfsResult reached = Bfs.reach(graph, start, target, directed, threads, cancelled);
        return ShortestPathResult.fromDepths(reached.parent(), reached.depth(), target);
    }
}
