package org.parquetframe.kernels.traversal;

import java.util.ArrayDeque;
import java.util.Arrays;
import org.parquetframe.kernels.graph.TestingEdgeList;

/** Textbook queue BFS over the raw edge list: the oracle for {@link Bfs}. */
public final class ReferenceBfs {

    public record Result(int[] depth, int[] parent, int[] order) {
    }

    private ReferenceBfs() {
    }

    public static Result search(TestingEdgeList edges, int start, boolean directed, int maxDepth) {
        int n = edges.vertexCount();
        int[][] incident = edges.incidentEdges(directed);
        int[] depth = new int[n];
        int[] parent = new int[n];
        Arrays.fill(depth, -1);
        Arrays.fill(parent, -1);
        int[] order = new int[n];
        int reached = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        depth[start] = 0;
        queue.add(start);
        while (!queue.isEmpty()) {
            int u = queue.poll();
            order[reached++] = u;
            if (depth[u] == maxDepth) {
                continue;
            }
            for (int e : incident[u]) {
                int v = edges.otherEnd(e, u);
                if (depth[v] < 0) {
                    depth[v] = depth[u] + 1;
                    parent[v] = u;
                    queue.add(v);
                }
            }
        }
        return new Result(depth, parent, Arrays.copyOf(order, reached));
    }
}
