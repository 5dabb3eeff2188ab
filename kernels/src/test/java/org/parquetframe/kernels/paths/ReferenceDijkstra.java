package org.parquetframe.kernels.paths;

import java.util.Arrays;
import org.parquetframe.kernels.graph.TestingEdgeList;

/** Dijkstra as in the 1959 paper, O(V^2) over the raw edge list without a heap: the oracle for distances. */
public final class ReferenceDijkstra {

    private ReferenceDijkstra() {
    }

    public static double[] distances(TestingEdgeList edges, int start, boolean directed) {
        int n = edges.vertexCount();
        int[][] incident = edges.incidentEdges(directed);
        double[] distance = new double[n];
        boolean[] settled = new boolean[n];
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        distance[start] = 0;
        while (true) {
            int u = -1;
            for (int v = 0; v < n; v++) {
                if (!settled[v] && distance[v] < Double.POSITIVE_INFINITY && (u < 0 || distance[v] < distance[u])) {
                    u = v;
                }
            }
            if (u < 0) {
                return distance;
            }
            settled[u] = true;
            for (int e : incident[u]) {
                int v = edges.otherEnd(e, u);
                distance[v] = Math.min(distance[v], distance[u] + edges.weight(e));
            }
        }
    }
}
