package org.parquetframe.functions;

import java.util.Set;
import java.util.TreeSet;
import org.parquetframe.kernels.GraphKernels;
import org.parquetframe.kernels.JvmKernels;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.nativekernels.NativeKernels;
import org.parquetframe.nativekernels.NativeLibrary;
import org.parquetframe.nativekernels.ParquetFrameLog;

/**
 * The rule of {@code engine => 'auto'}, from the native-vs-JVM measurements in docs/benchmarks.md:
 * a function runs natively when the library is loaded, the graph has at least
 * {@link #MIN_NATIVE_EDGES} edges, and native measured at least as fast as the JIT-compiled JVM
 * kernel for that function; otherwise on the JVM. Below the size threshold both engines take
 * milliseconds, and the JVM spares loading the library at all.
 */
final class AutoEngine {
  private static final ParquetFrameLog LOG = ParquetFrameLog.get(AutoEngine.class);

  /** Graphs smaller than this always run on the JVM. */
  static final long MIN_NATIVE_EDGES = 100_000;

  /**
   * The functions native ran at least as fast on, over repeated runs on 1 and 2 threads.
   * {@code connected_components} and {@code bfs} are not among them: their JVM kernels were faster
   * in almost every run (BFS on a quiet machine, 10M edges: 21.6 against 25.4 ms on 2 threads).
   */
  static final Set<String> NATIVE_FUNCTIONS = Set.of("pagerank", "dfs", "dijkstra", "shortest_path");

  private AutoEngine() {}

  static GraphKernels choose(String operation, Graph graph) {
    if (!NATIVE_FUNCTIONS.contains(operation) || graph.edgeCount() < MIN_NATIVE_EDGES) {
      return JvmKernels.INSTANCE; // decided before touching the library: such calls never load it
    }
    if (!NativeLibrary.isAvailable()) {
      LOG.infoOnce("auto-engine-fallback", "engine 'auto' runs graph functions on the JVM: the native library is "
          + NativeLibrary.status());
      return JvmKernels.INSTANCE;
    }
    return NativeKernels.get();
  }

  /** The rule in words, for pf_debug_info(). */
  static String describe() {
    if (!NativeLibrary.isAvailable()) {
      return "jvm (native not available)";
    }
    return "native for graphs of at least " + MIN_NATIVE_EDGES + " edges in "
        + String.join(", ", new TreeSet<>(NATIVE_FUNCTIONS)) + "; jvm otherwise";
  }
}
