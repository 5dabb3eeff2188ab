package org.parquetframe.benchmarks.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.parquetframe.kernels.parallel.Cancellation;
import org.parquetframe.kernels.paths.ShortestPathResult;

/**
 * Kernel time of one weighted shortest path, from the source of the first edge to the target of the
 * last, on a graph built beforehand.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {BenchmarkDefaults.HEAP, BenchmarkDefaults.QUIET_SLF4J})
public class ShortestPathBenchmark {

  @Benchmark
  public ShortestPathResult shortestPath(KernelGraphState.Weighted state) {
    return state.kernels.shortestPath(state.graph, state.start, state.target, true, true, state.threads,
        Cancellation.NEVER);
  }
}
