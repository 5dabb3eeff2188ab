package org.parquetframe.kernels;

import java.util.function.BooleanSupplier;
import org.parquetframe.kernels.components.ConnectedComponents;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.pagerank.PageRank;
import org.parquetframe.kernels.pagerank.PageRankOptions;
import org.parquetframe.kernels.pagerank.PageRankResult;
import org.parquetframe.kernels.paths.Dijkstra;
import org.parquetframe.kernels.paths.ShortestPath;
import org.parquetframe.kernels.paths.ShortestPathResult;
import org.parquetframe.kernels.paths.ShortestPaths;
import org.parquetframe.kernels.traversal.Bfs;
import org.parquetframe.kernels.traversal.BfsResult;
import org.parquetframe.kernels.traversal.Dfs;
import org.parquetframe.kernels.traversal.DfsResult;

/** The pure-JVM kernels behind {@link GraphKernels}: always available, and the reference for every other engine. */
public final class JvmKernels implements GraphKernels {

    /** The one instance; the kernels keep no state between calls. */
    public static final JvmKernels INSTANCE = new JvmKernels();

    private JvmKernels() {
    }

    @Override
    public String name() {
        return "jvm";
    }

    @Override
    public PageRankResult pagerank(Graph graph, PageRankOptions options) {
        return PageRank.compute(graph, options);
    }

    @Override
    public BfsResult bfs(Graph graph, int start, boolean directed, int maxDepth, int threads,
                         BooleanSupplier cancelled) {
        return Bfs.compute(graph, start, directed, maxDepth, threads, cancelled);
    }

    @Override
    public DfsResult dfs(Graph graph, int start, boolean directed, int maxDepth, BooleanSupplier cancelled) {
        return Dfs.compute(graph, start, directed, maxDepth, cancelled);
    }

    @Override
    public ShortestPaths dijkstra(Graph graph, int start, boolean directed, int threads,
                                  BooleanSupplier cancelled) {
        return Dijkstra.compute(graph, start, directed, threads, cancelled);
    }

    @Override
    public ShortestPathResult shortestPath(Graph graph, int start, int target, boolean weighted, boolean directed,
                                           int threads, BooleanSupplier cancelled) {
        return ShortestPath.find(graph, start, target, weighted, directed, threads, cancelled);
    }

    @Override
    public int[] connectedComponents(Graph graph, int threads, BooleanSupplier cancelled) {
        return ConnectedComponents.compute(graph, threads, cancelled);
    }
}
