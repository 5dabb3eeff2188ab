package org.parquetframe.adapter;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.adapter.java.AbstractQueryableTable;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.linq4j.Queryable;
import org.apache.calcite.schema.SchemaPlus;
import org.parquetframe.adapter.limits.MemoryLimit;
import org.parquetframe.adapter.metadata.FooterCache;
import org.parquetframe.adapter.metadata.TableColumn;
import org.parquetframe.adapter.metadata.TableSnapshot;

/**
 * A Parquet file or directory as a table. Planning turns it into a {@link ParquetTableScan}; the
 * generated code calls {@link #project} with the columns the query needs, and only those are read.
 */
public final class ParquetTable extends AbstractQueryableTable implements TranslatableTable {
  private final Path location;
  private final FooterCache footers;
  private final MemoryLimit memoryLimit;
  private volatile TableSnapshot snapshot;

  ParquetTable(Path location, FooterCache footers, MemoryLimit memoryLimit) {
    super(Object[].class);
    this.location = location;
    this.footers = footers;
    this.memoryLimit = memoryLimit;
  }

  public Path location() {
    return location;
  }

  public FooterCache footers() {
    return footers;
  }

  /** The files and columns as they are now, re-read only when a file changed. */
  public TableSnapshot snapshot() {
    TableSnapshot current = snapshot;
    if (current == null || !current.isCurrent()) {
      current = TableSnapshot.read(location, footers);
      snapshot = current;
    }
    return current;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    RelDataTypeFactory.Builder builder = typeFactory.builder();
    for (TableColumn column : snapshot().columns()) {
      builder.add(column.name(), column.type().toRelDataType(typeFactory));
    }
    return builder.build();
  }

  @Override
  public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    int fieldCount = relOptTable.getRowType().getFieldCount();
    String[] columns = relOptTable.getRowType().getFieldNames().toArray(new String[fieldCount]);
    return new ParquetTableScan(context.getCluster(), relOptTable, this, columns);
  }

  /**
   * Not used: planning always goes through {@link #toRel}. Being a queryable table is what lets
   * generated code find this table in the schema at run time.
   */
  @Override
  public <T> Queryable<T> asQueryable(QueryProvider queryProvider, SchemaPlus schema, String tableName) {
    throw new UnsupportedOperationException("ParquetTable is scanned through ParquetTableScan");
  }

  /**
   * Rows holding just the named columns, in that order; called from generated code. A single
   * column's rows are its bare values (Calcite's scalar row format), others are {@code Object[]}.
   */
  public Enumerable<Object> project(DataContext root, String[] columns) {
    TableSnapshot current = snapshot();
    AtomicBoolean cancelled = root == null ? new AtomicBoolean() : DataContext.Variable.CANCEL_FLAG.get(root);
    return new AbstractEnumerable<>() {
      @Override
      @SuppressWarnings({"unchecked", "rawtypes"})
      public Enumerator<Object> enumerator() {
        Enumerator<Object[]> rows = new ParquetRowEnumerator(current, columns, footers, memoryLimit, cancelled);
        return columns.length == 1 ? Linq4j.transform(rows, row -> row[0]) : (Enumerator) rows;
      }
    };
  }
}
