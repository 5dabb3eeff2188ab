package org.parquetframe.kernels.traversal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.graph.TestingEdgeList;
import org.parquetframe.kernels.graph.TestingGraphArbitraries.AverageDegrees;
import org.parquetframe.kernels.graph.TestingGraphArbitraries.VertexCounts;

/**
 * BFS against the queue oracle on random multigraphs (self-loops, parallel edges, isolated
 * vertices), directed and undirected, on 1, 2 and 4 threads with small chunks so that levels are
 * split and raced. Edge cases are off: {@link BfsTest} covers tiny graphs by hand.
 */
class BfsPropertiesTest {

    private static final int[] THREADS = {1, 2, 4};

    @Property(tries = 120, edgeCases = EdgeCasesMode.NONE)
    void topDownEqualsTheQueueOracleExactlyOnAnyThreadCount(@ForAll long seed,
                                                           @ForAll(supplier = VertexCounts.class) int vertexCount,
                                                           @ForAll(supplier = AverageDegrees.class) double averageDegree,
                                                           @ForAll boolean directed,
                                                           @ForAll("maxDepths") int maxDepth,
                                                           @ForAll @IntRange(min = 1, max = 200) int chunkCost) {
        TestingEdgeList edges = TestingEdgeList.random(seed, vertexCount, averageDegree, false);
        int start = Math.floorMod(seed, vertexCount);
        ReferenceBfs.Result expected = ReferenceBfs.search(edges, start, directed, maxDepth);
        Bfs.Tuning topDown = new Bfs.Tuning(0, 18, chunkCost, 0);
        for (int threads : THREADS) {
            BfsResult actual = Bfs.run(edges.toGraph(threads), start, -1, directed, maxDepth, threads, null, topDown);
            assertArrayEquals(expected.depth(), actual.depth(), "threads " + threads);
            assertArrayEquals(expected.parent(), actual.parent(), "threads " + threads);
            assertArrayEquals(expected.order(), actual.order(), "threads " + threads);
            assertEquals(expected.order().length, actual.reachedCount());
        }
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void everyDirectionMixIsValidAndTheSameOnAnyThreadCount(@ForAll long seed,
                                                           @ForAll(supplier = VertexCounts.class) int vertexCount,
                                                           @ForAll(supplier = AverageDegrees.class) double averageDegree,
                                                           @ForAll boolean directed,
                                                           @ForAll("maxDepths") int maxDepth,
                                                           @ForAll("tunings") Bfs.Tuning tuning) {
        TestingEdgeList edges = TestingEdgeList.random(seed, vertexCount, averageDegree, false);
        int start = Math.floorMod(seed, vertexCount);
        BfsResult serial = Bfs.run(edges.toGraph(1), start, -1, directed, maxDepth, 1, null, tuning);
        BfsAssertions.assertValid(edges, start, directed, maxDepth, serial);
        for (int threads : new int[] {2, 4}) {
            Graph graph = edges.toGraph(threads);
            BfsAssertions.assertSameResult(serial,
                    Bfs.run(graph, start, -1, directed, maxDepth, threads, null, tuning), "threads " + threads);
        }
    }

    @Property(tries = 80, edgeCases = EdgeCasesMode.NONE)
    void defaultTuningIsValid(@ForAll long seed, @ForAll(supplier = VertexCounts.class) int vertexCount,
                              @ForAll(supplier = AverageDegrees.class) double averageDegree, @ForAll boolean directed,
                              @ForAll("maxDepths") int maxDepth) {
        TestingEdgeList edges = TestingEdgeList.random(seed, vertexCount, averageDegree, false);
        int start = Math.floorMod(seed, vertexCount);
        BfsAssertions.assertValid(edges, start, directed, maxDepth,
                Bfs.compute(edges.toGraph(2), start, directed, maxDepth, 2, null));
    }

    @Property(tries = 80, edgeCases = EdgeCasesMode.NONE)
    void reachFindsTheTargetAtItsHopDistance(@ForAll long seed, @ForAll(supplier = VertexCounts.class) int vertexCount,
                                             @ForAll(supplier = AverageDegrees.class) double averageDegree,
                                             @ForAll boolean directed, @ForAll @IntRange(max = 1_000_000) int pick) {
        TestingEdgeList edges = TestingEdgeList.random(seed, vertexCount, averageDegree, false);
        int start = Math.floorMod(seed, vertexCount);
        int target = pick % vertexCount;
        ReferenceBfs.Result expected = ReferenceBfs.search(edges, start, directed, -1);
        BfsResult reached = Bfs.reach(edges.toGraph(2), start, target, directed, 2, null);
        assertEquals(expected.depth()[target], reached.depth()[target]);
        int[][] incident = edges.incidentEdges(directed);
        for (int v = target; v != start && reached.depth()[v] > 0; v = reached.parent()[v]) {
            int p = reached.parent()[v];
            assertEquals(reached.depth()[v] - 1, reached.depth()[p]);
            assertTrue(BfsAssertions.hasEdge(edges, incident, p, v));
        }
    }

    /** Top-down only, bottom-up from the first level on, and random switching thresholds. */
    @Provide
    Arbitrary<Bfs.Tuning> tunings() {
        Arbitrary<Integer> chunkCosts = Arbitraries.integers().between(1, 200);
        return Arbitraries.oneOf(
                chunkCosts.map(c -> new Bfs.Tuning(0, 18, c, 0)),
                chunkCosts.map(c -> new Bfs.Tuning(Integer.MAX_VALUE, 0, c, 0)),
                chunkCosts.flatMap(c -> Arbitraries.integers().between(1, 40).tuple2().map(
                        ab -> new Bfs.Tuning(ab.get1(), ab.get2(), c, 0))));
    }

    @Provide
    Arbitrary<Integer> maxDepths() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(-1)),
                Tuple.of(2, Arbitraries.integers().between(0, 6)));
    }
}
