package org.parquetframe.kernels.traversal;

import java.util.Arrays;
import org.parquetframe.kernels.graph.TestingEdgeList;

/**
 * Textbook recursive pre-order DFS over the raw edge list, with a depth limit that skips a
 * neighbour whose depth would exceed it: the oracle for {@link Dfs}. Recursion depth is at most
 * the vertex count, so keep graphs to a few thousand vertices.
 */
public final class ReferenceDfs {

    private final TestingEdgeList edges;
    private final int[][] incident;
    private final int maxDepth;
    private final int[] discovery;
    private final int[] depth;
    private final int[] parent;
    private final int[] order;
    private int visited;

    private ReferenceDfs(TestingEdgeList edges, boolean directed, int maxDepth) {
        int n = edges.vertexCount();
        this.edges = edges;
        this.incident = edges.incidentEdges(directed);
        this.maxDepth = maxDepth;
        this.discovery = new int[n];
        this.depth = new int[n];
        this.parent = new int[n];
        this.order = new int[n];
        Arrays.fill(discovery, -1);
        Arrays.fill(depth, -1);
        Arrays.fill(parent, -1);
    }

    public static DfsResult search(TestingEdgeList edges, int start, boolean directed, int maxDepth) {
        ReferenceDfs search = new ReferenceDfs(edges, directed, maxDepth);
        search.visit(start, 0);
        return new DfsResult(search.discovery, search.depth, search.parent,
                Arrays.copyOf(search.order, search.visited));
    }

    private void visit(int u, int d) {
        discovery[u] = visited;
        order[visited++] = u;
        depth[u] = d;
        for (int e : incident[u]) {
            int v = edges.otherEnd(e, u);
            if (discovery[v] < 0 && (maxDepth < 0 || d + 1 <= maxDepth)) {
                parent[v] = u;
                visit(v, d + 1);
            }
        }
    }
}
