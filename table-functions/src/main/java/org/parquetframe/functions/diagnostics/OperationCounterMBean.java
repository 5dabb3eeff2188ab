package org.parquetframe.functions.diagnostics;

/**
 * The JMX view of one {@code pf_metrics()} row: what one operation did on one engine since the JVM
 * started. Registered as {@code org.parquetframe:type=Metrics,operation=<op>,engine=<engine>}.
 */
public interface OperationCounterMBean {
  String getOperation();

  String getEngine();

  long getCalls();

  double getTotalMs();

  double getMaxMs();

  long getRowCount();
}
