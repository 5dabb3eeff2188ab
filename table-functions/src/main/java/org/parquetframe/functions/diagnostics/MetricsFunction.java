package org.parquetframe.functions.diagnostics;

import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/** {@code pf_metrics()}: one row per (operation, engine) with calls, total and max time, and rows. */
public final class MetricsFunction extends AbstractTable implements ScannableTable {

  public static MetricsFunction pfMetrics() {
    return new MetricsFunction();
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory types) {
    return types.builder()
        .add("operation", SqlTypeName.VARCHAR)
        .add("engine", SqlTypeName.VARCHAR)
        .add("calls", SqlTypeName.BIGINT)
        .add("total_ms", SqlTypeName.DOUBLE)
        .add("max_ms", SqlTypeName.DOUBLE)
        .add("row_count", SqlTypeName.BIGINT)
        .build();
  }

  @Override
  public Enumerable<Object[]> scan(DataContext root) {
    List<Object[]> rows = Metrics.snapshot().stream()
        .map(m -> new Object[] {m.operation(), m.engine(), m.calls(), m.totalMs(), m.maxMs(), m.rowCount()})
        .toList();
    return Linq4j.asEnumerable(rows);
  }
}
