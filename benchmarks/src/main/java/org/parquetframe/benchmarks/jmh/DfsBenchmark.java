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
import org.parquetframe.kernels.traversal.DfsResult;

/**
 * Kernel time of a whole-graph directed iterative DFS from the source of the first edge (serial:
 * the threads parameter does not apply), on a graph built beforehand.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {BenchmarkDefaults.HEAP, BenchmarkDefaults.QUIET_SLF4J})
public class DfsBenchmark {

  @Benchmark
  public DfsResult dfs(KernelGraphState state) {
    return state.kernels.dfs(state.graph, state.start, true, -1, Cancellation.NEVER);
  }
}
