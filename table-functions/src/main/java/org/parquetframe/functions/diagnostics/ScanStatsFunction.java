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
import org.parquetframe.adapter.ParquetSchema;
import org.parquetframe.adapter.diagnostics.ScanStats;

/**
 * {@code pf_scan_stats()}: one row per Parquet table scan of the connection's latest query that
 * read a table, with its pushed filter and the files, row groups and rows it read and skipped
 * (docs/pushdown.md says how to read them).
 */
public final class ScanStatsFunction extends AbstractTable implements ScannableTable {

  public static ScanStatsFunction pfScanStats() {
    return new ScanStatsFunction();
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory types) {
    RelDataTypeFactory.Builder builder = types.builder()
        .add("scan_id", SqlTypeName.INTEGER)
        .add("table_name", SqlTypeName.VARCHAR)
        .add("pushed_filter", SqlTypeName.VARCHAR).nullable(true);
    for (ScanStats.Counter counter : ScanStats.Counter.values()) {
      builder.add(counter.columnName(), SqlTypeName.BIGINT);
    }
    return builder.build();
  }

  @Override
  public Enumerable<Object[]> scan(DataContext root) {
    ParquetSchema schema = ParquetSchema.in(root.getRootSchema());
    List<Object[]> rows = new ArrayList<>();
    if (schema != null) {
      for (ScanStats stats : schema.scanCounters().lastQuery()) {
        Object[] row = new Object[3 + ScanStats.Counter.values().length];
        row[0] = stats.scan();
        row[1] = stats.table();
        row[2] = stats.filter();
        for (ScanStats.Counter counter : ScanStats.Counter.values()) {
          row[3 + counter.ordinal()] = stats.get(counter);
        }
        rows.add(row);
      }
    }
    return Linq4j.asEnumerable(rows);
  }
}
