package org.parquetframe.functions.diagnostics;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.ObjectName;
import org.parquetframe.nativekernels.ParquetFrameLog;

/** Calls, time and rows of one operation on one engine; a standard MBean, so monitoring tools see the same figures. */
public final class OperationCounter implements OperationCounterMBean {
  private static final ParquetFrameLog LOG = ParquetFrameLog.get(OperationCounter.class);

  private final String operation;
  private final String engine;
  private long calls;
  private long totalNanos;
  private long maxNanos;
  private long rows;

  OperationCounter(String operation, String engine) {
    this.operation = operation;
    this.engine = engine;
  }

  synchronized void add(long nanos, long rowCount) {
    calls++;
    totalNanos += nanos;
    maxNanos = Math.max(maxNanos, nanos);
    rows += rowCount;
  }

  synchronized Metrics.Snapshot snapshot() {
    return new Metrics.Snapshot(operation, engine, calls, totalNanos / 1e6, maxNanos / 1e6, rows);
  }

  /**
   * Registers this counter with the platform MBean server, once per JVM. A second copy of the
   * driver in another class loader finds the name taken and keeps its counters to SQL only.
   */
  void register() {
    try {
      ObjectName name = new ObjectName("org.parquetframe:type=Metrics,operation=" + ObjectName.quote(operation)
          + ",engine=" + ObjectName.quote(engine));
      ManagementFactory.getPlatformMBeanServer().registerMBean(this, name);
    } catch (JMException | RuntimeException e) {
      LOG.debug("metrics of " + operation + " on " + engine + " are not exposed over JMX: " + e);
    }
  }

  @Override
  public String getOperation() {
    return operation;
  }

  @Override
  public String getEngine() {
    return engine;
  }

  @Override
  public synchronized long getCalls() {
    return calls;
  }

  @Override
  public synchronized double getTotalMs() {
    return totalNanos / 1e6;
  }

  @Override
  public synchronized double getMaxMs() {
    return maxNanos / 1e6;
  }

  @Override
  public synchronized long getRowCount() {
    return rows;
  }
}
