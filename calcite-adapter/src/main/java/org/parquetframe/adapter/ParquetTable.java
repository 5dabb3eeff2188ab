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
import org.parquetframe.adapter.answer.MetadataQuery;
import org.parquetframe.adapter.answer.MetadataRows;
import org.parquetframe.adapter.diagnostics.ScanStats;
import org.parquetframe.adapter.format.FileChangedException;
import org.parquetframe.adapter.format.ParquetFormatException;
import org.parquetframe.adapter.limits.MemoryLimit;
import org.parquetframe.adapter.metadata.FooterCache;
import org.parquetframe.adapter.metadata.TableColumn;
import org.parquetframe.adapter.metadata.TableSnapshot;
import org.parquetframe.adapter.planner.PlannedSnapshots;
import org.parquetframe.adapter.predicate.ScanPredicate;
import org.parquetframe.adapter.predicate.ScanPruner;
import org.parquetframe.adapter.scan.BatchScan;

/**
 * A Parquet file or directory as a table. Planning turns it into a {@link ParquetTableScan}; the
 * generated code calls {@link #project} with the columns the query needs, and only those are read.
 */
public final class ParquetTable extends AbstractQueryableTable implements TranslatableTable {
  private final Path location;
  private final FooterCache footers;
  private final MemoryLimit memoryLimit;
  /** Threads a scan decodes on, the query's own included. */
  private final int threads;
  private volatile TableSnapshot snapshot;
  /** The snapshot whose columns the latest plan over this table was made with. */
  private volatile TableSnapshot planned;
  /** The latest metadata answer, reused while the files and the question stay the same. */
  private volatile KeptAnswer keptAnswer;

  /** A metadata answer (null: the footers cannot give it) for a snapshot and a question. */
  private record KeptAnswer(TableSnapshot snapshot, MetadataQuery query, MetadataRows rows) {}

  /** Answers with more rows than this are computed again rather than kept. */
  private static final int MAX_KEPT_ANSWER_ROWS = 10_000;

  ParquetTable(Path location, FooterCache footers, MemoryLimit memoryLimit, int threads) {
    super(Object[].class);
    this.location = location;
    this.footers = footers;
    this.memoryLimit = memoryLimit;
    this.threads = threads;
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
    PlannedSnapshots.note(this, current);
    return current;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    TableSnapshot current = snapshot();
    planned = current;
    RelDataTypeFactory.Builder builder = typeFactory.builder();
    for (TableColumn column : current.columns()) {
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
   * column's rows are its bare values (Calcite's scalar row format), no column's empty lists,
   * others are {@code Object[]}.
   * The rows are those of the files as they are when the query starts; if they changed since it
   * was planned, the query reads the new files as long as its columns kept their types, and
   * stops with an error saying so otherwise (docs/adr/0006-files-changing-underneath.md).
   */
  public Enumerable<Object> project(DataContext root, String[] columns) {
    return project(root, columns, ScanPredicate.all(), location.getFileName().toString());
  }

  /**
   * As {@link #project(DataContext, String[])}, skipping the files, row groups and pages where no
   * row can pass {@code filter} (a hint: the plan filters the rows again), and counting what the
   * scan read and skipped for {@code pf_scan_stats()} under {@code tableName}. Row groups are
   * decoded into columnar batches on the connection's {@code threads} ({@link BatchScan}).
   */
  public Enumerable<Object> project(DataContext root, String[] columns, ScanPredicate filter, String tableName) {
    TableSnapshot current = snapshot();
    checkPlannedColumns(current, columns);
    AtomicBoolean cancelled = root == null ? new AtomicBoolean() : DataContext.Variable.CANCEL_FLAG.get(root);
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object> enumerator() {
        ScanStats stats = ParquetSchema.scanCounters(root)
            .startScan(root, tableName, filter.isAll() ? null : filter.toString());
        BatchScan scan = new BatchScan(current, columns, footers, ScanPruner.of(current, filter, stats), memoryLimit,
            threads, cancelled);
        return new ParquetRowEnumerator(scan, columns.length, cancelled);
      }
    };
  }

  /**
   * The rows of a {@link ParquetMetadataScan}, one per row group, from the footers of the files as
   * they are when the query starts (checked against the plan's column types, as {@link #project}
   * does). Where a footer then cannot give an asked value exactly (the files changed since
   * planning), the table's columns are scanned instead, each row read standing for a row group of
   * one row. Called from generated code.
   */
  public Enumerable<Object> answerFromMetadata(DataContext root, MetadataQuery query, String tableName) {
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object> enumerator() {
        MetadataRows answer;
        try {
          answer = metadataRows(query);
        } catch (RuntimeException e) {
          throw JdbcErrors.asSqlException(e);
        }
        if (answer == null) {
          return Linq4j.transform(project(root, query.tableColumns(), query.partitions(), tableName).enumerator(),
              query.fromScannedRows()::apply);
        }
        ScanStats stats = ParquetSchema.scanCounters(root)
            .startScan(root, tableName, query.partitions().isAll() ? null : query.partitions().toString());
        stats.add(ScanStats.Counter.FILES_TOTAL, answer.files());
        stats.add(ScanStats.Counter.FILES_SKIPPED_BY_PARTITION, answer.filesSkippedByPartition());
        stats.add(ScanStats.Counter.FILES_SKIPPED_BY_ROW_GROUPS, answer.filesWithoutRowGroups());
        stats.add(ScanStats.Counter.FILES_ANSWERED_FROM_METADATA, answer.filesAnswered());
        stats.add(ScanStats.Counter.ROW_GROUPS_TOTAL, answer.rowGroups());
        stats.add(ScanStats.Counter.ROW_GROUPS_ANSWERED_FROM_METADATA, answer.rowGroups());
        return Linq4j.enumerator(answer.rows());
      }
    };
  }

  /** The metadata answer over the current files, taken again if a file changes while its footer is read. */
  private MetadataRows metadataRows(MetadataQuery query) {
    for (int attempt = 1; ; attempt++) {
      TableSnapshot current = snapshot();
      checkPlannedColumns(current, query.tableColumns());
      try {
        return metadataRows(current, query);
      } catch (FileChangedException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /**
   * The answer to {@code query} from the footers of {@code snapshot}, or null if they cannot give
   * it. The planner asks several times per statement and the statement asks again when it runs:
   * a small answer is kept while the snapshot (unchanged files) and the question are the same.
   */
  MetadataRows metadataRows(TableSnapshot snapshot, MetadataQuery query) {
    KeptAnswer kept = keptAnswer;
    if (kept != null && kept.snapshot() == snapshot && kept.query().equals(query)) {
      return kept.rows();
    }
    MetadataRows rows = MetadataRows.of(snapshot, footers, query);
    if (rows == null || rows.rows().size() <= MAX_KEPT_ANSWER_ROWS) {
      keptAnswer = new KeptAnswer(snapshot, query, rows);
    }
    return rows;
  }

  /** The snapshot the latest plan's row type came from: what rules planning this statement see. */
  TableSnapshot plannedSnapshot() {
    TableSnapshot plan = planned;
    return plan == null ? snapshot() : plan;
  }

  /** Each column the plan reads still exists with the type the plan was made for. */
  private void checkPlannedColumns(TableSnapshot current, String[] columns) {
    TableSnapshot plan = planned;
    if (plan == null || plan == current) {
      return;
    }
    for (String name : columns) {
      TableColumn then = column(plan, name);
      TableColumn now = column(current, name);
      if (now == null || (then != null && !then.type().equals(now.type()))) {
        String change = now == null ? "column '" + name + "' no longer exists"
            : "column '" + name + "' is now " + now.type() + ", not " + then.type();
        throw new ParquetFormatException(location, "its files changed after the query was planned (" + change
            + "); run the query again");
      }
    }
  }

  private static TableColumn column(TableSnapshot snapshot, String name) {
    for (TableColumn column : snapshot.columns()) {
      if (column.name().equals(name)) {
        return column;
      }
    }
    return null;
  }
}
