package org.parquetframe.adapter;

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
import org.apache.calcite.rel.AbstractRelNode;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.parquetframe.adapter.answer.MetadataQuery;
import org.parquetframe.adapter.answer.MetadataRows;

/**
 * Rows that stand for a Parquet table's rows in an aggregate that footers can answer
 * ({@link ParquetMetadataAggregateRule}): one per row group, with its row count, partition values
 * and the exact minimums, maximums and non-NULL counts its statistics give, so that no data page
 * is read and no row iterated. EXPLAIN shows what each row holds and how many files and row
 * groups answer: {@code answers=[[rows, max(id)]], files=[kept/total], rowGroups=[n]}. When the
 * query runs, files that changed since planning are answered from their new footers, and if a
 * footer then cannot give a value exactly, the columns concerned are scanned instead.
 */
public final class ParquetMetadataScan extends AbstractRelNode implements EnumerableRel {
  private final RelOptTable table;
  private final MetadataQuery query;
  private final RelDataType rowType;
  /** The answer as the files were at planning, for EXPLAIN. */
  private final MetadataRows planned;

  ParquetMetadataScan(RelOptCluster cluster, RelOptTable table, MetadataQuery query, RelDataType rowType,
      MetadataRows planned) {
    super(cluster, cluster.traitSetOf(EnumerableConvention.INSTANCE));
    this.table = table;
    this.query = query;
    this.rowType = rowType;
    this.planned = planned;
  }

  @Override
  protected RelDataType deriveRowType() {
    return rowType;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return this;
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    RelWriter writer = super.explainTerms(pw).item("table", table.getQualifiedName()).item("answers", query.labels());
    if (!query.partitions().isAll()) {
      writer.item("filter", query.partitions().toString());
    }
    return writer.item("files", (planned.files() - planned.filesSkippedByPartition()) + "/" + planned.files())
        .item("rowGroups", planned.rowGroups());
  }

  /** One row per row group, next to nothing against reading data: the planner always prefers it. */
  @Override
  public double estimateRowCount(RelMetadataQuery mq) {
    return 1;
  }

  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    return planner.getCostFactory().makeTinyCost();
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    JavaRowFormat format = rowType.getFieldCount() == 1 ? JavaRowFormat.SCALAR : JavaRowFormat.ARRAY;
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), format, false);
    List<String> name = table.getQualifiedName();
    return implementor.result(physType, Blocks.toBlock(
        Expressions.call(table.getExpression(ParquetTable.class), "answerFromMetadata",
            implementor.getRootExpression(), implementor.stash(query, MetadataQuery.class),
            Expressions.constant(name.get(name.size() - 1)))));
  }
}
