package org.parquetframe.kernels.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.parquetframe.kernels.graph.TestingEdgeList;

/** Checks of least-weight results where several answers are right (equal-cost parents and paths). */
public final class PathAssertions {

    private PathAssertions() {
    }

    /** Equal up to rounding: sums of the same weights in another order may differ in the last bits. */
    public static void assertSameDistance(double expected, double actual, String message) {
        if (expected == Double.POSITIVE_INFINITY) {
            assertEquals(expected, actual, message);
        } else {
            assertEquals(expected, actual, 1e-9 * Math.max(1, expected), message);
        }
    }

    /**
     * Distances match the oracle's; each reached vertex's parent has an edge to it whose weight
     * makes up the difference exactly; parent chains end at the start.
     */
    public static void assertValid(TestingEdgeList edges, int start, boolean directed, double[] expected,
                            ShortestPaths actual) {
        int n = edges.vertexCount();
        double[] distance = actual.distance();
        int[] parent = actual.parent();
        int[][] incident = edges.incidentEdges(directed);
        for (int v = 0; v < n; v++) {
            assertSameDistance(expected[v], distance[v], "distance of " + v);
            if (v == start || distance[v] == Double.POSITIVE_INFINITY) {
                assertEquals(-1, parent[v], "parent of " + v);
                continue;
            }
            int p = parent[v];
            assertTrue(p >= 0, "reached vertex " + v + " has no parent");
            assertTrue(hasEdge(edges, incident, p, v, distance[p], distance[v]),
                    "no edge " + p + " -> " + v + " of weight " + (distance[v] - distance[p]));
            int steps = 0;
            for (int u = v; u != start; u = parent[u]) {
                assertTrue(++steps <= n, "parent chain from " + v + " does not reach the start");
            }
        }
    }

    /** Whether an edge from {@code u} to {@code v} has a weight {@code w} with {@code from + w == to} exactly. */
    public static boolean hasEdge(TestingEdgeList edges, int[][] incident, int u, int v, double from, double to) {
        for (int e : incident[u]) {
            if (edges.otherEnd(e, u) == v && from + edges.weight(e) == to) {
                return true;
            }
        }
        return false;
    }
}
