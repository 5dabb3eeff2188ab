package org.parquetframe.kernels.traversal;

import java.util.function.BooleanSupplier;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.parallel.Cancellation;

/**
 * Breadth-first search from one vertex: the hop distance of every vertex reachable within a
 * maximum depth, a parent one hop closer to the start for each, and the visit order (see
 * {@link BfsResult}). Directed searches follow out-edges; undirected ones follow every edge both
 * ways (out-neighbours, then in-neighbours).
 *
 * <p>Variant: level-synchronous and direction-optimizing, after S. Beamer, K. Asanović,
 * D. Patterson, "Direction-Optimizing Breadth-First Search", SC 2012. Each level is expanded
 * either top-down (the frontier's edges claim unvisited vertices) or bottom-up (every unvisited
 * vertex looks among its in-neighbours for one in the frontier), chosen by the paper's heuristic:
 * go bottom-up once the frontier's edges outnumber {@code 1/alpha} of the edges of unvisited
 * vertices, and back once the frontier shrinks below {@code vertexCount / beta} vertices
 * (alpha = 15, beta = 18, with out-degrees as the edge counts as in the GAP benchmark suite).
 * Bottom-up steps read the frontier from a bitmap and top-down steps from the queue, as the GAP
 * Benchmark Suite's {@code bfs.cc} does (S. Beamer, K. Asanović, D. Patterson, "The GAP Benchmark
 * Suite", arXiv:1508.03619, 2015). Levels with fewer than 2^15 vertices plus edges always run
 * top-down on the caller's thread: neither going bottom-up nor splitting pays for them. A directed search that goes bottom-up
 * builds {@link Graph#in()} if it does not exist yet.
 *
 * <p>The result depends only on the graph and the arguments, never on the thread count: the
 * heuristic reads only sizes, a top-down level gives each new vertex the earliest frontier vertex
 * (in visit order) that has an edge to it as parent and lists new vertices in the order a serial
 * queue would, and a bottom-up level gives each the first frontier vertex among its in-edges (in
 * edge order) and lists new vertices by index. A search that never goes bottom-up (every search
 * of a small graph) therefore equals the textbook queue BFS exactly.
 */
public final class Bfs {

    /** {@code maxDepth} for no limit. */
    public static final int UNLIMITED = -1;

    private Bfs() {
    }

    /**
     * Searches from {@code start} up to {@code maxDepth} hops ({@link #UNLIMITED} or a depth
     * {@code >= 0}; 0 reaches only the start) on up to {@code threads} threads.
     *
     * @param cancelled asked between levels and chunks; null means never cancelled
     * @throws IllegalArgumentException for a start that is not a vertex index, {@code maxDepth < -1}
     *     or {@code threads < 1}
     * @throws org.parquetframe.kernels.parallel.KernelCancelledException when cancelled
     */
    public static BfsResult compute(Graph graph, int start, boolean directed, int maxDepth, int threads,
                                    BooleanSupplier cancelled) {
        return run(graph, start, -1, directed, maxDepth, threads, cancelled, Tuning.DEFAULT);
    }

    /**
     * Like {@link #compute} without a depth limit, but stops after the level in which
     * {@code target} is reached: {@code depth[target]} and the parent chain from it back to the
     * start are final; the other vertices' entries are those of the levels run so far.
     */
    public static BfsResult reach(Graph graph, int start, int target, boolean directed, int threads,
                                  BooleanSupplier cancelled) {
        graph.checkVertex("target", target);
        return run(graph, start, target, directed, UNLIMITED, threads, cancelled, Tuning.DEFAULT);
    }

    /**
     * The argument checks of {@link #compute}, shared with other engines so that they fail alike.
     *
     * @throws IllegalArgumentException for a start that is not a vertex index, {@code maxDepth < -1}
     *     or {@code threads < 1}
     */
    public static void checkArguments(Graph graph, int start, int maxDepth, int threads) {
        graph.checkVertex("start", start);
        if (maxDepth < UNLIMITED) {
            throw new IllegalArgumentException("maxDepth must be -1 (unlimited) or >= 0, got " + maxDepth);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /** With chosen tuning, so that tests can force either direction and split small levels. */
    static BfsResult run(Graph graph, int start, int target, boolean directed, int maxDepth, int threads,
                         BooleanSupplier cancelled, Tuning tuning) {
        checkArguments(graph, start, maxDepth, threads);
        BooleanSupplier stop = cancelled == null ? Cancellation.NEVER : cancelled;
        Cancellation.check(stop);
        BfsLevels levels = new BfsLevels(graph, directed, threads, stop, tuning.chunkCost());
        int n = graph.vertexCount();
        long scout = levels.start(start); // edges out of the current level
        long unexplored = levels.totalScanEdges() - scout; // edges out of vertices not yet reached
        boolean bottomUp = false;
        int previousSize = 0;
        for (int d = 0; levels.levelSize() > 0 && d != maxDepth; d++) {
            if (target >= 0 && levels.reached(target)) {
                break;
            }
            Cancellation.check(stop);
            int size = levels.levelSize();
            boolean small = scout + size < tuning.minLevelCost();
            if (bottomUp) {
                bottomUp = !small && (tuning.beta() == 0 || size >= previousSize || size > n / tuning.beta());
            } else {
                bottomUp = !small && tuning.alpha() > 0 && scout > unexplored / tuning.alpha();
            }
            if (bottomUp) {
                levels.bottomUp(d);
            } else if (threads > 1 && !small) {
                levels.topDownParallel(d);
            } else {
                levels.topDownSerial(d);
            }
            previousSize = size;
            scout = levels.nextLevelScanEdges();
            unexplored -= scout;
        }
        return levels.result();
    }

    /**
     * Knobs of the search. {@code alpha == 0} never goes bottom-up and {@code beta == 0} never
     * comes back; levels with fewer than {@code minLevelCost} vertices plus out-edges run top-down
     * on the caller's thread; {@code chunkCost} is the work (vertices plus edges) per chunk.
     */
    public record Tuning(int alpha, int beta, int chunkCost, int minLevelCost) {
        /** The values every engine uses, so that all take the same direction at every level. */
        public static final Tuning DEFAULT = new Tuning(15, 18, 1 << 14, 1 << 15);
    }
}
