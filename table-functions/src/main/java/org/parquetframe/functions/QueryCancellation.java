package org.parquetframe.functions;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.apache.calcite.DataContext;

/**
 * When a running query must stop: {@code Statement.cancel()} sets Calcite's cancel flag, and
 * {@code Statement.setQueryTimeout} only puts the timeout into the data context (Calcite enforces
 * it nowhere), so the deadline is checked here, counted from the statement's start. Kernels ask
 * {@link #asSupplier()} between iterations, levels and chunks, on either engine.
 */
final class QueryCancellation {
  private final AtomicBoolean flag;
  private final long timeoutMillis;
  private final long deadlineMillis;

  private QueryCancellation(AtomicBoolean flag, long timeoutMillis, long startMillis) {
    this.flag = flag;
    this.timeoutMillis = timeoutMillis;
    this.deadlineMillis = timeoutMillis > 0 ? startMillis + timeoutMillis : Long.MAX_VALUE;
  }

  static QueryCancellation of(DataContext root) {
    AtomicBoolean flag = DataContext.Variable.CANCEL_FLAG.get(root);
    Object timeout = root.get(DataContext.Variable.TIMEOUT.camelName);
    Object start = root.get(DataContext.Variable.UTC_TIMESTAMP.camelName);
    return new QueryCancellation(flag, timeout instanceof Long millis ? millis : 0,
        start instanceof Long millis ? millis : System.currentTimeMillis());
  }

  /** True once the statement was cancelled or its timeout passed; cheap and thread-safe. */
  BooleanSupplier asSupplier() {
    if (flag == null && deadlineMillis == Long.MAX_VALUE) {
      return () -> false;
    }
    return () -> (flag != null && flag.get()) || System.currentTimeMillis() >= deadlineMillis;
  }

  /** Why the kernel stopped, for the error the user sees. */
  String reason() {
    if (flag != null && flag.get()) {
      return "the statement was cancelled";
    }
    return System.currentTimeMillis() >= deadlineMillis
        ? "the query timeout of " + timeoutMillis / 1000.0 + " s was reached" : "it was cancelled";
  }
}
