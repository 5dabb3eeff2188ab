package org.parquetframe.kernels.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class GraphBuilderTest {

    @Property(tries = 200)
    void buildsTheSameGraphAsTheEdgeListInAnyBatchesOnAnyThreads(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 300) int vertexCount, @ForAll boolean weighted,
            @ForAll @IntRange(min = 1, max = 5) int threads) {
        TestingEdgeList edges = TestingEdgeList.random(seed, vertexCount, 4, weighted);
        assertSameGraph(edges.toGraph(1), twoPasses(edges, new Random(seed), threads));
    }

    @Test
    void batchesLargeEnoughToSplitAcrossThreadsGiveTheSameGraph() {
        TestingEdgeList edges = TestingEdgeList.random(7, 50_000, 6, true);
        Graph expected = edges.toGraph(1);
        for (int threads : new int[] {1, 2, 3, 4, 8}) {
            assertSameGraph(expected, twoPasses(edges, new Random(threads), threads));
        }
    }

    @Test
    void aVertexCountThatGrowsFromBatchToBatch() {
        GraphBuilder builder = new GraphBuilder(false, 2);
        builder.count(new int[] {0, 1}, new int[] {1, 0}, 2, 2);
        builder.count(new int[] {2, 40}, new int[] {40, 0}, 2, 41);
        builder.startPlacing(41);
        builder.place(new int[] {0, 1}, new int[] {1, 0}, null, 2);
        builder.place(new int[] {2, 40}, new int[] {40, 0}, null, 2);
        Graph graph = builder.build();
        assertEquals(41, graph.vertexCount());
        assertArrayEquals(new int[] {1, 0, 40, 0}, graph.out().neighbours());
        assertArrayEquals(new int[] {1, 40, 0, 2}, graph.in().neighbours());
    }

    @Test
    void anEmptyGraphAndIsolatedVertices() {
        assertEquals(0, new GraphBuilder(true, 4).build().vertexCount());
        GraphBuilder builder = new GraphBuilder(false, 1);
        builder.startPlacing(3);
        Graph graph = builder.build();
        assertEquals(3, graph.vertexCount());
        assertEquals(0, graph.edgeCount());
        assertArrayEquals(new int[] {0, 0, 0, 0}, graph.in().offsets());
    }

    @Test
    void aSecondPassThatDiffersFromTheFirstIsAnError() {
        // Same number of edges, one moved from vertex 1 to vertex 0: the total still matches.
        GraphBuilder moved = counted(new int[] {0, 1, 1}, new int[] {1, 2, 2}, 3);
        moved.place(new int[] {0, 0, 1}, new int[] {1, 2, 2}, null, 3);
        IllegalStateException error = assertThrows(IllegalStateException.class, moved::build);
        assertTrue(error.getMessage().contains("differ"), error.getMessage());

        GraphBuilder more = counted(new int[] {0}, new int[] {1}, 2);
        more.place(new int[] {0}, new int[] {1}, null, 1);
        assertThrows(IllegalStateException.class, () -> more.place(new int[] {0}, new int[] {1}, null, 1));

        GraphBuilder fewer = counted(new int[] {0, 1}, new int[] {1, 0}, 2);
        fewer.place(new int[] {0}, new int[] {1}, null, 1);
        assertThrows(IllegalStateException.class, fewer::build);

        GraphBuilder last = counted(new int[] {0, 1}, new int[] {1, 0}, 2);
        assertThrows(IllegalStateException.class, // past the last vertex's edges
                () -> last.place(new int[] {1, 1}, new int[] {0, 0}, null, 2));
    }

    @Test
    void rejectsIdsOutsideTheVerticesAndCallsOutOfOrder() {
        GraphBuilder builder = new GraphBuilder(false, 1);
        assertThrows(IllegalArgumentException.class, () -> builder.count(new int[] {0, 5}, new int[] {1, 1}, 2, 5));
        assertThrows(IllegalArgumentException.class, () -> builder.count(new int[] {-1}, new int[] {1}, 1, 5));
        assertThrows(IllegalStateException.class, () -> builder.place(new int[] {0}, new int[] {1}, null, 1));

        GraphBuilder tooFewVertices = new GraphBuilder(false, 1);
        tooFewVertices.count(new int[] {0}, new int[] {3}, 1, 4);
        assertThrows(IllegalArgumentException.class, () -> tooFewVertices.startPlacing(3));

        GraphBuilder weighted = counted(new int[] {0}, new int[] {1}, 2, true);
        assertThrows(IllegalArgumentException.class, () -> weighted.place(new int[] {0}, new int[] {1}, null, 1));
        assertThrows(IllegalStateException.class, () -> weighted.count(new int[] {0}, new int[] {1}, 1, 2));
    }

    private static GraphBuilder counted(int[] src, int[] dst, int vertexCount) {
        return counted(src, dst, vertexCount, false);
    }

    private static GraphBuilder counted(int[] src, int[] dst, int vertexCount, boolean weighted) {
        GraphBuilder builder = new GraphBuilder(weighted, 1);
        builder.count(src, dst, src.length, vertexCount);
        builder.startPlacing(vertexCount);
        return builder;
    }

    /** Counts then places the edges in random batches, copied so that the builder keeps none. */
    private static Graph twoPasses(TestingEdgeList edges, Random random, int threads) {
        int[] cuts = batchCuts(edges.edgeCount(), random);
        GraphBuilder builder = new GraphBuilder(edges.weights() != null, threads);
        for (int b = 0; b + 1 < cuts.length; b++) {
            int[] src = Arrays.copyOfRange(edges.src(), cuts[b], cuts[b + 1]);
            builder.count(src, Arrays.copyOfRange(edges.dst(), cuts[b], cuts[b + 1]), src.length,
                    edges.vertexCount());
        }
        builder.startPlacing(edges.vertexCount());
        for (int b = 0; b + 1 < cuts.length; b++) {
            int[] src = Arrays.copyOfRange(edges.src(), cuts[b], cuts[b + 1]);
            double[] weights = edges.weights() == null ? null
                    : Arrays.copyOfRange(edges.weights(), cuts[b], cuts[b + 1]);
            builder.place(src, Arrays.copyOfRange(edges.dst(), cuts[b], cuts[b + 1]), weights, src.length);
        }
        return builder.build();
    }

    private static int[] batchCuts(int edgeCount, Random random) {
        int batches = 1 + random.nextInt(5);
        int[] cuts = new int[batches + 1];
        for (int b = 1; b < batches; b++) {
            cuts[b] = random.nextInt(edgeCount + 1);
        }
        cuts[batches] = edgeCount;
        Arrays.sort(cuts);
        return cuts;
    }

    private static void assertSameGraph(Graph expected, Graph actual) {
        assertEquals(expected.vertexCount(), actual.vertexCount());
        assertEquals(expected.edgeCount(), actual.edgeCount());
        assertEquals(expected.weighted(), actual.weighted());
        for (boolean out : new boolean[] {true, false}) {
            Csr e = out ? expected.out() : expected.in();
            Csr a = out ? actual.out() : actual.in();
            assertArrayEquals(e.offsets(), a.offsets());
            assertArrayEquals(e.neighbours(), a.neighbours());
            assertArrayEquals(e.weights(), a.weights());
        }
        assertEquals(expected.sizeInBytes(), actual.sizeInBytes());
    }
}
