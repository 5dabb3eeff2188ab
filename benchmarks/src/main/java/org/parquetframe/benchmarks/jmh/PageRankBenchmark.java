package org.parquetframe.benchmarks.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.parquetframe.kernels.pagerank.PageRankOptions;
import org.parquetframe.kernels.pagerank.PageRankResult;

/**
 * Kernel time of 20 power iterations (pull over the in-edge CSR), as in the GAP suite, on a graph
 * built beforehand.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {BenchmarkDefaults.HEAP, BenchmarkDefaults.QUIET_SLF4J})
public class PageRankBenchmark {
  /** Exactly 20 iterations (tolerance 0), as JGraphT runs them in the end-to-end comparison. */
  private static final PageRankOptions OPTIONS = PageRankOptions.defaults().withMaxIterations(20).withTolerance(0);

  @Benchmark
  public PageRankResult pagerank(KernelGraphState state) {
    return state.kernels.pagerank(state.graph, OPTIONS.withThreads(state.threads));
  }
}
