package org.parquetframe.kernels.components;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.graph.TestingEdgeList;
import org.parquetframe.kernels.parallel.KernelCancelledException;

class ConnectedComponentsTest {

    @Test
    void emptyGraphHasNoLabels() {
        assertArrayEquals(new int[0], components(TestingEdgeList.of(0, new int[0][])));
    }

    @Test
    void isolatedVerticesAndSelfLoopsAreTheirOwnComponents() {
        assertArrayEquals(new int[] {0}, components(TestingEdgeList.of(1, new int[][] {{0, 0}})));
        assertArrayEquals(new int[] {0, 1, 2}, components(TestingEdgeList.of(3, new int[][] {{1, 1}})));
    }

    @Test
    void componentsAreWeakAndLabelledByTheirSmallestIndex() {
        // 3 -> 1 <- 4 joins 1, 3, 4 against the direction of the edges; 0 <-> 2 twice; 5 alone.
        TestingEdgeList edges = TestingEdgeList.of(6, new int[][] {{3, 1}, {4, 1}, {2, 0}, {0, 2}});
        assertArrayEquals(new int[] {0, 1, 0, 1, 1, 5}, components(edges));
    }

    @Test
    void relabelsByNumericIds() {
        // Dense indexes in first-appearance order of ids 50, 7, 30, 9; components {50, 7} and {30, 9}.
        long[] ids = {50, 7, 30, 9};
        int[] byIndex = components(TestingEdgeList.of(4, new int[][] {{0, 1}, {2, 3}}));
        assertArrayEquals(new int[] {0, 0, 2, 2}, byIndex);
        assertArrayEquals(new int[] {1, 1, 3, 3},
                ConnectedComponents.labelBySmallest(byIndex, (a, b) -> Long.compare(ids[a], ids[b])));
    }

    @Test
    void relabelsByLexicalIds() {
        // "10" sorts before "9" as text; "a" before "b".
        String[] ids = {"b", "a", "c", "9", "10"};
        int[] byIndex = components(TestingEdgeList.of(5, new int[][] {{0, 1}, {3, 4}}));
        assertArrayEquals(new int[] {1, 1, 2, 4, 4},
                ConnectedComponents.labelBySmallest(byIndex, (a, b) -> ids[a].compareTo(ids[b])));
    }

    @Test
    void relabellingRejectsLabelsThatAreNotVertices() {
        assertThrows(IllegalArgumentException.class,
                () -> ConnectedComponents.labelBySmallest(new int[] {0, 2}, Integer::compare));
    }

    @Test
    void aStarOfThousandsFormsOneComponentOnAnyThreadCount() {
        int n = 5000;
        int[][] pairs = new int[2 * (n - 1)][];
        for (int i = 1; i < n; i++) {
            pairs[2 * (i - 1)] = new int[] {i, 0};
            pairs[2 * (i - 1) + 1] = new int[] {n - i, n - 1 - i / 2}; // a second, tangled set of links
        }
        TestingEdgeList edges = TestingEdgeList.of(n, pairs);
        for (int threads : new int[] {1, 2, 4}) {
            int[] labels = ConnectedComponents.compute(edges.toGraph(threads), threads, null, 1);
            for (int v = 0; v < n; v++) {
                assertEquals(0, labels[v]);
            }
        }
    }

    @Test
    void theGiantComponentIsTheMostFrequentSampledLabel() {
        int[] label = new int[10_000];
        for (int v = 0; v < label.length; v++) {
            label[v] = v % 10 == 0 ? v : 7; // 90% in component 7, the rest alone
        }
        assertEquals(7, ConnectedComponents.mostFrequentLabel(label));
        assertEquals(-1, ConnectedComponents.mostFrequentLabel(new int[0]));
    }

    @Test
    void edgesLeavingTheGiantComponentJoinTheirOtherEnd() {
        // 0..99 form the giant component in the sampling rounds; 100 and 101 hang off it by edges
        // that the sampling rounds do not link: an in-edge of 100 and a third out-edge of 5
        int[][] pairs = new int[2 * 100 + 4][];
        for (int v = 0; v < 100; v++) {
            pairs[2 * v] = new int[] {v, (v + 1) % 100};
            pairs[2 * v + 1] = new int[] {v, (v + 2) % 100};
        }
        pairs[200] = new int[] {5, 101};
        pairs[201] = new int[] {7, 100};
        pairs[202] = new int[] {102, 103};
        pairs[203] = new int[] {103, 102};
        int[] labels = components(TestingEdgeList.of(104, pairs));
        for (int v = 0; v < 102; v++) {
            assertEquals(0, labels[v], "vertex " + v);
        }
        assertEquals(102, labels[103]);
    }

    @Test
    void rejectsBadThreads() {
        Graph graph = TestingEdgeList.of(1, new int[0][]).toGraph(1);
        assertThrows(IllegalArgumentException.class, () -> ConnectedComponents.compute(graph, 0, null));
    }

    @Test
    void stopsWhenCancelled() {
        Graph graph = TestingEdgeList.random(5, 20_000, 3, false).toGraph(2);
        AtomicInteger asked = new AtomicInteger();
        assertThrows(KernelCancelledException.class,
                () -> ConnectedComponents.compute(graph, 2, () -> asked.incrementAndGet() > 3, 64));
        assertTrue(asked.get() > 3);
    }

    private static int[] components(TestingEdgeList edges) {
        int[] expected = ReferenceComponents.labels(edges);
        for (int threads : new int[] {1, 2}) {
            assertArrayEquals(expected, ConnectedComponents.compute(edges.toGraph(threads), threads, null, 1));
        }
        return ConnectedComponents.compute(edges.toGraph(1), 1, null);
    }
}
