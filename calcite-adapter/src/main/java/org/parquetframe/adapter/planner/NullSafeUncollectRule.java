package org.parquetframe.adapter.planner;

import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;
import org.apache.calcite.rel.core.Uncollect;

/** Converts a logical UNNEST into {@link NullSafeUncollect}; replaces Calcite's ENUMERABLE_UNCOLLECT_RULE. */
public final class NullSafeUncollectRule extends ConverterRule {
  public static final NullSafeUncollectRule INSTANCE = new NullSafeUncollectRule(Config.INSTANCE
      .withConversion(Uncollect.class, Convention.NONE, EnumerableConvention.INSTANCE, "NullSafeUncollectRule")
      .withRuleFactory(NullSafeUncollectRule::new));

  private NullSafeUncollectRule(Config config) {
    super(config);
  }

  @Override
  public RelNode convert(RelNode rel) {
    Uncollect uncollect = (Uncollect) rel;
    RelNode input = uncollect.getInput();
    return NullSafeUncollect.of(convert(input, input.getTraitSet().replace(EnumerableConvention.INSTANCE)),
        uncollect.withOrdinality);
  }
}
