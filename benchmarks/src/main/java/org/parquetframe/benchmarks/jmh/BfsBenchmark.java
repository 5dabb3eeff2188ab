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
import org.parquetframe.kernels.traversal.BfsResult;

/**
 * Kernel time of a whole-graph directed BFS (direction-optimizing) from the source of the first
 * edge, on a graph built beforehand.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {BenchmarkDefaults.HEAP, BenchmarkDefaults.QUIET_SLF4J})
public class BfsBenchmark {

  @Benchmark
  public BfsResult bfs(KernelGraphState state) {
    return state.kernels.bfs(state.graph, state.start, true, -1, state.threads, Cancellation.NEVER);
  }
}
