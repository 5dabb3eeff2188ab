package org.parquetframe.kernels.pagerank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.graph.TestingEdgeList;
import org.parquetframe.kernels.parallel.KernelCancelledException;
import org.parquetframe.kernels.parallel.KernelPool;

class PageRankTest {

    private static final PageRankOptions PRECISE = PageRankOptions.defaults()
            .withTolerance(1e-12).withMaxIterations(1000).withThreads(1);

    @Test
    void twoCycleSharesRankEqually() {
        PageRankResult result = compute(TestingEdgeList.of(2, new int[][] {{0, 1}, {1, 0}}), PRECISE);
        assertArrayEquals(new double[] {0.5, 0.5}, result.scores(), 1e-15);
        assertTrue(result.converged());
    }

    @Test
    void edgeIntoADanglingVertexMatchesTheClosedForm() {
        // a -> b, b dangling, d = 0.85: a = d * b / 2 + 0.075 and a + b = 1, so a = 0.5 / 1.425 = 20/57.
        PageRankResult result = compute(TestingEdgeList.of(2, new int[][] {{0, 1}}), PRECISE);
        assertArrayEquals(new double[] {20.0 / 57, 37.0 / 57}, result.scores(), 1e-12);
    }

    @Test
    void firstIterationByHand() {
        // x0 = (0.5, 0.5); a gets 0.85 * (0 + 0.5 / 2) + 0.075, b gets 0.85 * (0.5 + 0.5 / 2) + 0.075.
        PageRankResult result = compute(TestingEdgeList.of(2, new int[][] {{0, 1}}),
                PRECISE.withMaxIterations(1).withTolerance(0));
        assertArrayEquals(new double[] {0.2875, 0.7125}, result.scores(), 1e-15);
        assertEquals(1, result.iterations());
        assertFalse(result.converged());
    }

    @Test
    void weightsSplitRankInProportion() {
        // 0 -> 1 (1), 0 -> 2 (3): first iteration from 1/3 each, 1 and 2 dangling.
        TestingEdgeList edges = TestingEdgeList.of(3, new int[][] {{0, 1}, {0, 2}}).withWeights(1, 3);
        PageRankResult result = compute(edges, PRECISE.withMaxIterations(1).withTolerance(0));
        double dangling = 0.85 * (2.0 / 3) / 3 + 0.15 / 3;
        assertArrayEquals(new double[] {dangling, dangling + 0.85 / 3 * 0.25, dangling + 0.85 / 3 * 0.75},
                result.scores(), 1e-15);
    }

    @Test
    void parallelEdgesCountLikeSummedWeights() {
        TestingEdgeList duplicated = TestingEdgeList.of(3, new int[][] {{0, 1}, {0, 2}, {0, 1}, {2, 0}});
        TestingEdgeList weighted = TestingEdgeList.of(3, new int[][] {{0, 1}, {0, 2}, {2, 0}}).withWeights(2, 1, 1);
        assertArrayEquals(compute(weighted, PRECISE).scores(), compute(duplicated, PRECISE).scores(), 1e-14);
    }

    @Test
    void emptyGraphHasNoScores() {
        PageRankResult result = compute(new TestingEdgeList(0, new int[0], new int[0], null), PRECISE);
        assertEquals(0, result.scores().length);
        assertEquals(0, result.iterations());
        assertTrue(result.converged());
    }

    @Test
    void singleVertexGetsEverything() {
        assertArrayEquals(new double[] {1}, compute(TestingEdgeList.of(1, new int[][] {{0, 0}}), PRECISE).scores());
        assertArrayEquals(new double[] {1}, compute(TestingEdgeList.of(1, new int[0][]), PRECISE).scores());
    }

    @Test
    void zeroIterationsReturnTheUniformVector() {
        PageRankResult result = compute(TestingEdgeList.of(4, new int[][] {{0, 1}}), PRECISE.withMaxIterations(0));
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, result.scores());
        assertEquals(0, result.iterations());
        assertFalse(result.converged());
    }

    @Test
    void zeroToleranceRunsExactlyMaxIterations() {
        PageRankResult result = compute(TestingEdgeList.of(2, new int[][] {{0, 1}, {1, 0}}),
                PRECISE.withTolerance(0).withMaxIterations(37));
        assertEquals(37, result.iterations());
        assertFalse(result.converged());
    }

    @Test
    void runningOutOfIterationsReturnsTheLastVectorNormalised() {
        TestingEdgeList edges = TestingEdgeList.random(11, 200, 3, false);
        PageRankResult result = compute(edges, PRECISE.withMaxIterations(3));
        ReferencePageRank.Result expected = ReferencePageRank.compute(edges, 0.85, 3, 1e-12);
        assertEquals(3, result.iterations());
        assertFalse(result.converged());
        assertArrayEquals(expected.scores(), result.scores(), 1e-12);
    }

    @Test
    void handMadeGraphsMatchTheReference() {
        TestingEdgeList[] graphs = {
            // dangling vertices 2 and 3, a self-loop on 1, a duplicate 0 -> 1
            TestingEdgeList.of(4, new int[][] {{0, 1}, {0, 1}, {1, 1}, {1, 2}, {0, 3}}),
            // isolated vertices 5..9: vertexCount larger than the ids used
            TestingEdgeList.of(10, new int[][] {{0, 1}, {1, 2}, {2, 0}, {3, 4}}),
            // zero weights: vertex 1's only edge weighs 0, so it is dangling; 0 -> 2 carries nothing
            TestingEdgeList.of(3, new int[][] {{0, 1}, {0, 2}, {1, 2}, {2, 0}}).withWeights(1, 0, 0, 2.5),
            TestingEdgeList.of(1, new int[][] {{0, 0}}),
            TestingEdgeList.of(3, new int[][] {{0, 0}, {0, 0}, {1, 1}}).withWeights(0.5, 0.25, 3),
            TestingEdgeList.of(5, new int[0][]),
        };
        for (TestingEdgeList edges : graphs) {
            ReferencePageRank.Result expected = ReferencePageRank.compute(edges, 0.85, 1000, 1e-12);
            for (int threads : new int[] {1, 2, 4}) {
                PageRankResult result = PageRank.compute(edges.toGraph(threads), PRECISE.withThreads(threads), 1);
                assertArrayEquals(expected.scores(), result.scores(), 1e-9);
                assertTrue(result.converged());
            }
        }
    }

    @Test
    void dampingZeroIsUniformAndDampingOneFollowsEdgesOnly() {
        TestingEdgeList edges = TestingEdgeList.of(3, new int[][] {{0, 1}, {1, 2}, {2, 1}});
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3},
                compute(edges, PRECISE.withDamping(0)).scores(), 1e-15);
        double[] scores = compute(edges, PRECISE.withDamping(1).withTolerance(0).withMaxIterations(1)).scores();
        assertArrayEquals(new double[] {0, 2.0 / 3, 1.0 / 3}, scores, 1e-15);
    }

    @Test
    void rejectsNegativeNaNAndInfiniteWeightsNamingTheVertex() {
        int[][] pairs = {{0, 1}, {1, 0}};
        for (double bad : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
            TestingEdgeList edges = TestingEdgeList.of(2, pairs).withWeights(1, bad);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> compute(edges, PRECISE));
            assertEquals("PageRank needs finite, non-negative edge weights, but an edge out of vertex index 1"
                    + " has weight " + bad, e.getMessage());
        }
        TestingEdgeList overflowing = TestingEdgeList.of(2, new int[][] {{0, 1}, {0, 0}})
                .withWeights(Double.MAX_VALUE, Double.MAX_VALUE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> compute(overflowing, PRECISE));
        assertTrue(e.getMessage().startsWith("the out-edge weights of vertex index 0 sum to Infinity"), e.getMessage());
    }

    @Test
    void stopsWhenCancelled() {
        AtomicInteger asked = new AtomicInteger();
        PageRankOptions options = PRECISE.withTolerance(0).withThreads(2)
                .withCancellation(() -> asked.incrementAndGet() > 5);
        Graph graph = TestingEdgeList.random(5, 1000, 3, false).toGraph(2);
        assertThrows(KernelCancelledException.class, () -> PageRank.compute(graph, options, 50));
        assertTrue(asked.get() > 5);
    }

    @Test
    void runsFromInsideAPoolTaskWithoutDeadlock() {
        Graph graph = TestingEdgeList.random(9, 2000, 4, true).toGraph(4);
        double[][] results = new double[6][];
        KernelPool.forEachChunk(4, results.length, 1, (c, from, to) ->
                results[c] = PageRank.compute(graph, PRECISE.withThreads(4), 64).scores());
        for (double[] scores : results) {
            assertArrayEquals(results[0], scores);
        }
    }

    private static PageRankResult compute(TestingEdgeList edges, PageRankOptions options) {
        return PageRank.compute(edges.toGraph(options.threads()), options);
    }
}
