package org.parquetframe.adapter.planner;

import org.apache.calcite.adapter.enumerable.EnumerableRules;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.plan.RelOptCostFactory;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.prepare.CalcitePrepareImpl;

/** Calcite's statement preparation with our planner rules in place of some of Calcite's. */
public final class ParquetFramePrepare extends CalcitePrepareImpl {

  @Override
  protected RelOptPlanner createPlanner(CalcitePrepare.Context prepareContext, org.apache.calcite.plan.Context externalContext,
      RelOptCostFactory costFactory) {
    RelOptPlanner planner = super.createPlanner(prepareContext, externalContext, costFactory);
    planner.removeRule(EnumerableRules.ENUMERABLE_SORT_RULE);
    planner.removeRule(EnumerableRules.ENUMERABLE_LIMIT_SORT_RULE);
    planner.addRule(TypedSortRule.INSTANCE);
    return planner;
  }
}
