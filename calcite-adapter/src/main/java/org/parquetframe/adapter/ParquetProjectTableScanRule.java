package org.parquetframe.adapter;

import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * Narrows a {@link ParquetTableScan} to the columns a {@link LogicalProject} on top of it uses,
 * keeping the project (renumbered) unless it becomes the identity. A project that uses no column
 * at all, such as the one under {@code count(*)}, leaves a scan that reads no column.
 */
public final class ParquetProjectTableScanRule extends RelOptRule {

  ParquetProjectTableScanRule() {
    super(operand(LogicalProject.class, operand(ParquetTableScan.class, none())), "ParquetProjectTableScanRule");
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalProject project = call.rel(0);
    ParquetTableScan scan = call.rel(1);
    String[] columns = scan.columns();
    ImmutableBitSet used = RelOptUtil.InputFinder.bits(project.getProjects(), null);
    if (used.cardinality() == columns.length) {
      return;
    }
    int[] newIndex = new int[columns.length];
    String[] narrowed = new String[used.cardinality()];
    int next = 0;
    for (int column : used) {
      newIndex[column] = next;
      narrowed[next++] = columns[column];
    }
    ParquetTableScan narrowScan = scan.withColumns(narrowed);
    List<RexNode> projects = new RexShuttle() {
      @Override
      public RexNode visitInputRef(RexInputRef ref) {
        return new RexInputRef(newIndex[ref.getIndex()], ref.getType());
      }
    }.apply(project.getProjects());
    if (RexUtil.isIdentity(projects, narrowScan.getRowType())
        && project.getRowType().getFieldNames().equals(narrowScan.getRowType().getFieldNames())) {
      call.transformTo(narrowScan);
    } else {
      call.transformTo(project.copy(project.getTraitSet(), narrowScan, projects, project.getRowType()));
    }
  }
}
