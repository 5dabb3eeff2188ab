package org.parquetframe.kernels.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BucketingTest {

    @Test
    void deltaIsTheMeanWeightOverTheMeanDegree() {
        Bucketing buckets = Bucketing.of(new EdgeWeights.Summary(100, 50), 10_000, 1_000);
        assertEquals(Bucketing.FACTOR * 5, buckets.delta());
        assertEquals(32, buckets.ringSize()); // 100 / 5 = 20 buckets ahead, plus slack
        assertEquals(2, buckets.bucketOf(10.5));
        assertEquals(Long.MAX_VALUE, buckets.bucketOf(Double.POSITIVE_INFINITY));
    }

    @Test
    void oneHugeWeightWidensTheBucketsSoThatTheRingStaysSmall() {
        Bucketing buckets = Bucketing.of(new EdgeWeights.Summary(1e12, 1), 10, 10);
        assertEquals(1e12 / Bucketing.MAX_SPAN, buckets.delta());
        assertEquals(2048, buckets.ringSize());
    }

    @Test
    void zeroAndSubnormalWeightsStillGiveAUsableWidth() {
        for (double w : new double[] {0, Double.MIN_VALUE}) {
            Bucketing buckets = Bucketing.of(new EdgeWeights.Summary(w, w), 5, 5);
            assertTrue(buckets.delta() > 0 && 1 / buckets.delta() < Double.POSITIVE_INFINITY, "weight " + w);
            assertEquals(0, buckets.bucketOf(w));
        }
        assertEquals(1, Bucketing.of(new EdgeWeights.Summary(0, 0), 0, 0).delta());
    }

    @Property(tries = 300)
    void aRelaxationNeverLandsBeyondTheRing(@ForAll @IntRange(min = -300, max = 300) int exponent,
                                            @ForAll @DoubleRange(min = 1, max = 10) double mantissa,
                                            @ForAll @DoubleRange(min = 0, max = 1) double meanShare,
                                            @ForAll @IntRange(min = 1, max = 100) int degree,
                                            @ForAll @DoubleRange(min = 0, max = 1e6) double bucketsDone) {
        double max = mantissa * Math.pow(10, exponent);
        Bucketing buckets = Bucketing.of(new EdgeWeights.Summary(max, max * meanShare), degree * 100L, 100);
        double from = bucketsDone * buckets.delta();
        long span = buckets.bucketOf(from + max) - buckets.bucketOf(from);
        assertTrue(span < buckets.ringSize(), "span " + span + " ring " + buckets.ringSize());
        assertEquals(1, Integer.bitCount(buckets.ringSize()));
    }
}
