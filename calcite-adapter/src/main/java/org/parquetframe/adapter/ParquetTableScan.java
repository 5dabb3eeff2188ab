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

/**
 * Scan of a {@link ParquetTable} that reads only {@code columns}. EXPLAIN shows them, so tests and
 * users can see what was pushed down.
 */
public final class ParquetTableScan extends TableScan implements EnumerableRel {
  private final ParquetTable parquetTable;
  private final String[] columns;

  ParquetTableScan(RelOptCluster cluster, RelOptTable table, ParquetTable parquetTable, String[] columns) {
    super(cluster, cluster.traitSetOf(EnumerableConvention.INSTANCE), List.of(), table);
    this.parquetTable = parquetTable;
    this.columns = columns;
  }

  /** The same scan reading only {@code projected} (names of table columns). */
  ParquetTableScan withColumns(String[] projected) {
    return new ParquetTableScan(getCluster(), getTable(), parquetTable, projected);
  }

  String[] columns() {
    return columns.clone();
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new ParquetTableScan(getCluster(), getTable(), parquetTable, columns);
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw).item("columns", Arrays.asList(columns));
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
  }

  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    // Fewer columns read is cheaper, so the planner prefers the projected scan.
    double share = (columns.length + 2D) / (table.getRowType().getFieldCount() + 2D);
    return super.computeSelfCost(planner, mq).multiplyBy(share);
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    // One column travels as a bare value, as every Calcite operator expects; more as Object[].
    JavaRowFormat format = columns.length == 1 ? JavaRowFormat.SCALAR : JavaRowFormat.ARRAY;
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), format, false);
    return implementor.result(physType, Blocks.toBlock(
        Expressions.call(table.getExpression(ParquetTable.class), "project",
            implementor.getRootExpression(), Expressions.constant(columns))));
  }
}
