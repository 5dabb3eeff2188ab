package org.parquetframe.functions.diagnostics;

import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.apache.calcite.schema.impl.TableFunctionImpl;

/**
 * Registers {@code pf_version}, {@code pf_native_available}, {@code pf_debug_info}, {@code pf_metrics}
 * and {@code pf_scan_stats}.
 */
public final class DiagnosticFunctions {
  private DiagnosticFunctions() {}

  public static void register(SchemaPlus schema) {
    schema.add("PF_VERSION", ScalarFunctionImpl.create(ScalarDiagnostics.class, "pfVersion"));
    schema.add("PF_NATIVE_AVAILABLE", ScalarFunctionImpl.create(ScalarDiagnostics.class, "pfNativeAvailable"));
    schema.add("PF_DEBUG_INFO", TableFunctionImpl.create(DebugInfoFunction.class, "pfDebugInfo"));
    schema.add("PF_METRICS", TableFunctionImpl.create(MetricsFunction.class, "pfMetrics"));
    schema.add("PF_SCAN_STATS", TableFunctionImpl.create(ScanStatsFunction.class, "pfScanStats"));
  }
}
