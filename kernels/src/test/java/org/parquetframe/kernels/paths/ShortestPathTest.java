package org.parquetframe.kernels.paths;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.graph.TestingEdgeList;

class ShortestPathTest {

    /** 0 -> 1 costs 10, 0 -> 2 -> 1 costs 1 + 1, 1 -> 3 costs 0.5; 4 is isolated. */
    private static final TestingEdgeList DETOUR = TestingEdgeList.of(5, new int[][] {{0, 1}, {0, 2}, {2, 1}, {1, 3}})
            .withWeights(10, 1, 1, 0.5);

    @Test
    void leastWeightTakesTheDetourAndFewestHopsDoNot() {
        ShortestPathResult weighted = find(DETOUR, 0, 3, true, true);
        assertArrayEquals(new int[] {0, 2, 1, 3}, weighted.path());
        assertArrayEquals(new double[] {0, 1, 2, 2.5}, weighted.distanceAlongPath());
        ShortestPathResult hops = find(DETOUR, 0, 3, false, true);
        assertArrayEquals(new int[] {0, 1, 3}, hops.path());
        assertArrayEquals(new double[] {0, 1, 2}, hops.distanceAlongPath());
    }

    @Test
    void startIsTheWholePathToItself() {
        for (boolean weighted : new boolean[] {true, false}) {
            ShortestPathResult result = find(DETOUR, 4, 4, weighted, true);
            assertArrayEquals(new int[] {4}, result.path());
            assertArrayEquals(new double[] {0}, result.distanceAlongPath());
            assertTrue(result.found());
        }
    }

    @Test
    void unreachableTargetGivesAnEmptyPath() {
        for (boolean weighted : new boolean[] {true, false}) {
            ShortestPathResult isolated = find(DETOUR, 0, 4, weighted, false);
            assertArrayEquals(new int[0], isolated.path());
            assertArrayEquals(new double[0], isolated.distanceAlongPath());
            assertFalse(isolated.found());
            // Against the edges' direction only undirected searches get there.
            assertFalse(find(DETOUR, 3, 0, weighted, true).found());
            assertArrayEquals(new int[] {3, 1, 2, 0}, find(DETOUR, 3, 0, true, false).path());
        }
    }

    @Test
    void selfLoopsAndZeroWeightsDoNotLengthenThePath() {
        TestingEdgeList edges = TestingEdgeList.of(3, new int[][] {{0, 0}, {0, 1}, {1, 1}, {1, 2}}).withWeights(0, 0, 0, 3);
        ShortestPathResult result = find(edges, 0, 2, true, true);
        assertArrayEquals(new int[] {0, 1, 2}, result.path());
        assertArrayEquals(new double[] {0, 0, 3}, result.distanceAlongPath());
    }

    @Test
    void weightedSearchesRejectNegativeWeightsAnywhere() {
        TestingEdgeList edges = TestingEdgeList.of(3, new int[][] {{0, 1}, {2, 1}}).withWeights(1, -2);
        assertThrows(IllegalArgumentException.class, () -> find(edges, 0, 1, true, true));
    }

    @Test
    void rejectsEndpointsThatAreNotVertices() {
        Graph graph = DETOUR.toGraph(1);
        assertThrows(IllegalArgumentException.class, () -> ShortestPath.find(graph, 0, 5, true, true, 1, null));
        assertThrows(IllegalArgumentException.class, () -> ShortestPath.find(graph, -1, 0, false, true, 1, null));
    }

    private static ShortestPathResult find(TestingEdgeList edges, int start, int target, boolean weighted,
                                           boolean directed) {
        ShortestPathResult result = ShortestPath.find(edges.toGraph(1), start, target, weighted, directed, 1, null);
        ShortestPathResult parallel = ShortestPath.find(edges.toGraph(2), start, target, weighted, directed, 2, null);
        assertArrayEquals(result.path(), parallel.path());
        assertArrayEquals(result.distanceAlongPath(), parallel.distanceAlongPath());
        return result;
    }
}
