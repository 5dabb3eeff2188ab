package org.parquetframe.functions;

import java.util.Locale;
import org.parquetframe.kernels.GraphKernels;
import org.parquetframe.kernels.JvmKernels;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.nativekernels.NativeKernels;
import org.parquetframe.nativekernels.NativeLibrary;

/**
 * Which implementation of a graph kernel runs: {@code jvm} and {@code native} insist, {@code auto}
 * picks native where it measured faster and falls back to the JVM whenever native is missing
 * ({@link AutoEngine}, docs/native.md).
 */
public enum Engine {
  AUTO, JVM, NATIVE;

  public static Engine parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown engine '" + text + "'; use 'auto', 'jvm' or 'native'");
    }
  }

  /** Whether the native kernel library is loaded in this JVM (loading it on first call). */
  public static boolean nativeAvailable() {
    return NativeLibrary.isAvailable();
  }

  /** Where the native library came from, or why it is not loaded, for pf_debug_info(). */
  public static String nativeStatus() {
    return NativeLibrary.status();
  }

  /**
   * Checks, when a query is planned, that this engine can run.
   *
   * @throws IllegalArgumentException for {@code native} when the library is not loaded, saying why
   */
  public void check() {
    if (this == NATIVE && !NativeLibrary.isAvailable()) {
      throw new IllegalArgumentException("engine 'native' is not available (" + NativeLibrary.status()
          + "); use engine => 'jvm' or 'auto'");
    }
  }

  /** The kernels that run {@code operation} (a graph function's name) on {@code graph}. */
  public GraphKernels kernels(String operation, Graph graph) {
    return switch (this) {
      case JVM -> JvmKernels.INSTANCE;
      case NATIVE -> {
        check();
        yield NativeKernels.get();
      }
      case AUTO -> AutoEngine.choose(operation, graph);
    };
  }

  /** What this setting runs, in words, for pf_debug_info(). */
  public String inUse() {
    return switch (this) {
      case JVM -> "jvm";
      case NATIVE -> NativeLibrary.isAvailable() ? "native" : "none: native is not available, graph functions fail";
      case AUTO -> AutoEngine.describe();
    };
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
