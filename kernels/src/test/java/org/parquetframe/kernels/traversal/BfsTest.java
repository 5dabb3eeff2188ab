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

class BfsTest {

    @Test
    void emptyGraphHasNoStartVertex() {
        Graph empty = TestingEdgeList.of(0, new int[0][]).toGraph(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Bfs.compute(empty, 0, true, -1, 1, null));
        assertEquals("start must be a vertex index in [0, 0), got 0", e.getMessage());
    }

    @Test
    void singleSelfLoopReachesOnlyItself() {
        for (boolean directed : new boolean[] {true, false}) {
            BfsResult result = bfs(TestingEdgeList.of(1, new int[][] {{0, 0}}), 0, directed, -1);
            assertArrayEquals(new int[] {0}, result.depth());
            assertArrayEquals(new int[] {-1}, result.parent());
            assertArrayEquals(new int[] {0}, result.order());
            assertEquals(1, result.reachedCount());
        }
    }

    @Test
    void startWithoutOutEdgesReachesOnlyItselfWhenDirected() {
        TestingEdgeList edges = TestingEdgeList.of(3, new int[][] {{1, 0}, {2, 1}});
        BfsResult directed = bfs(edges, 0, true, -1);
        assertArrayEquals(new int[] {0, -1, -1}, directed.depth());
        assertArrayEquals(new int[] {0}, directed.order());
        BfsResult undirected = bfs(edges, 0, false, -1);
        assertArrayEquals(new int[] {0, 1, 2}, undirected.depth());
        assertArrayEquals(new int[] {-1, 0, 1}, undirected.parent());
        assertArrayEquals(new int[] {0, 1, 2}, undirected.order());
    }

    @Test
    void unreachedVerticesHaveNoDepthOrParent() {
        BfsResult result = bfs(TestingEdgeList.of(4, new int[][] {{0, 1}, {2, 3}}), 0, true, -1);
        assertArrayEquals(new int[] {0, 1, -1, -1}, result.depth());
        assertArrayEquals(new int[] {-1, 0, -1, -1}, result.parent());
        assertEquals(2, result.reachedCount());
    }

    @Test
    void maxDepthZeroReachesTheStartAndOneItsNeighbours() {
        TestingEdgeList edges = TestingEdgeList.of(4, new int[][] {{0, 2}, {0, 1}, {1, 3}, {0, 2}});
        BfsResult zero = bfs(edges, 0, true, 0);
        assertArrayEquals(new int[] {0, -1, -1, -1}, zero.depth());
        assertArrayEquals(new int[] {0}, zero.order());
        BfsResult one = bfs(edges, 0, true, 1);
        assertArrayEquals(new int[] {0, 1, 1, -1}, one.depth());
        assertArrayEquals(new int[] {0, 2, 1}, one.order()); // edge order; the parallel edge counts once
        assertArrayEquals(new int[] {0, 2, 1, 3}, bfs(edges, 0, true, -1).order());
    }

    @Test
    void parentIsTheEarliestFrontierVertexWithAnEdge() {
        // Level 1 is [1, 2] (edge order); both have an edge to 3, and 1 comes first.
        TestingEdgeList edges = TestingEdgeList.of(4, new int[][] {{0, 1}, {0, 2}, {2, 3}, {1, 3}});
        assertArrayEquals(new int[] {-1, 0, 0, 1}, bfs(edges, 0, true, -1).parent());
    }

    @Test
    void undirectedFollowsOutThenInNeighbours() {
        // From 0: out-neighbour 2 (edge 0->2) comes before in-neighbour 1 (edge 1->0) despite edge order.
        TestingEdgeList edges = TestingEdgeList.of(3, new int[][] {{1, 0}, {0, 2}});
        assertArrayEquals(new int[] {0, 2, 1}, bfs(edges, 0, false, -1).order());
    }

    @Test
    void reachStopsAtTheTargetsLevel() {
        TestingEdgeList edges = TestingEdgeList.of(5, new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 4}});
        BfsResult result = Bfs.reach(edges.toGraph(1), 0, 2, true, 1, null);
        assertArrayEquals(new int[] {0, 1, 2, -1, -1}, result.depth());
        assertEquals(3, result.reachedCount());
        assertEquals(0, Bfs.reach(edges.toGraph(1), 3, 3, true, 1, null).depth()[3]);
    }

    @Test
    void rejectsBadArguments() {
        Graph graph = TestingEdgeList.of(2, new int[][] {{0, 1}}).toGraph(1);
        assertThrows(IllegalArgumentException.class, () -> Bfs.compute(graph, 2, true, -1, 1, null));
        assertThrows(IllegalArgumentException.class, () -> Bfs.compute(graph, -1, true, -1, 1, null));
        assertThrows(IllegalArgumentException.class, () -> Bfs.compute(graph, 0, true, -2, 1, null));
        assertThrows(IllegalArgumentException.class, () -> Bfs.compute(graph, 0, true, -1, 0, null));
        assertThrows(IllegalArgumentException.class, () -> Bfs.reach(graph, 0, 5, true, 1, null));
    }

    @Test
    void directionOptimizingSearchOfALargeGraphIsValid() {
        // Dense enough that the default heuristic goes bottom-up for the middle levels.
        TestingEdgeList edges = TestingEdgeList.random(3, 100_000, 12, false);
        for (boolean directed : new boolean[] {true, false}) {
            BfsResult serial = Bfs.compute(edges.toGraph(1), 7, directed, -1, 1, null);
            BfsAssertions.assertValid(edges, 7, directed, -1, serial);
            BfsAssertions.assertSameResult(serial, Bfs.compute(edges.toGraph(2), 7, directed, -1, 2, null), "threads 2");
            assertTrue(serial.reachedCount() > 50_000);
        }
    }

    @Test
    void stopsWhenCancelled() {
        Graph graph = TestingEdgeList.random(5, 200_000, 4, false).toGraph(2);
        for (int threads : new int[] {1, 2}) {
            AtomicInteger asked = new AtomicInteger();
            assertThrows(KernelCancelledException.class,
                    () -> Bfs.compute(graph, 0, false, -1, threads, () -> asked.incrementAndGet() > 3));
            assertTrue(asked.get() > 3);
        }
        assertThrows(KernelCancelledException.class, () -> Bfs.compute(graph, 0, true, -1, 1, () -> true));
    }

    private static BfsResult bfs(TestingEdgeList edges, int start, boolean directed, int maxDepth) {
        BfsResult serial = Bfs.compute(edges.toGraph(1), start, directed, maxDepth, 1, null);
        // The same on several threads, with levels split into one-vertex chunks.
        BfsResult parallel = Bfs.run(edges.toGraph(2), start, -1, directed, maxDepth, 2, null,
                new Bfs.Tuning(0, 18, 1, 0));
        BfsAssertions.assertSameResult(serial, parallel, "threads 2");
        return serial;
    }
}
