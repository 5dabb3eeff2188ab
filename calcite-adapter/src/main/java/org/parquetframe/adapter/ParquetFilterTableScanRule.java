package org.parquetframe.adapter;

import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.parquetframe.adapter.predicate.PredicateTranslator;
import org.parquetframe.adapter.predicate.ScanPredicate;

/**
 * Pushes a {@link LogicalFilter} directly on a {@link ParquetTableScan} into the scan, as a
 * {@link ScanPredicate} that lets it skip files and row groups, and keeps the filter above it:
 * pruning is a hint, the filter decides each row. A condition of which nothing translates leaves
 * the plan as it was. Calcite's own rules move filters below projections, so {@code SELECT a FROM
 * t WHERE b > 5} gets both the pushed filter and the narrowed columns.
 */
public final class ParquetFilterTableScanRule extends RelOptRule {

  ParquetFilterTableScanRule() {
    super(operand(LogicalFilter.class, operand(ParquetTableScan.class, none())), "ParquetFilterTableScanRule");
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalFilter filter = call.rel(0);
    ParquetTableScan scan = call.rel(1);
    ScanPredicate pushed = PredicateTranslator.translate(filter.getCondition(), scan.getRowType());
    ScanPredicate combined = scan.filter().and(pushed);
    if (pushed.isAll() || combined.equals(scan.filter())) {
      return;
    }
    call.transformTo(filter.copy(filter.getTraitSet(), scan.withFilter(combined), filter.getCondition()));
  }
}
