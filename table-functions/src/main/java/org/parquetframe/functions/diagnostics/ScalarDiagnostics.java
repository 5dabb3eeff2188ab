package org.parquetframe.functions.diagnostics;

import org.parquetframe.functions.Engine;

/** The scalar diagnostic functions {@code pf_version()} and {@code pf_native_available()}. */
public final class ScalarDiagnostics {
  private ScalarDiagnostics() {}

  public static String pfVersion() {
    return ProductVersion.version();
  }

  public static boolean pfNativeAvailable() {
    return Engine.nativeAvailable();
  }
}
