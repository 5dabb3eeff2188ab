package org.parquetframe.kernels.components;

import java.util.ArrayDeque;
import java.util.Arrays;
import org.parquetframe.kernels.graph.TestingEdgeList;

/** Weak components by serial DFS over the raw edge list, labelled by their smallest index: the oracle. */
public final class ReferenceComponents {

    private ReferenceComponents() {
    }

    public static int[] labels(TestingEdgeList edges) {
        int n = edges.vertexCount();
        int[][] incident = edges.incidentEdges(false);
        int[] label = new int[n];
        Arrays.fill(label, -1);
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        for (int root = 0; root < n; root++) {
            if (label[root] >= 0) {
                continue;
            }
            // Every smaller vertex is labelled already, so root is its component's smallest.
            label[root] = root;
            stack.push(root);
            while (!stack.isEmpty()) {
                int u = stack.pop();
                for (int e : incident[u]) {
                    int v = edges.otherEnd(e, u);
                    if (label[v] < 0) {
                        label[v] = root;
                        stack.push(v);
                    }
                }
            }
        }
        return label;
    }
}
