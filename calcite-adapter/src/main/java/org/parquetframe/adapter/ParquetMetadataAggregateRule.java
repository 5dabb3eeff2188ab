package org.parquetframe.adapter;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptRuleOperand;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelCollations;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlValidatorUtil;
import org.apache.calcite.util.ImmutableBitSet;
import org.parquetframe.adapter.answer.MetadataColumn;
import org.parquetframe.adapter.answer.MetadataColumn.Kind;
import org.parquetframe.adapter.answer.MetadataQuery;
import org.parquetframe.adapter.answer.MetadataRows;
import org.parquetframe.adapter.metadata.TableColumn;
import org.parquetframe.adapter.metadata.TableSnapshot;
import org.parquetframe.adapter.predicate.PredicateTranslator;
import org.parquetframe.adapter.predicate.ScanPredicate;

/**
 * Answers {@code COUNT(*)}, {@code COUNT(c)}, {@code MIN(c)} and {@code MAX(c)} over a Parquet
 * table from its footers, grouped by and filtered on partition keys only: the aggregate is
 * rewritten onto a {@link ParquetMetadataScan}, whose rows (one per row group) carry row counts,
 * partition values and exact statistics. Counts become sums of counts, minimums the minimum of
 * minimums; the filter stays and Calcite evaluates it exactly on the partition values, which are
 * those of every row of the row group. Anything else (another aggregate, a filter on a stored
 * column, statistics that are not exact in some row group now) leaves the plan as it was.
 */
public final class ParquetMetadataAggregateRule extends RelOptRule {

  ParquetMetadataAggregateRule(RelOptRuleOperand operand, String description) {
    super(operand, description);
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalAggregate aggregate = call.rel(0);
    ParquetTableScan scan = call.rel(call.rels.length - 1);
    LogicalProject project = find(call, LogicalProject.class);
    LogicalFilter filter = find(call, LogicalFilter.class);
    if (aggregate.getGroupType() != Aggregate.Group.SIMPLE || filter == null && !scan.filter().isAll()) {
      return; // a pushed filter is only trusted with the filter it came from above it
    }
    TableSnapshot snapshot = scan.parquetTable().plannedSnapshot();
    Rewrite rewrite = new Rewrite(scan, snapshot);
    if (filter != null && !rewrite.filterOnPartitionKeys(filter.getCondition())) {
      return;
    }
    List<String> inputColumns = inputColumns(project, scan);
    if (inputColumns == null || !rewrite.groupOnPartitionKeys(aggregate.getGroupSet(), inputColumns)
        || !rewrite.aggregateCalls(aggregate.getAggCallList(), inputColumns)) {
      return;
    }
    ScanPredicate partitions = filter == null ? ScanPredicate.all()
        : PredicateTranslator.translate(filter.getCondition(), scan.getRowType());
    MetadataQuery query = new MetadataQuery(List.copyOf(rewrite.columns), partitions);
    MetadataRows planned = scan.parquetTable().metadataRows(snapshot, query);
    if (planned == null) {
      return; // some row group's statistics cannot give the answer: scan
    }
    RelNode input = new ParquetMetadataScan(scan.getCluster(), scan.getTable(), query, rewrite.rowType(), planned);
    if (filter != null) {
      input = LogicalFilter.create(input, rewrite.onMetadataRows(filter.getCondition()));
    }
    call.transformTo(aggregate.copy(aggregate.getTraitSet(), input,
        ImmutableBitSet.range(aggregate.getGroupCount()), null, rewrite.calls));
  }

  private static <T extends RelNode> T find(RelOptRuleCall call, Class<T> type) {
    for (RelNode rel : call.rels) {
      if (type.isInstance(rel)) {
        return type.cast(rel);
      }
    }
    return null;
  }

  /** The scan column behind each field of the aggregate's input; null where a field is computed. */
  private static List<String> inputColumns(LogicalProject project, ParquetTableScan scan) {
    List<String> scanColumns = List.of(scan.columns());
    if (project == null) {
      return scanColumns;
    }
    List<String> columns = new ArrayList<>();
    for (RexNode expression : project.getProjects()) {
      columns.add(expression instanceof RexInputRef ref ? scanColumns.get(ref.getIndex()) : null);
    }
    return columns;
  }

  /** The metadata columns and aggregate calls that replace the aggregate over the table's rows. */
  private static final class Rewrite {
    private final ParquetTableScan scan;
    private final TableSnapshot snapshot;
    final List<MetadataColumn> columns = new ArrayList<>();
    final List<AggregateCall> calls = new ArrayList<>();
    private final List<String> filterColumns = new ArrayList<>();

    Rewrite(ParquetTableScan scan, TableSnapshot snapshot) {
      this.scan = scan;
      this.snapshot = snapshot;
    }

    /** A deterministic condition on partition keys only. */
    boolean filterOnPartitionKeys(RexNode condition) {
      if (!RexUtil.isDeterministic(condition) || RexUtil.containsCorrelation(condition)) {
        return false;
      }
      for (int field : RelOptUtil.InputFinder.bits(condition)) {
        String column = scan.columns()[field];
        if (!isPartitionKey(column)) {
          return false;
        }
        filterColumns.add(column);
      }
      return true;
    }

    /**
     * Group keys first, in their order, so that the new aggregate groups by columns 0 to n - 1;
     * then the partition keys the filter reads.
     */
    boolean groupOnPartitionKeys(ImmutableBitSet groupSet, List<String> inputColumns) {
      for (int field : groupSet) {
        String column = inputColumns.get(field);
        if (column == null || !isPartitionKey(column)) {
          return false;
        }
        columns.add(MetadataColumn.of(Kind.PARTITION_VALUE, column));
      }
      filterColumns.forEach(column -> indexOf(MetadataColumn.of(Kind.PARTITION_VALUE, column)));
      return true;
    }

    boolean aggregateCalls(List<AggregateCall> aggregateCalls, List<String> inputColumns) {
      for (AggregateCall aggregateCall : aggregateCalls) {
        MetadataColumn column = metadataColumn(aggregateCall, inputColumns);
        if (column == null) {
          return false;
        }
        int index = indexOf(column);
        boolean count = column.isCount();
        calls.add(AggregateCall.create(count ? SqlStdOperatorTable.SUM0 : aggregateCall.getAggregation(), false,
            false, false, List.of(), List.of(index), -1, null, RelCollations.EMPTY, aggregateCall.getType(),
            aggregateCall.getName()));
      }
      return true;
    }

    private MetadataColumn metadataColumn(AggregateCall call, List<String> inputColumns) {
      if (call.filterArg >= 0 || !call.getCollation().getFieldCollations().isEmpty() || call.getArgList().size() > 1) {
        return null;
      }
      String column = call.getArgList().isEmpty() ? null : inputColumns.get(call.getArgList().get(0));
      boolean oneColumn = column != null;
      return switch (call.getAggregation().getKind()) {
        case COUNT -> call.isDistinct() ? null
            : call.getArgList().isEmpty() ? MetadataColumn.rowCount()
            : oneColumn ? MetadataColumn.of(Kind.NON_NULL_COUNT, column) : null;
        case MIN -> oneColumn ? MetadataColumn.of(Kind.MIN, column) : null;
        case MAX -> oneColumn ? MetadataColumn.of(Kind.MAX, column) : null;
        default -> null;
      };
    }

    /** The filter's condition with its column references moved onto the metadata rows' partition values. */
    RexNode onMetadataRows(RexNode condition) {
      return condition.accept(new RexShuttle() {
        @Override
        public RexNode visitInputRef(RexInputRef ref) {
          return new RexInputRef(indexOf(MetadataColumn.of(Kind.PARTITION_VALUE, scan.columns()[ref.getIndex()])),
              ref.getType());
        }
      });
    }

    /** The first metadata column equal to {@code column}, added if there is none. */
    private int indexOf(MetadataColumn column) {
      int index = columns.indexOf(column);
      if (index < 0) {
        columns.add(column);
        index = columns.size() - 1;
      }
      return index;
    }

    RelDataType rowType() {
      RelDataTypeFactory types = scan.getCluster().getTypeFactory();
      List<String> names = SqlValidatorUtil.uniquify(columns.stream().map(MetadataColumn::label).toList(), true);
      RelDataTypeFactory.Builder builder = types.builder();
      for (int i = 0; i < columns.size(); i++) {
        MetadataColumn column = columns.get(i);
        RelDataType type = column.isCount() ? types.createSqlType(SqlTypeName.BIGINT)
            : scan.getRowType().getField(column.column(), true, false).getType();
        builder.add(names.get(i), type);
      }
      return builder.build();
    }

    private boolean isPartitionKey(String column) {
      for (TableColumn tableColumn : snapshot.columns()) {
        if (tableColumn.name().equals(column)) {
          return tableColumn.partitionKey();
        }
      }
      return false;
    }
  }
}
