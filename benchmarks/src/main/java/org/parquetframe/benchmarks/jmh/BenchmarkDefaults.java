package org.parquetframe.benchmarks.jmh;

/** Settings shared by the kernel benchmarks, as constants so that annotations can use them. */
final class BenchmarkDefaults {
  /** Enough for the 10M-edge graphs with both CSR directions and a kernel's working arrays. */
  static final String HEAP = "-Xmx6g";
  /** The kernels log through SLF4J, which has no provider here and would warn in every fork. */
  static final String QUIET_SLF4J = "-Dslf4j.internal.verbosity=ERROR";

  private BenchmarkDefaults() {}
}
