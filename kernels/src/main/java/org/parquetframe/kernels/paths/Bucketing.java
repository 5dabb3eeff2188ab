package org.parquetframe.kernels.paths;

/**
 * How {@link DeltaStepping} groups tentative distances into buckets of width delta, and how many
 * consecutive buckets one worker's ring must hold. Shared by every engine, so that all of them
 * process the same buckets (results do not depend on it, only speed does).
 *
 * <p>Meyer and Sanders choose delta about the mean weight over the degree: wide enough that a
 * bucket holds many vertices to relax in parallel, narrow enough that few are relaxed before their
 * distance is final. Here {@code delta = FACTOR * mean weight / mean traversed degree} (measured:
 * see docs/benchmarks.md), but never below {@code max weight / MAX_SPAN}: a relaxation then lands
 * at most MAX_SPAN + 2 buckets after the one being processed, so a fixed ring of buckets suffices
 * whatever the weights' scale or skew.
 */
public final class Bucketing {

    /** delta in units of mean weight per mean degree. */
    static final double FACTOR = 1.0;
    /** Buckets a single relaxation may skip at most. */
    static final int MAX_SPAN = 1024;

    private final double delta;
    private final double inverse;
    private final int ringSize;

    private Bucketing(double delta, double maxWeight) {
        this.delta = delta;
        this.inverse = 1 / delta;
        // +4: one for the bucket being processed, and slack for rounding in bucketOf
        long span = (long) Math.ceil(maxWeight * inverse) + 4;
        this.ringSize = Integer.highestOneBit((int) span - 1) << 1;
    }

    /**
     * The buckets for a graph with these weights and {@code traversedEdges} edges followed from
     * {@code vertexCount} vertices (twice the edges when undirected).
     */
    static Bucketing of(EdgeWeights.Summary weights, long traversedEdges, int vertexCount) {
        double degree = Math.max(1, (double) traversedEdges / Math.max(1, vertexCount));
        double delta = Math.max(FACTOR * weights.mean() / degree, weights.max() / MAX_SPAN);
        // all-zero weights, no edges, or weights so small that 1/delta would overflow
        delta = Math.max(delta > 0 ? delta : 1, Double.MIN_NORMAL);
        return new Bucketing(delta, weights.max());
    }

    /** The bucket width. */
    public double delta() {
        return delta;
    }

    /** Buckets per worker ring: a power of two covering the most buckets in use at once. */
    public int ringSize() {
        return ringSize;
    }

    /** The bucket of a tentative distance; {@link Long#MAX_VALUE} for infinity. */
    public long bucketOf(double distance) {
        return (long) (distance * inverse);
    }
}
