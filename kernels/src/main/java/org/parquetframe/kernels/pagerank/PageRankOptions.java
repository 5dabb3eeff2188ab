package org.parquetframe.kernels.pagerank;

import java.util.function.BooleanSupplier;
import org.parquetframe.kernels.parallel.Cancellation;

/**
 * The parameters of a {@link PageRank} run, checked when created.
 *
 * @param damping probability of following an edge rather than teleporting, in [0, 1]
 * @param maxIterations most power iterations, >= 0; 0 returns the uniform vector
 * @param tolerance stop once the L1 change of an iteration is below {@code vertexCount * tolerance};
 *     >= 0, and 0 runs exactly {@code maxIterations} iterations
 * @param threads threads to use, >= 1; scores are bit-identical for any value
 * @param cancelled asked between iterations and chunks; null means never cancelled
 */
public record PageRankOptions(double damping, int maxIterations, double tolerance, int threads,
                              BooleanSupplier cancelled) {

    public static final double DEFAULT_DAMPING = 0.85;
    public static final int DEFAULT_MAX_ITERATIONS = 100;
    public static final double DEFAULT_TOLERANCE = 1e-6;

    public PageRankOptions {
        if (!(damping >= 0 && damping <= 1)) {
            throw new IllegalArgumentException("damping must be in [0, 1], got " + damping);
        }
        if (maxIterations < 0) {
            throw new IllegalArgumentException(
                    "maxIterations must be >= 0 (0 returns the uniform vector), got " + maxIterations);
        }
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException(
                    "tolerance must be >= 0 (0 runs exactly maxIterations iterations), got " + tolerance);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (cancelled == null) {
            cancelled = Cancellation.NEVER;
        }
    }

    /** NetworkX's defaults (damping 0.85, 100 iterations, tolerance 1e-6) on all processors. */
    public static PageRankOptions defaults() {
        return new PageRankOptions(DEFAULT_DAMPING, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE,
                Runtime.getRuntime().availableProcessors(), Cancellation.NEVER);
    }

    public PageRankOptions withDamping(double value) {
        return new PageRankOptions(value, maxIterations, tolerance, threads, cancelled);
    }

    public PageRankOptions withMaxIterations(int value) {
        return new PageRankOptions(damping, value, tolerance, threads, cancelled);
    }

    public PageRankOptions withTolerance(double value) {
        return new PageRankOptions(damping, maxIterations, value, threads, cancelled);
    }

    public PageRankOptions withThreads(int value) {
        return new PageRankOptions(damping, maxIterations, tolerance, value, cancelled);
    }

    public PageRankOptions withCancellation(BooleanSupplier value) {
        return new PageRankOptions(damping, maxIterations, tolerance, threads, value);
    }
}
