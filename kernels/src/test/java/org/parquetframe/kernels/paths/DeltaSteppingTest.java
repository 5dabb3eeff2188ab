package org.parquetframe.kernels.paths;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.graph.TestingEdgeList;
import org.parquetframe.kernels.parallel.Cancellation;

class DeltaSteppingTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void aTargetSearchStopsOnceTheTargetsBucketIsDone() {
        int n = 10_000;
        int[][] path = new int[n - 1][];
        for (int i = 0; i < n - 1; i++) {
            path[i] = new int[] {i, i + 1};
        }
        TestingEdgeList edges = TestingEdgeList.of(n, path);
        for (int threads : new int[] {1, 2, 4}) {
            Graph graph = edges.toGraph(threads);
            double[] distance = distances(graph, 0, 3, true, threads);
            assertEquals(3, distance[3]);
            assertEquals(INF, distance[n - 1], "the far end was explored");
            assertEquals(n - 1, distances(graph, 0, -1, true, threads)[n - 1]);
        }
    }

    @Test
    void weightsOfEveryScaleGiveTheOraclesExactSums() {
        // subnormal, tiny, zero, ordinary and huge weights in one graph, and a cheap detour
        TestingEdgeList edges = TestingEdgeList.of(7, new int[][] {{0, 1}, {1, 2}, {0, 2}, {2, 3}, {3, 4}, {0, 4},
            {4, 5}, {5, 6}, {1, 6}}).withWeights(Double.MIN_VALUE, 1e-300, 3, 0, 1e300, 1e300, 2.5, 1e-9, 1e308);
        for (boolean directed : new boolean[] {true, false}) {
            double[] expected = ReferenceDijkstra.distances(edges, 0, directed);
            for (int threads : new int[] {1, 2}) {
                assertArrayEquals(expected, distances(edges.toGraph(threads), 0, -1, directed, threads));
            }
        }
    }

    @Test
    void sumsThatOverflowCountAsUnreached() {
        TestingEdgeList edges = TestingEdgeList.of(3, new int[][] {{0, 1}, {1, 2}}).withWeights(1e308, 1e308);
        assertArrayEquals(new double[] {0, 1e308, INF}, distances(edges.toGraph(1), 0, -1, true, 1));
        ShortestPaths paths = Dijkstra.compute(edges.toGraph(1), 0, true, 1, null);
        assertArrayEquals(new int[] {-1, 0, -1}, paths.parent());
    }

    @Test
    void allZeroWeightsPutEverythingInTheFirstBucket() {
        TestingEdgeList edges = TestingEdgeList.of(4, new int[][] {{0, 1}, {1, 2}, {2, 0}, {3, 3}})
                .withWeights(0, 0, 0, 0);
        assertArrayEquals(new double[] {0, 0, 0, INF}, distances(edges.toGraph(2), 0, -1, true, 2));
    }

    private static double[] distances(Graph graph, int start, int target, boolean directed, int threads) {
        Bucketing buckets = Dijkstra.prepare(graph, start, directed, threads, null);
        return DeltaStepping.distances(graph, start, target, directed, buckets, threads, Cancellation.NEVER);
    }
}
