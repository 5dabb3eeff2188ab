package org.parquetframe.kernels.graph;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/** Parameters of {@link TestingEdgeList#random} for the kernels' property tests, as jqwik suppliers. */
public final class TestingGraphArbitraries {

    private TestingGraphArbitraries() {
    }

    /**
     * 1 to 2000 vertices, uniform rather than jqwik's default bias to small values so that big
     * graphs are common, with extra weight on 1 to 5.
     */
    public static final class VertexCounts implements ArbitrarySupplier<Integer> {
        @Override
        public Arbitrary<Integer> get() {
            return Arbitraries.frequencyOf(
                    Tuple.of(1, Arbitraries.integers().between(1, 5)),
                    Tuple.of(4, Arbitraries.integers().between(1, 2000).withDistribution(RandomDistribution.uniform())));
        }
    }

    /** Like {@link VertexCounts}, and sometimes 0: for kernels without a start vertex. */
    public static final class VertexCountsOrNone implements ArbitrarySupplier<Integer> {
        @Override
        public Arbitrary<Integer> get() {
            return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)), Tuple.of(10, new VertexCounts().get()));
        }
    }

    /** 0.1 to 8 edges per vertex: from scattered fragments to one big component. */
    public static final class AverageDegrees implements ArbitrarySupplier<Double> {
        @Override
        public Arbitrary<Double> get() {
            return Arbitraries.doubles().between(0.1, 8).withDistribution(RandomDistribution.uniform());
        }
    }
}
