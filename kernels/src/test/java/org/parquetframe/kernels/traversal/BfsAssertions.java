package org.parquetframe.kernels.traversal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.parquetframe.kernels.graph.TestingEdgeList;

/** Checks a {@link BfsResult} for validity where several answers are right (parents, order within a level). */
public final class BfsAssertions {

    private BfsAssertions() {
    }

    /**
     * Depths equal the oracle's; every parent is a neighbour (an in-neighbour when directed) one
     * level up; the order lists exactly the reached vertices, the start first, level by level.
     */
    public static void assertValid(TestingEdgeList edges, int start, boolean directed, int maxDepth, BfsResult actual) {
        ReferenceBfs.Result expected = ReferenceBfs.search(edges, start, directed, maxDepth);
        int[] depth = actual.depth();
        int[] parent = actual.parent();
        assertArrayEquals(expected.depth(), depth, "depth");
        int[][] incident = edges.incidentEdges(directed);
        for (int v = 0; v < edges.vertexCount(); v++) {
            if (v == start || depth[v] < 0) {
                assertEquals(-1, parent[v], "parent of " + v);
                continue;
            }
            int p = parent[v];
            assertTrue(p >= 0 && depth[p] == depth[v] - 1, "parent " + p + " of " + v + " is not one level up");
            assertTrue(hasEdge(edges, incident, p, v), "no edge from parent " + p + " to " + v);
        }
        int[] order = actual.order();
        assertEquals(expected.order().length, actual.reachedCount(), "reachedCount");
        assertEquals(actual.reachedCount(), order.length, "order length");
        assertEquals(start, order[0]);
        for (int i = 1; i < order.length; i++) {
            assertTrue(depth[order[i - 1]] <= depth[order[i]], "order is not level by level at " + i);
        }
        int[] sorted = order.clone();
        int[] expectedSorted = expected.order().clone();
        Arrays.sort(sorted);
        Arrays.sort(expectedSorted);
        assertArrayEquals(expectedSorted, sorted, "reached vertices");
    }

    public static boolean hasEdge(TestingEdgeList edges, int[][] incident, int from, int to) {
        for (int e : incident[from]) {
            if (edges.otherEnd(e, from) == to) {
                return true;
            }
        }
        return false;
    }

    public static void assertSameResult(BfsResult expected, BfsResult actual, String message) {
        assertArrayEquals(expected.depth(), actual.depth(), message + ": depth");
        assertArrayEquals(expected.parent(), actual.parent(), message + ": parent");
        assertArrayEquals(expected.order(), actual.order(), message + ": order");
        assertEquals(expected.reachedCount(), actual.reachedCount(), message + ": reachedCount");
    }
}
