package org.parquetframe.kernels;

import java.util.function.BooleanSupplier;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.pagerank.PageRankOptions;
import org.parquetframe.kernels.pagerank.PageRankResult;
import org.parquetframe.kernels.paths.ShortestPathResult;
import org.parquetframe.kernels.paths.ShortestPaths;
import org.parquetframe.kernels.traversal.BfsResult;
import org.parquetframe.kernels.traversal.DfsResult;

/**
 * The graph kernels as one interface, so that callers choose an implementation (the JVM's
 * {@link JvmKernels}, or native code in the {@code parquetframe-native} module) and shape the
 * results once. Every implementation returns the same result records with the same contents: the
 * arguments, errors and results of each method are those of the JVM kernel it names.
 */
public interface GraphKernels {

    /** Short name of the implementation, as {@code pf_metrics()} reports it: {@code jvm} or {@code native}. */
    String name();

    /** See {@link org.parquetframe.kernels.pagerank.PageRank#compute}. */
    PageRankResult pagerank(Graph graph, PageRankOptions options);

    /** See {@link org.parquetframe.kernels.traversal.Bfs#compute}. */
    BfsResult bfs(Graph graph, int start, boolean directed, int maxDepth, int threads, BooleanSupplier cancelled);

    /** See {@link org.parquetframe.kernels.traversal.Dfs#compute}. */
    DfsResult dfs(Graph graph, int start, boolean directed, int maxDepth, BooleanSupplier cancelled);

    /** See {@link org.parquetframe.kernels.paths.Dijkstra#compute}. */
    ShortestPaths dijkstra(Graph graph, int start, boolean directed, int threads, BooleanSupplier cancelled);

    /** See {@link org.parquetframe.kernels.paths.ShortestPath#find}. */
    ShortestPathResult shortestPath(Graph graph, int start, int target, boolean weighted, boolean directed,
                                    int threads, BooleanSupplier cancelled);

    /** See {@link org.parquetframe.kernels.components.ConnectedComponents#compute}. */
    int[] connectedComponents(Graph graph, int threads, BooleanSupplier cancelled);
}
