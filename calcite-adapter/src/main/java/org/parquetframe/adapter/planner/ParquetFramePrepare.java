package org.parquetframe.adapter.planner;

import java.lang.reflect.Type;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRules;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.interpreter.BindableConvention;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptCostFactory;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.prepare.CalcitePrepareImpl;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rex.RexBuilder;
import org.parquetframe.adapter.ParquetSchema;

/**
 * Calcite's statement preparation with our planner rules in place of some of Calcite's, refusing
 * the operations on ROW values that Calcite's runtime gets wrong ({@link RowValueChecks}), and
 * reusing the statement prepared for the same SQL text while its tables are unchanged
 * ({@link PlanCache}).
 */
public final class ParquetFramePrepare extends CalcitePrepareImpl {

  @Override
  @SuppressWarnings("unchecked") // a key's SQL and element type fix the signature's row class
  public <T> CalciteSignature<T> prepareSql(Context context, Query<T> query, Type elementType, long maxRowCount) {
    ParquetSchema schema = query.sql == null ? null : ParquetSchema.in(context.getMutableRootSchema().plus());
    if (schema == null) {
      return super.prepareSql(context, query, elementType, maxRowCount);
    }
    PlanCache.Key key = new PlanCache.Key(query.sql, elementType, maxRowCount,
        List.copyOf(context.getDefaultSchemaPath()));
    CalciteSignature<?> kept = schema.planCache().get(key);
    if (kept != null) {
      return (CalciteSignature<T>) kept;
    }
    PlannedSnapshots snapshots = new PlannedSnapshots();
    CalciteSignature<T> signature = PlannedSnapshots.recording(snapshots,
        () -> super.prepareSql(context, query, elementType, maxRowCount));
    schema.planCache().put(key, signature, snapshots);
    return signature;
  }

  @Override
  protected RelOptPlanner createPlanner(CalcitePrepare.Context prepareContext, org.apache.calcite.plan.Context externalContext,
      RelOptCostFactory costFactory) {
    RelOptPlanner planner = super.createPlanner(prepareContext, externalContext, costFactory);
    planner.removeRule(EnumerableRules.ENUMERABLE_SORT_RULE);
    planner.removeRule(EnumerableRules.ENUMERABLE_LIMIT_SORT_RULE);
    planner.addRule(TypedSortRule.INSTANCE);
    planner.removeRule(EnumerableRules.ENUMERABLE_UNCOLLECT_RULE);
    planner.addRule(NullSafeUncollectRule.INSTANCE);
    return planner;
  }

  @Override
  protected CalcitePreparingStmt getPreparingStmt(CalcitePrepare.Context context, Type elementType,
      CalciteCatalogReader catalogReader, RelOptPlanner planner) {
    JavaTypeFactory typeFactory = context.getTypeFactory();
    EnumerableRel.Prefer prefer = elementType == Object[].class ? EnumerableRel.Prefer.ARRAY
        : EnumerableRel.Prefer.CUSTOM;
    Convention convention = enableBindable ? BindableConvention.INSTANCE : EnumerableConvention.INSTANCE;
    return new CalcitePreparingStmt(this, context, catalogReader, typeFactory, context.getRootSchema(), prefer,
        createCluster(planner, new RexBuilder(typeFactory)), convention, createConvertletTable()) {
      @Override
      protected RelRoot optimize(RelRoot root, List<Materialization> materializations,
          List<CalciteSchema.LatticeEntry> lattices) {
        RowValueChecks.check(root.rel);
        RelRoot optimized = super.optimize(root, materializations, lattices);
        return optimized.withRel(BigintSumCheck.rewrite(FloatMinMaxRewrite.rewrite(optimized.rel)));
      }
    };
  }
}
