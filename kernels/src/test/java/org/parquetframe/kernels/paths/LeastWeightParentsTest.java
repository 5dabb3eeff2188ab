package org.parquetframe.kernels.paths;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.parquetframe.kernels.graph.TestingEdgeList;

class LeastWeightParentsTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void theSmallestCloserVertexWithATightEdgeIsTheParent() {
        // 3 reaches 4 at 2 through 1 (1 + 1) and through 2 (0.5 + 1.5); 0 -> 4 costs 5
        TestingEdgeList edges = TestingEdgeList.of(5, new int[][] {{3, 2}, {3, 1}, {2, 4}, {1, 4}, {3, 0}, {0, 4}})
                .withWeights(0.5, 1, 1.5, 1, 1, 5);
        assertArrayEquals(new int[] {3, 3, 3, -1, 1}, parents(edges, 3, true, INF));
    }

    @Test
    void zeroWeightCyclesAreLayeredFromTheVertexThatEntersThem() {
        // 0 -> 1 (1), then a zero-weight cycle 1 -> 2 -> 3 -> 1 and the chord 3 -> 2
        TestingEdgeList edges = TestingEdgeList.of(4, new int[][] {{3, 1}, {2, 3}, {1, 2}, {3, 2}, {0, 1}})
                .withWeights(0, 0, 0, 0, 1);
        assertArrayEquals(new int[] {-1, 0, 1, 2}, parents(edges, 0, true, INF));
        // undirected, 2 and 3 both touch 1 directly
        assertArrayEquals(new int[] {-1, 0, 1, 1}, parents(edges, 0, false, INF));
    }

    @Test
    void weightsLostToRoundingDoNotCloseACycle() {
        // 1e17 + 1 == 1e17: the edges between 1 and 2 are tight both ways
        TestingEdgeList edges = TestingEdgeList.of(3, new int[][] {{2, 1}, {1, 2}, {0, 2}}).withWeights(1, 1, 1e17);
        assertArrayEquals(new int[] {-1, 2, 0}, parents(edges, 0, true, INF));
    }

    @Test
    void onlyVerticesUpToTheLimitGetParents() {
        TestingEdgeList edges = TestingEdgeList.of(4, new int[][] {{0, 1}, {1, 2}, {2, 3}}).withWeights(1, 1, 1);
        assertArrayEquals(new int[] {-1, 0, 1, -1}, parents(edges, 0, true, 2));
    }

    private static int[] parents(TestingEdgeList edges, int start, boolean directed, double limit) {
        double[] distance = ReferenceDijkstra.distances(edges, start, directed);
        int[] serial = LeastWeightParents.of(edges.toGraph(1), start, directed, distance, limit, 1, null);
        assertArrayEquals(serial, LeastWeightParents.of(edges.toGraph(2), start, directed, distance, limit, 2, null));
        return serial;
    }
}
