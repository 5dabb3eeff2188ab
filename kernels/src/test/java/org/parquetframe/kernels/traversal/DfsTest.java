package org.parquetframe.kernels.traversal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.graph.TestingEdgeList;
import org.parquetframe.kernels.parallel.KernelCancelledException;

class DfsTest {

    @Test
    void emptyGraphHasNoStartVertex() {
        Graph empty = TestingEdgeList.of(0, new int[0][]).toGraph(1);
        assertThrows(IllegalArgumentException.class, () -> Dfs.compute(empty, 0, true, -1, null));
    }

    @Test
    void singleSelfLoopVisitsOnlyItself() {
        for (boolean directed : new boolean[] {true, false}) {
            DfsResult result = dfs(TestingEdgeList.of(1, new int[][] {{0, 0}}), 0, directed, -1);
            assertArrayEquals(new int[] {0}, result.discovery());
            assertArrayEquals(new int[] {0}, result.depth());
            assertArrayEquals(new int[] {-1}, result.parent());
            assertArrayEquals(new int[] {0}, result.order());
        }
    }

    @Test
    void startWithoutOutEdgesVisitsOnlyItselfWhenDirected() {
        TestingEdgeList edges = TestingEdgeList.of(3, new int[][] {{1, 0}, {2, 0}});
        assertArrayEquals(new int[] {0}, dfs(edges, 0, true, -1).order());
        DfsResult undirected = dfs(edges, 0, false, -1);
        assertArrayEquals(new int[] {0, 1, 2}, undirected.order());
        assertArrayEquals(new int[] {-1, 0, 0}, undirected.parent());
    }

    @Test
    void preOrderFollowsEdgeOrderAndTreeDepthIsNotHopDistance() {
        // 0 -> 1 -> 2 and 0 -> 2: 2 is entered from 1, at tree depth 2 though one hop from 0.
        TestingEdgeList edges = TestingEdgeList.of(4, new int[][] {{0, 1}, {1, 2}, {0, 2}, {0, 3}});
        DfsResult result = dfs(edges, 0, true, -1);
        assertArrayEquals(new int[] {0, 1, 2, 3}, result.order());
        assertArrayEquals(new int[] {0, 1, 2, 1}, result.depth());
        assertArrayEquals(new int[] {-1, 0, 1, 0}, result.parent());
        assertArrayEquals(new int[] {0, 1, 2, 3}, result.discovery());
    }

    @Test
    void undirectedTriesOutNeighboursThenInNeighbours() {
        // From 0: out-neighbour 2 (edge 0->2) before in-neighbour 1 (edge 1->0), though 1->0 comes first.
        TestingEdgeList edges = TestingEdgeList.of(3, new int[][] {{1, 0}, {0, 2}});
        assertArrayEquals(new int[] {0, 2, 1}, dfs(edges, 0, false, -1).order());
    }

    @Test
    void maxDepthZeroVisitsTheStartAndOneItsNeighbours() {
        TestingEdgeList edges = TestingEdgeList.of(4, new int[][] {{0, 2}, {2, 3}, {0, 1}});
        assertArrayEquals(new int[] {0}, dfs(edges, 0, true, 0).order());
        DfsResult one = dfs(edges, 0, true, 1);
        assertArrayEquals(new int[] {0, 2, 1}, one.order());
        assertArrayEquals(new int[] {0, 2, 1, -1}, one.discovery());
        assertArrayEquals(new int[] {0, 1, 1, -1}, one.depth());
    }

    @Test
    void aVertexTooDeepOnOneBranchIsVisitedFromAShallowerOneLater() {
        // With maxDepth 2, 3 is not entered from 2 (depth 3) but later from 0 (depth 1).
        TestingEdgeList edges = TestingEdgeList.of(4, new int[][] {{0, 1}, {1, 2}, {2, 3}, {0, 3}});
        DfsResult result = dfs(edges, 0, true, 2);
        assertArrayEquals(new int[] {0, 1, 2, 3}, result.order());
        assertArrayEquals(new int[] {0, 1, 2, 1}, result.depth());
        assertArrayEquals(new int[] {-1, 0, 1, 0}, result.parent());
    }

    @Test
    void unvisitedVerticesHaveNoNumbers() {
        DfsResult result = dfs(TestingEdgeList.of(3, new int[][] {{0, 1}, {2, 0}}), 0, true, -1);
        assertArrayEquals(new int[] {0, 1, -1}, result.discovery());
        assertArrayEquals(new int[] {0, 1, -1}, result.depth());
        assertArrayEquals(new int[] {-1, 0, -1}, result.parent());
    }

    @Test
    void walksAPathOfTenMillionVerticesWithoutRecursion() {
        int n = 10_000_000;
        Graph path = path(n);
        DfsResult forward = Dfs.compute(path, 0, true, -1, null);
        assertEquals(n, forward.order().length);
        assertEquals(n - 1, forward.discovery()[n - 1]);
        assertEquals(n - 1, forward.depth()[n - 1]);
        assertEquals(n - 2, forward.parent()[n - 1]);
        forward = null;
        // Undirected from the far end: every step follows an in-edge.
        DfsResult backward = Dfs.compute(path, n - 1, false, -1, null);
        assertEquals(n, backward.order().length);
        assertEquals(0, backward.order()[n - 1]);
        assertEquals(n - 1, backward.depth()[0]);
        assertEquals(1, backward.parent()[0]);
    }

    @Test
    void rejectsBadArguments() {
        Graph graph = TestingEdgeList.of(2, new int[][] {{0, 1}}).toGraph(1);
        assertThrows(IllegalArgumentException.class, () -> Dfs.compute(graph, 2, true, -1, null));
        assertThrows(IllegalArgumentException.class, () -> Dfs.compute(graph, 0, true, -2, null));
    }

    @Test
    void stopsWhenCancelled() {
        Graph graph = path(300_000);
        AtomicInteger asked = new AtomicInteger();
        assertThrows(KernelCancelledException.class,
                () -> Dfs.compute(graph, 0, false, -1, () -> asked.incrementAndGet() > 2));
        assertTrue(asked.get() > 2);
    }

    /** 0 -> 1 -> ... -> n-1. */
    private static Graph path(int n) {
        int[] src = new int[n - 1];
        int[] dst = new int[n - 1];
        for (int i = 0; i < n - 1; i++) {
            src[i] = i;
            dst[i] = i + 1;
        }
        return Graph.fromEdges(n, src, dst, null, n - 1, 2);
    }

    private static DfsResult dfs(TestingEdgeList edges, int start, boolean directed, int maxDepth) {
        DfsResult result = Dfs.compute(edges.toGraph(1), start, directed, maxDepth, null);
        DfsResult expected = ReferenceDfs.search(edges, start, directed, maxDepth);
        assertArrayEquals(expected.discovery(), result.discovery(), "the recursive oracle agrees");
        assertArrayEquals(expected.parent(), result.parent(), "the recursive oracle agrees");
        return result;
    }
}
