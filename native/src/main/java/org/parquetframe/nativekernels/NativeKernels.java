package org.parquetframe.nativekernels;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.parquetframe.kernels.GraphKernels;
import org.parquetframe.kernels.graph.Csr;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.pagerank.OutWeights;
import org.parquetframe.kernels.pagerank.PageRank;
import org.parquetframe.kernels.pagerank.PageRankOptions;
import org.parquetframe.kernels.pagerank.PageRankResult;
import org.parquetframe.kernels.parallel.ChunkBounds;
import org.parquetframe.kernels.paths.Bucketing;
import org.parquetframe.kernels.paths.Dijkstra;
import org.parquetframe.kernels.paths.ShortestPath;
import org.parquetframe.kernels.paths.ShortestPathResult;
import org.parquetframe.kernels.paths.ShortestPaths;
import org.parquetframe.kernels.traversal.Bfs;
import org.parquetframe.kernels.traversal.BfsResult;
import org.parquetframe.kernels.traversal.Dfs;
import org.parquetframe.kernels.traversal.DfsResult;

/**
 * The graph kernels in C (with a pthreads helper pool) behind {@link GraphKernels}. The JVM kernels' argument checks,
 * weight checks and setup steps run first in Java, shared with them; then the graph's CSR arrays
 * are handed to native code pinned, without copying, and results come back in arrays allocated
 * here. Results equal the JVM kernels' (the same algorithms, the same chunking and summation
 * order), and errors are the same exceptions.
 */
public final class NativeKernels implements GraphKernels {

    private static final NativeKernels INSTANCE = new NativeKernels();

    private NativeKernels() {
    }

    /**
     * The native kernels.
     *
     * @throws IllegalStateException saying why, when the library is not loaded
     */
    public static NativeKernels get() {
        NativeLibrary.require();
        return INSTANCE;
    }

    @Override
    public String name() {
        return "native";
    }

    @Override
    public PageRankResult pagerank(Graph graph, PageRankOptions options) {
        int n = graph.vertexCount();
        if (n == 0 || options.maxIterations() == 0) {
            return PageRank.compute(graph, options); // no iteration to run: the uniform vector
        }
        try (CancelFlag flag = CancelFlag.watch(options.cancelled())) {
            double[] reciprocals = OutWeights.reciprocals(graph, options.threads());
            Csr in = graph.in();
            int[] bounds = ChunkBounds.byCost(in.offsets(), PageRank.DEFAULT_CHUNK_COST);
            double[] scores = new double[n];
            long status = NativeMethods.pagerank(in.offsets(), in.neighbours(), in.weights(), reciprocals, bounds,
                    options.damping(), options.maxIterations(), options.tolerance(), options.threads(),
                    flag.buffer(), scores);
            flag.throwIfCancelled(status);
            return new PageRankResult(scores, (int) (status >>> 1), (status & 1) == 1);
        }
    }

    @Override
    public BfsResult bfs(Graph graph, int start, boolean directed, int maxDepth, int threads,
                         BooleanSupplier cancelled) {
        Bfs.checkArguments(graph, start, maxDepth, threads);
        return search(graph, start, -1, directed, maxDepth, threads, cancelled);
    }

    /** BFS; a directed search gets the in-edges only if they exist or it turns out to need them. */
    private BfsResult search(Graph graph, int start, int target, boolean directed, int maxDepth, int threads,
                             BooleanSupplier cancelled) {
        int n = graph.vertexCount();
        Csr out = graph.out();
        Csr in = directed ? graph.inIfBuilt() : graph.in();
        int[] depth = new int[n];
        int[] parent = new int[n];
        int[] order = new int[n];
        Bfs.Tuning tuning = Bfs.Tuning.DEFAULT;
        try (CancelFlag flag = CancelFlag.watch(cancelled)) {
            while (true) {
                int reached = NativeMethods.bfs(out.offsets(), out.neighbours(), in == null ? null : in.offsets(),
                        in == null ? null : in.neighbours(), start, target, directed, maxDepth, threads,
                        tuning.alpha(), tuning.beta(), tuning.minLevelCost(), flag.buffer(), depth, parent, order);
                flag.throwIfCancelled(reached);
                if (reached == NativeMethods.NEEDS_IN_EDGES) {
                    in = graph.in(); // built once, kept by the graph; the search starts over
                    continue;
                }
                return new BfsResult(depth, parent, reached == n ? order : Arrays.copyOf(order, reached), reached);
            }
        }
    }

    @Override
    public DfsResult dfs(Graph graph, int start, boolean directed, int maxDepth, BooleanSupplier cancelled) {
        Dfs.checkArguments(graph, start, maxDepth);
        int n = graph.vertexCount();
        Csr out = graph.out();
        Csr in = directed ? null : graph.in();
        int[] discovery = new int[n];
        int[] depth = new int[n];
        int[] parent = new int[n];
        int[] order = new int[n];
        try (CancelFlag flag = CancelFlag.watch(cancelled)) {
            int visited = NativeMethods.dfs(out.offsets(), out.neighbours(), in == null ? null : in.offsets(),
                    in == null ? null : in.neighbours(), start, maxDepth, flag.buffer(), discovery, depth, parent,
                    order);
            flag.throwIfCancelled(visited);
            return new DfsResult(discovery, depth, parent, visited == n ? order : Arrays.copyOf(order, visited));
        }
    }

    @Override
    public ShortestPaths dijkstra(Graph graph, int start, boolean directed, int threads,
                                  BooleanSupplier cancelled) {
        double[] distance = leastWeights(graph, start, -1, directed, threads, cancelled);
        return Dijkstra.withParents(graph, start, directed, distance, threads, cancelled);
    }

    /** Distances by native delta-stepping, between the set-up and the parents that Java shares with the JVM engine. */
    private double[] leastWeights(Graph graph, int start, int target, boolean directed, int threads,
                                  BooleanSupplier cancelled) {
        try (CancelFlag flag = CancelFlag.watch(cancelled)) {
            Bucketing buckets = Dijkstra.prepare(graph, start, directed, threads, cancelled);
            Csr out = graph.out();
            Csr in = directed ? null : graph.in();
            double[] distance = new double[graph.vertexCount()];
            int status = NativeMethods.deltaStepping(out.offsets(), out.neighbours(), out.weights(),
                    in == null ? null : in.offsets(), in == null ? null : in.neighbours(),
                    in == null ? null : in.weights(), start, target, buckets.delta(), buckets.ringSize(), threads,
                    flag.buffer(), distance);
            flag.throwIfCancelled(status);
            return distance;
        }
    }

    @Override
    public ShortestPathResult shortestPath(Graph graph, int start, int target, boolean weighted, boolean directed,
                                           int threads, BooleanSupplier cancelled) {
        graph.checkVertex("start", start);
        graph.checkVertex("target", target);
        if (weighted) {
            double[] distance = leastWeights(graph, start, target, directed, threads, cancelled);
            return ShortestPath.leastWeightPath(graph, start, target, directed, distance, threads, cancelled);
        }
        Bfs.checkArguments(graph, start, Bfs.UNLIMITED, threads);
        BfsResult reached = search(graph, start, target, directed, Bfs.UNLIMITED, threads, cancelled);
        return ShortestPathResult.fromDepths(reached.parent(), reached.depth(), target);
    }

    @Override
    public int[] connectedComponents(Graph graph, int threads, BooleanSupplier cancelled) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        Csr out = graph.out();
        Csr in = graph.in();
        int[] label = new int[graph.vertexCount()];
        try (CancelFlag flag = CancelFlag.watch(cancelled)) {
            flag.throwIfCancelled(NativeMethods.components(out.offsets(), out.neighbours(), in.offsets(),
                    in.neighbours(), threads, flag.buffer(), label));
            return label;
        }
    }

    /**
     * Nanoseconds to pin and release a graph of {@code edges} edges once (offsets, neighbours,
     * weights), averaged over {@code rounds}: the cost of the zero-copy hand-over, for benchmarks.
     */
    public static double handOverNanos(int vertices, int edges, int rounds) {
        NativeLibrary.require();
        int[] offsets = new int[vertices + 1];
        int[] neighbours = new int[edges];
        double[] weights = new double[edges];
        long sum = 0;
        long begin = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sum += NativeMethods.pinRoundTrip(offsets, neighbours, weights);
        }
        long elapsed = System.nanoTime() - begin;
        return sum == Long.MIN_VALUE ? -1 : (double) elapsed / rounds;
    }
}
