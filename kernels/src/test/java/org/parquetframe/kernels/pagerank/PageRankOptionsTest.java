package org.parquetframe.kernels.pagerank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.parquetframe.kernels.parallel.Cancellation;

class PageRankOptionsTest {

    @Test
    void defaultsAreNetworkXs() {
        PageRankOptions options = PageRankOptions.defaults();
        assertEquals(0.85, options.damping());
        assertEquals(100, options.maxIterations());
        assertEquals(1e-6, options.tolerance());
        assertFalse(options.cancelled().getAsBoolean());
    }

    @Test
    void nullCancellationMeansNever() {
        assertSame(Cancellation.NEVER, PageRankOptions.defaults().withCancellation(null).cancelled());
    }

    @Test
    void boundaryValuesAreAccepted() {
        PageRankOptions.defaults().withDamping(0).withDamping(1).withMaxIterations(0).withTolerance(0).withThreads(1);
    }

    @Test
    void rejectionsNameTheArgumentTheValueAndTheRange() {
        PageRankOptions options = PageRankOptions.defaults();
        assertMessage("damping must be in [0, 1], got 1.5", () -> options.withDamping(1.5));
        assertMessage("damping must be in [0, 1], got NaN", () -> options.withDamping(Double.NaN));
        assertMessage("maxIterations must be >= 0 (0 returns the uniform vector), got -1",
                () -> options.withMaxIterations(-1));
        assertMessage("tolerance must be >= 0 (0 runs exactly maxIterations iterations), got -1.0E-6",
                () -> options.withTolerance(-1e-6));
        assertMessage("threads must be >= 1, got 0", () -> options.withThreads(0));
    }

    private static void assertMessage(String expected, Runnable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call::run).getMessage());
    }
}
