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

/** Kernel time of weakly connected components (parallel union-find), on a graph built beforehand. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {BenchmarkDefaults.HEAP, BenchmarkDefaults.QUIET_SLF4J})
public class ConnectedComponentsBenchmark {

  @Benchmark
  public int[] connectedComponents(KernelGraphState state) {
    return state.kernels.connectedComponents(state.graph, state.threads, Cancellation.NEVER);
  }
}
