package org.parquetframe.kernels.pagerank;

/** What {@link PageRank} returns: one score per dense vertex index, and how the iteration ended. */
public final class PageRankResult {

    private final double[] scores;
    private final int iterations;
    private final boolean converged;

    public PageRankResult(double[] scores, int iterations, boolean converged) {
        this.scores = scores;
        this.iterations = iterations;
        this.converged = converged;
    }

    /** Score of each vertex by dense index, summing to 1 (up to rounding); the caller owns the array. */
    public double[] scores() {
        return scores;
    }

    /** Power iterations run. */
    public int iterations() {
        return iterations;
    }

    /**
     * Whether the last iteration changed the vector by less than the tolerance; false when
     * {@code maxIterations} ran out first (or was 0). Empty graphs count as converged.
     */
    public boolean converged() {
        return converged;
    }
}
