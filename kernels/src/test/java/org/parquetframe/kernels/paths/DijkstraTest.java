package org.parquetframe.kernels.paths;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.graph.TestingEdgeList;
import org.parquetframe.kernels.parallel.KernelCancelledException;

class DijkstraTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void emptyGraphHasNoStartVertex() {
        Graph empty = TestingEdgeList.of(0, new int[0][]).toGraph(1);
        assertThrows(IllegalArgumentException.class, () -> Dijkstra.compute(empty, 0, true, 1, null));
    }

    @Test
    void singleSelfLoopCostsNothingToStayPut() {
        ShortestPaths result = dijkstra(TestingEdgeList.of(1, new int[][] {{0, 0}}).withWeights(5), 0, true);
        assertArrayEquals(new double[] {0}, result.distance());
        assertArrayEquals(new int[] {-1}, result.parent());
    }

    @Test
    void startWithoutOutEdgesReachesNothingElseWhenDirected() {
        TestingEdgeList edges = TestingEdgeList.of(3, new int[][] {{1, 0}, {2, 1}}).withWeights(3, 4);
        ShortestPaths directed = dijkstra(edges, 0, true);
        assertArrayEquals(new double[] {0, INF, INF}, directed.distance());
        assertArrayEquals(new int[] {-1, -1, -1}, directed.parent());
        // Undirected, each edge is followed backwards with its own weight.
        ShortestPaths undirected = dijkstra(edges, 0, false);
        assertArrayEquals(new double[] {0, 3, 7}, undirected.distance());
        assertArrayEquals(new int[] {-1, 0, 1}, undirected.parent());
    }

    @Test
    void takesTheCheaperOfParallelEdgesAndDetours() {
        // 0 -> 1 costs 5 or 2 (parallel edges); 0 -> 2 -> 1 costs 1 + 0.5; 0 -> 3 costs 0.
        TestingEdgeList edges = TestingEdgeList.of(4, new int[][] {{0, 1}, {0, 1}, {0, 2}, {2, 1}, {0, 3}})
                .withWeights(5, 2, 1, 0.5, 0);
        ShortestPaths result = dijkstra(edges, 0, true);
        assertArrayEquals(new double[] {0, 1.5, 1, 0}, result.distance());
        assertArrayEquals(new int[] {-1, 2, 0, 0}, result.parent());
    }

    @Test
    void unweightedGraphsCountHops() {
        TestingEdgeList edges = TestingEdgeList.of(5, new int[][] {{0, 1}, {1, 2}, {0, 2}, {2, 3}});
        ShortestPaths result = dijkstra(edges, 0, true);
        assertArrayEquals(new double[] {0, 1, 1, 2, INF}, result.distance());
        assertArrayEquals(new int[] {-1, 0, 0, 2, -1}, result.parent());
    }

    @Test
    void rejectsNegativeNaNAndInfiniteWeightsEvenOutOfReach() {
        // The bad edge 2 -> 1 is not reachable from 0.
        for (double bad : new double[] {-1, -0.5, Double.NaN, INF}) {
            TestingEdgeList edges = TestingEdgeList.of(3, new int[][] {{0, 1}, {2, 1}}).withWeights(1, bad);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> dijkstra(edges, 0, true));
            assertEquals("Dijkstra needs finite, non-negative edge weights, but an edge out of vertex index 2"
                    + " has weight " + bad, e.getMessage());
        }
    }

    @Test
    void rejectsBadArguments() {
        Graph graph = TestingEdgeList.of(2, new int[][] {{0, 1}}).toGraph(1);
        assertThrows(IllegalArgumentException.class, () -> Dijkstra.compute(graph, 2, true, 1, null));
        assertThrows(IllegalArgumentException.class, () -> Dijkstra.compute(graph, 0, true, 0, null));
    }

    @Test
    void stopsWhenCancelled() {
        int n = 100_000;
        int[] src = new int[n - 1];
        int[] dst = new int[n - 1];
        for (int i = 0; i < n - 1; i++) {
            src[i] = i;
            dst[i] = i + 1;
        }
        Graph path = Graph.fromEdges(n, src, dst, null, n - 1, 1);
        AtomicInteger asked = new AtomicInteger();
        assertThrows(KernelCancelledException.class,
                () -> Dijkstra.compute(path, 0, true, 1, () -> asked.incrementAndGet() > 3));
        assertTrue(asked.get() > 3);
    }

    private static ShortestPaths dijkstra(TestingEdgeList edges, int start, boolean directed) {
        ShortestPaths result = Dijkstra.compute(edges.toGraph(1), start, directed, 1, null);
        PathAssertions.assertValid(edges, start, directed, ReferenceDijkstra.distances(edges, start, directed), result);
        return result;
    }
}
