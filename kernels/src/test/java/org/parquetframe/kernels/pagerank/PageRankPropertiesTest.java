package org.parquetframe.kernels.pagerank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.parquetframe.kernels.graph.TestingEdgeList;

/**
 * PageRank against the serial reference on random multigraphs, and across thread counts. Edge
 * cases are off: their combinations would use up every try on tiny graphs, which the hand-made
 * tests in {@link PageRankTest} cover.
 */
class PageRankPropertiesTest {

    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void matchesTheReferenceAndIsBitIdenticalAcrossThreads(@ForAll long seed,
                                                           @ForAll("vertexCounts") int vertexCount,
                                                           @ForAll("averageDegrees") double averageDegree,
                                                           @ForAll boolean weighted,
                                                           @ForAll("dampings") double damping,
                                                           @ForAll @IntRange(min = 1, max = 300) int chunkCost) {
        TestingEdgeList edges = TestingEdgeList.random(seed, vertexCount, averageDegree, weighted);
        PageRankOptions options = PageRankOptions.defaults().withDamping(damping)
                .withMaxIterations(1000).withTolerance(1e-12);
        ReferencePageRank.Result expected = ReferencePageRank.compute(edges, damping, 1000, 1e-12);

        PageRankResult serial = PageRank.compute(edges.toGraph(1), options.withThreads(1), chunkCost);
        assertArrayEquals(expected.scores(), serial.scores(), 1e-9);
        for (int threads : new int[] {2, 4}) {
            PageRankResult parallel = PageRank.compute(edges.toGraph(threads), options.withThreads(threads), chunkCost);
            assertArrayEquals(serial.scores(), parallel.scores(), "threads " + threads); // bit for bit
            assertEquals(serial.iterations(), parallel.iterations());
        }
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void stopsAtTheSameIterationAsTheReferenceWithDefaultOptions(@ForAll long seed,
                                                                 @ForAll("vertexCounts") int vertexCount,
                                                                 @ForAll("averageDegrees") double averageDegree,
                                                                 @ForAll boolean weighted) {
        TestingEdgeList edges = TestingEdgeList.random(seed, vertexCount, averageDegree, weighted);
        ReferencePageRank.Result expected = ReferencePageRank.compute(edges, 0.85, 100, 1e-6);
        PageRankResult result = PageRank.compute(edges.toGraph(2), PageRankOptions.defaults().withThreads(2));
        assertEquals(expected.iterations(), result.iterations());
        assertEquals(expected.converged(), result.converged());
        assertArrayEquals(expected.scores(), result.scores(), 1e-12);
    }

    @Property(tries = 50)
    void scoresSumToOne(@ForAll long seed, @ForAll("vertexCounts") int vertexCount,
                        @ForAll boolean weighted, @ForAll @IntRange(max = 50) int maxIterations) {
        TestingEdgeList edges = TestingEdgeList.random(seed, vertexCount, 3, weighted);
        PageRankResult result = PageRank.compute(edges.toGraph(1),
                PageRankOptions.defaults().withMaxIterations(maxIterations).withThreads(1));
        double sum = 0;
        for (double score : result.scores()) {
            sum += score;
        }
        assertEquals(vertexCount == 0 ? 0 : 1, sum, 1e-12);
    }

    /** Uniform rather than jqwik's default bias to small values, so that big graphs are common. */
    @Provide
    Arbitrary<Integer> vertexCounts() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.integers().between(0, 5)),
                Tuple.of(4, Arbitraries.integers().between(0, 2000).withDistribution(RandomDistribution.uniform())));
    }

    @Provide
    Arbitrary<Double> averageDegrees() {
        return Arbitraries.doubles().between(0.1, 8).withDistribution(RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<Double> dampings() {
        return Arbitraries.oneOf(Arbitraries.of(0.0, 0.85, 1.0),
                Arbitraries.doubles().between(0, 0.95).withDistribution(RandomDistribution.uniform()));
    }
}
