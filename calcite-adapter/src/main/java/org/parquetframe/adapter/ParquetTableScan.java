package org.parquetframe.adapter;

import java.util.Arrays;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.Blocks;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.parquetframe.adapter.predicate.PruningSummary;
import org.parquetframe.adapter.predicate.ScanPredicate;

/**
 * Scan of a {@link ParquetTable} that reads only {@code columns}, and only the files and row groups
 * where a row may pass {@code filter} (pushed by {@link ParquetFilterTableScanRule}; the filter
 * itself stays above the scan). EXPLAIN shows the columns, the pushed filter and what metadata
 * keeps of the table: {@code files=[kept/total], rowGroups=[kept/total]}.
 */
public final class ParquetTableScan extends TableScan implements EnumerableRel {
  private final ParquetTable parquetTable;
  private final String[] columns;
  private final ScanPredicate filter;
  private volatile PruningSummary summary;

  ParquetTableScan(RelOptCluster cluster, RelOptTable table, ParquetTable parquetTable, String[] columns) {
    this(cluster, table, parquetTable, columns, ScanPredicate.all(), null);
  }

  private ParquetTableScan(RelOptCluster cluster, RelOptTable table, ParquetTable parquetTable, String[] columns,
      ScanPredicate filter, PruningSummary summary) {
    super(cluster, cluster.traitSetOf(EnumerableConvention.INSTANCE), List.of(), table);
    this.parquetTable = parquetTable;
    this.columns = columns;
    this.filter = filter;
    this.summary = summary;
  }

  /** The same scan reading only {@code projected} (names of table columns). */
  ParquetTableScan withColumns(String[] projected) {
    return new ParquetTableScan(getCluster(), getTable(), parquetTable, projected, filter, summary);
  }

  /** The same scan skipping what {@code pushed} excludes. */
  ParquetTableScan withFilter(ScanPredicate pushed) {
    return new ParquetTableScan(getCluster(), getTable(), parquetTable, columns, pushed, null);
  }

  String[] columns() {
    return columns.clone();
  }

  ParquetTable parquetTable() {
    return parquetTable;
  }

  ScanPredicate filter() {
    return filter;
  }

  /** Files and row groups kept by partition values and footer statistics (read once per scan node). */
  PruningSummary summary() {
    PruningSummary current = summary;
    if (current == null) {
      current = PruningSummary.of(parquetTable.plannedSnapshot(), parquetTable.footers(), filter);
      summary = current;
    }
    return current;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new ParquetTableScan(getCluster(), getTable(), parquetTable, columns, filter, summary);
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    RelWriter writer = super.explainTerms(pw).item("columns", Arrays.asList(columns));
    if (!filter.isAll()) {
      PruningSummary kept = summary();
      writer.item("filter", filter.toString())
          .item("files", kept.filesKept() + "/" + kept.files())
          .item("rowGroups", kept.rowGroupsKept() + "/" + kept.rowGroups());
    }
    return writer;
  }

  @Override
  public RelDataType deriveRowType() {
    RelDataType tableType = table.getRowType();
    RelDataTypeFactory.Builder builder = getCluster().getTypeFactory().builder();
    for (String column : columns) {
      RelDataTypeField field = tableType.getField(column, true, false);
      builder.add(field);
    }
    return builder.build();
  }

  @Override
  public void register(RelOptPlanner planner) {
    planner.addRule(ParquetRules.PROJECT_SCAN);
    planner.addRule(ParquetRules.AGGREGATE_SCAN);
    planner.addRule(ParquetRules.FILTER_SCAN);
    ParquetRules.METADATA_AGGREGATES.forEach(planner::addRule);
  }

  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    // Fewer columns read is cheaper, so the planner prefers the projected scan.
    double share = (columns.length + 2D) / (table.getRowType().getFieldCount() + 2D);
    if (!filter.isAll()) {
      // Fewer row groups read is cheaper still; a pushed filter never costs more than none.
      share *= 0.1 + 0.8 * summary().keptShare();
    }
    return super.computeSelfCost(planner, mq).multiplyBy(share);
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    // One column travels as a bare value, none as an empty list, as every Calcite operator expects
    // (a LIMIT between an aggregate and the scan re-derives the format); more as Object[].
    JavaRowFormat format = columns.length == 0 ? JavaRowFormat.LIST
        : columns.length == 1 ? JavaRowFormat.SCALAR : JavaRowFormat.ARRAY;
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), format, false);
    List<String> name = table.getQualifiedName();
    return implementor.result(physType, Blocks.toBlock(
        Expressions.call(table.getExpression(ParquetTable.class), "project",
            implementor.getRootExpression(), Expressions.constant(columns),
            implementor.stash(filter, ScanPredicate.class), Expressions.constant(name.get(name.size() - 1)))));
  }
}
