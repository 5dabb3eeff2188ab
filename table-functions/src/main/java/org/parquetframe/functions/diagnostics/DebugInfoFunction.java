package org.parquetframe.functions.diagnostics;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.parquetframe.functions.Engine;
import org.parquetframe.functions.GraphSession;
import org.parquetframe.nativekernels.ParquetFrameEnvironment;
import org.parquetframe.nativekernels.ParquetFrameLog;

/** {@code pf_debug_info()}: (name, detail) rows describing the versions, engine, threads and caches in use. */
public final class DebugInfoFunction extends AbstractTable implements ScannableTable {

  public static DebugInfoFunction pfDebugInfo() {
    return new DebugInfoFunction();
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory types) {
    return types.builder().add("name", SqlTypeName.VARCHAR).add("detail", SqlTypeName.VARCHAR).build();
  }

  @Override
  public Enumerable<Object[]> scan(DataContext root) {
    GraphSession session = GraphSession.of(root);
    List<Object[]> rows = new ArrayList<>();
    add(rows, "version", ProductVersion.version());
    add(rows, "java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
    add(rows, "os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    add(rows, "calcite", ProductVersion.libraryVersion("calcite"));
    add(rows, "parquet_java", ProductVersion.libraryVersion("parquet"));
    add(rows, "data_directory", session.schema().root().path().toString());
    add(rows, "engine", session.settings().engine().toString());
    add(rows, "engine_in_use", session.settings().engine().inUse());
    add(rows, "native_available", Boolean.toString(Engine.nativeAvailable()));
    add(rows, "native_library", Engine.nativeStatus());
    add(rows, "threads", Integer.toString(session.settings().threads()));
    ParquetFrameEnvironment environment = ParquetFrameEnvironment.system();
    for (String variable : new String[] {ParquetFrameEnvironment.DISABLE_NATIVE, ParquetFrameEnvironment.THREADS,
        ParquetFrameEnvironment.LOG}) {
      add(rows, "env." + variable, String.valueOf(environment.get(variable)));
    }
    add(rows, "log_level", ParquetFrameLog.threshold());
    add(rows, "graph_cache", session.graphs().size() + " graphs, " + session.graphs().usedBytes() + " of "
        + session.graphs().budgetBytes() + " bytes, " + session.graphs().hits() + " hits, "
        + session.graphs().builds() + " builds");
    add(rows, "footer_cache", session.schema().footers().store().describe());
    add(rows, "plan_cache", session.schema().planCache().describe());
    add(rows, "max_heap_bytes", Long.toString(Runtime.getRuntime().maxMemory()));
    return Linq4j.asEnumerable(rows);
  }

  private static void add(List<Object[]> rows, String name, String detail) {
    rows.add(new Object[] {name, detail});
  }
}
