package org.parquetframe.functions;

import java.util.Locale;

/** Which implementation of a graph kernel runs: {@code auto} picks, {@code jvm} and {@code native} insist. */
public enum Engine {
  AUTO, JVM, NATIVE;

  public static Engine parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown engine '" + text + "'; use 'auto', 'jvm' or 'native'");
    }
  }

  /** Whether a native kernel library is loaded; this build has none. */
  public boolean nativeAvailable() {
    return false;
  }

  /** Why native kernels are or are not available, for pf_debug_info(). */
  public static String nativeStatus() {
    return "not loaded: this build of ParquetFrame SQL ships no native kernel library (JVM kernels are used)";
  }

  /**
   * The engine that will run. This build ships no native library yet, so {@code native} is an
   * error that says so and {@code auto} runs on the JVM.
   */
  public Engine resolve() {
    if (this == NATIVE) {
      throw new IllegalArgumentException("engine 'native' is not available: this build of ParquetFrame SQL has no "
          + "native kernel library; use engine => 'jvm' or 'auto'");
    }
    return JVM;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
