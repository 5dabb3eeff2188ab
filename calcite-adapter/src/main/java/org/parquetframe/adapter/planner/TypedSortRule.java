package org.parquetframe.adapter.planner;

import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.logical.LogicalSort;

/**
 * Converts a logical sort into {@link TypedSort} (no LIMIT/OFFSET) or {@link TypedLimitSort}
 * (ORDER BY with LIMIT/OFFSET); replaces Calcite's ENUMERABLE_SORT_RULE and
 * ENUMERABLE_LIMIT_SORT_RULE. A LIMIT without ORDER BY is left to Calcite's limit rule.
 */
public final class TypedSortRule extends ConverterRule {
  public static final TypedSortRule INSTANCE = new TypedSortRule(Config.INSTANCE
      .withConversion(LogicalSort.class, Convention.NONE, EnumerableConvention.INSTANCE, "TypedSortRule")
      .withRuleFactory(TypedSortRule::new));

  private TypedSortRule(Config config) {
    super(config);
  }

  @Override
  public RelNode convert(RelNode rel) {
    Sort sort = (Sort) rel;
    RelNode input = convert(sort.getInput(), sort.getInput().getTraitSet().replace(EnumerableConvention.INSTANCE));
    if (sort.offset == null && sort.fetch == null) {
      return TypedSort.of(input, sort.getCollation());
    }
    if (sort.getCollation().getFieldCollations().isEmpty()) {
      return null;
    }
    return TypedLimitSort.of(input, sort.getCollation(), sort.offset, sort.fetch);
  }
}
