package org.parquetframe.adapter.planner;

import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.EnumerableSort;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelCollation;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.util.BuiltInMethod;
import org.apache.calcite.util.Pair;

/** {@link EnumerableSort} with {@link TypedSortKeys}: a full sort (no fetch, no offset). */
public final class TypedSort extends EnumerableSort {

  TypedSort(RelOptCluster cluster, RelTraitSet traits, RelNode input, RelCollation collation) {
    super(cluster, traits, input, collation, null, null);
  }

  static TypedSort of(RelNode input, RelCollation collation) {
    RelTraitSet traits = input.getCluster().traitSetOf(EnumerableConvention.INSTANCE).replace(collation);
    return new TypedSort(input.getCluster(), traits, input, collation);
  }

  @Override
  public EnumerableSort copy(RelTraitSet traits, RelNode input, RelCollation collation, RexNode offset,
      RexNode fetch) {
    return new TypedSort(getCluster(), traits, input, collation);
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    BlockBuilder builder = new BlockBuilder();
    Result input = implementor.visitChild(this, 0, (EnumerableRel) getInput(), pref);
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), input.format);
    Expression child = builder.append("child", input.block);
    Pair<Expression, Expression> key = TypedSortKeys.of(input.physType, collation.getFieldCollations());
    builder.add(Expressions.return_(null, Expressions.call(child, BuiltInMethod.ORDER_BY.method,
        builder.append("keySelector", key.left), builder.append("comparator", key.right))));
    return implementor.result(physType, builder.toBlock());
  }
}
