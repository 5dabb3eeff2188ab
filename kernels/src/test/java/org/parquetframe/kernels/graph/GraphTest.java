package org.parquetframe.kernels.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class GraphTest {

    @Test
    void keepsEachVertexsEdgesInInputOrderWithDuplicatesAndSelfLoops() {
        TestingEdgeList edges = TestingEdgeList.of(4, new int[][] {{2, 1}, {0, 3}, {2, 2}, {0, 1}, {2, 1}, {0, 0}})
                .withWeights(1, 2, 3, 4, 5, 6);
        Graph graph = edges.toGraph(1);

        assertEquals(4, graph.vertexCount());
        assertEquals(6, graph.edgeCount());
        assertTrue(graph.weighted());
        assertArrayEquals(new int[] {0, 3, 3, 6, 6}, graph.out().offsets());
        assertArrayEquals(new int[] {3, 1, 0, 1, 2, 1}, graph.out().neighbours());
        assertArrayEquals(new double[] {2, 4, 6, 1, 3, 5}, graph.out().weights());
        assertArrayEquals(new int[] {0, 1, 4, 5, 6}, graph.in().offsets());
        assertArrayEquals(new int[] {0, 2, 0, 2, 2, 0}, graph.in().neighbours());
        assertArrayEquals(new double[] {6, 1, 4, 5, 3, 2}, graph.in().weights());
    }

    @Test
    void isolatedVerticesHaveEmptyRows() {
        Graph graph = TestingEdgeList.of(5, new int[][] {{1, 3}}).toGraph(1);
        for (int v : new int[] {0, 2, 4}) {
            assertEquals(0, graph.out().degree(v));
            assertEquals(0, graph.in().degree(v));
        }
        assertFalse(graph.weighted());
        assertNull(graph.in().weights());
    }

    @Test
    void emptyGraph() {
        Graph graph = Graph.fromEdges(0, new int[0], new int[0], null, 0, 4);
        assertEquals(0, graph.out().vertexCount());
        assertEquals(0, graph.in().edgeCount());
    }

    @Test
    void readsOnlyTheFirstEdgeCountEntries() {
        Graph graph = Graph.fromEdges(2, new int[] {0, 99}, new int[] {1, -5}, null, 1, 1);
        assertArrayEquals(new int[] {1}, graph.out().neighbours());
    }

    @Property(tries = 200)
    void outAndInMatchNaiveGroupingForAnyThreadCount(@ForAll long seed,
                                                     @ForAll @IntRange(max = 300) int vertexCount,
                                                     @ForAll boolean weighted) {
        TestingEdgeList edges = TestingEdgeList.random(seed, vertexCount, 4, weighted);
        for (int threads : new int[] {1, 2, 4}) {
            Graph graph = edges.toGraph(threads);
            assertMatchesNaiveGrouping(edges, graph.out(), edges.src(), edges.dst());
            assertMatchesNaiveGrouping(edges, graph.in(), edges.dst(), edges.src());
        }
    }

    @Test
    void parallelBuildOfALargeGraphMatchesTheSerialOne() {
        // Large enough to pass the parallel threshold of the counting sort.
        TestingEdgeList edges = TestingEdgeList.random(7, 50_000, 6, true);
        Graph serial = edges.toGraph(1);
        Graph parallel = edges.toGraph(4);
        assertTrue(edges.edgeCount() > 1 << 16, "test graph too small: " + edges.edgeCount());
        assertMatchesNaiveGrouping(edges, serial.in(), edges.dst(), edges.src());
        for (boolean outgoing : new boolean[] {true, false}) {
            Csr a = outgoing ? serial.out() : serial.in();
            Csr b = outgoing ? parallel.out() : parallel.in();
            assertArrayEquals(a.offsets(), b.offsets());
            assertArrayEquals(a.neighbours(), b.neighbours());
            assertArrayEquals(a.weights(), b.weights());
        }
    }

    @Test
    void inIsBuiltOnceWhenManyThreadsAskAtOnce() throws Exception {
        Graph graph = TestingEdgeList.random(3, 20_000, 5, false).toGraph(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        Csr[] seen = new Csr[8];
        for (int i = 0; i < seen.length; i++) {
            int slot = i;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                seen[slot] = graph.in();
            });
            thread.start();
            threads.add(thread);
        }
        long before = graph.sizeInBytes();
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        for (Csr csr : seen) {
            assertSame(graph.in(), csr);
        }
        assertTrue(graph.sizeInBytes() > 0 && before > 0);
    }

    @Test
    void rejectsIdsOutsideTheVertexRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Graph.fromEdges(3, new int[] {0, 1}, new int[] {2, 3}, null, 2, 1));
        assertEquals("dst[1] = 3 is not a vertex index: ids must be in [0, vertexCount = 3)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Graph.fromEdges(3, new int[] {-1}, new int[] {0}, null, 1, 1));
        assertTrue(e.getMessage().startsWith("src[0] = -1"), e.getMessage());
    }

    @Test
    void rejectsMissingOrShortArraysAndNegativeCounts() {
        int[] one = {0};
        assertMessage("src must hold at least edgeCount = 2 elements, but holds 1",
                () -> Graph.fromEdges(1, one, new int[2], null, 2, 1));
        assertMessage("dst must hold at least edgeCount = 1 elements, but is null",
                () -> Graph.fromEdges(1, one, null, null, 1, 1));
        assertMessage("weights must hold at least edgeCount = 1 elements, but holds 0",
                () -> Graph.fromEdges(1, one, one, new double[0], 1, 1));
        assertMessage("edgeCount must be >= 0, got -1", () -> Graph.fromEdges(1, one, one, null, -1, 1));
        assertMessage("vertexCount must be in [0, " + (Csr.MAX_EDGES - 1) + "], got -2",
                () -> Graph.fromEdges(-2, one, one, null, 0, 1));
    }

    private static void assertMessage(String expected, Runnable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call::run).getMessage());
    }

    /** The rows of {@code csr} must be the edges grouped by key, each group in input order. */
    private static void assertMatchesNaiveGrouping(TestingEdgeList edges, Csr csr, int[] keys, int[] values) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int v = 0; v < edges.vertexCount(); v++) {
            groups.add(new ArrayList<>());
        }
        for (int e = 0; e < edges.edgeCount(); e++) {
            groups.get(keys[e]).add(e);
        }
        assertEquals(edges.vertexCount() + 1, csr.offsets().length);
        assertEquals(edges.edgeCount(), csr.edgeCount());
        int position = 0;
        for (int v = 0; v < edges.vertexCount(); v++) {
            assertEquals(position, csr.offsets()[v]);
            for (int e : groups.get(v)) {
                assertEquals(values[e], csr.neighbours()[position], "vertex " + v);
                if (edges.weights() != null) {
                    assertEquals(edges.weights()[e], csr.weights()[position], "vertex " + v);
                }
                position++;
            }
        }
        assertEquals(position, csr.offsets()[edges.vertexCount()]);
    }
}
