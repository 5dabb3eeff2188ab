package org.parquetframe.adapter;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.calcite.DataContext;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.parquetframe.adapter.diagnostics.ScanCounters;
import org.parquetframe.adapter.limits.MemoryLimit;
import org.parquetframe.adapter.metadata.DataRoot;
import org.parquetframe.adapter.metadata.FooterCache;
import org.parquetframe.adapter.metadata.FooterStore;
import org.parquetframe.adapter.planner.PlanCache;

/**
 * The connection's root directory as a Calcite schema: one {@link ParquetTable} per Parquet file
 * or sub-directory, looked up afresh on each query so that new files show up without reconnecting.
 */
public final class ParquetSchema extends AbstractSchema {
  /** The name under which the driver mounts this schema; it is the connection's default schema. */
  public static final String NAME = "main";

  private final DataRoot root;
  private final MemoryLimit memoryLimit;
  private final int threads;
  private final FooterCache footers;
  private final Map<Path, ParquetTable> tablesByLocation = new ConcurrentHashMap<>();
  private final Map<Class<?>, Object> extensions = new ConcurrentHashMap<>();
  private final ScanCounters scanCounters = new ScanCounters();
  private final PlanCache planCache = new PlanCache();

  /**
   * {@code threads}: the connection's {@code threads}, how many threads a table scan decodes on (its
   * query's own included) and how many footers of a table are read at once.
   */
  public ParquetSchema(DataRoot root, MemoryLimit memoryLimit, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    this.root = root;
    this.memoryLimit = memoryLimit;
    this.threads = threads;
    this.footers = new FooterCache(FooterStore.shared(), threads);
  }

  public MemoryLimit memoryLimit() {
    return memoryLimit;
  }

  /** Threads a table scan decodes on, its query's own included. */
  public int scanThreads() {
    return threads;
  }

  public DataRoot root() {
    return root;
  }

  public FooterCache footers() {
    return footers;
  }

  /** What the scans of the connection's latest query read and skipped ({@code pf_scan_stats()}). */
  public ScanCounters scanCounters() {
    return scanCounters;
  }

  /** The connection's prepared statements, by SQL text. */
  public PlanCache planCache() {
    return planCache;
  }

  /** The scan counters of the connection that runs {@code root}; throwaway ones outside a connection. */
  static ScanCounters scanCounters(DataContext root) {
    ParquetSchema schema = root == null || root.getRootSchema() == null ? null : in(root.getRootSchema());
    return schema == null ? new ScanCounters() : schema.scanCounters();
  }

  @Override
  protected Map<String, Table> getTableMap() {
    Map<String, Table> tables = new LinkedHashMap<>();
    root.tables().forEach((name, location) -> tables.put(name, table(location)));
    return tables;
  }

  /** The table over {@code location} (a file or directory), shared by every query that reads it. */
  public ParquetTable table(Path location) {
    return tablesByLocation.computeIfAbsent(location, l -> new ParquetTable(l, footers, memoryLimit, threads));
  }

  /**
   * Per-connection state of a layer above the adapter (the graph functions keep their session
   * here), so that generated code can reach it from the root schema.
   */
  public <T> void attach(Class<T> type, T extension) {
    extensions.put(type, extension);
  }

  public <T> T extension(Class<T> type) {
    return type.cast(extensions.get(type));
  }

  /** The Parquet schema mounted under {@link #NAME} in {@code rootSchema}, or null. */
  public static ParquetSchema in(SchemaPlus rootSchema) {
    SchemaPlus schema = rootSchema.getSubSchema(NAME);
    if (schema == null) {
      return null;
    }
    try {
      return schema.unwrap(ParquetSchema.class);
    } catch (ClassCastException e) {
      return null;
    }
  }

  @Override
  public boolean isMutable() {
    return false;
  }
}
