package org.parquetframe.adapter.planner;

import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableLimitSort;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import java.util.List;
import org.apache.calcite.rel.RelCollation;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.util.BuiltInMethod;
import org.apache.calcite.util.Pair;

/**
 * {@link EnumerableLimitSort} (top-N: ORDER BY with LIMIT/OFFSET) with {@link TypedSortKeys}; an
 * input that sorts itself on a single key ({@link TopRowsSource}) is asked first ({@link TopRows}).
 */
public final class TypedLimitSort extends EnumerableLimitSort {

  TypedLimitSort(RelOptCluster cluster, RelTraitSet traits, RelNode input, RelCollation collation, RexNode offset,
      RexNode fetch) {
    super(cluster, traits, input, collation, offset, fetch);
  }

  static TypedLimitSort of(RelNode input, RelCollation collation, RexNode offset, RexNode fetch) {
    RelTraitSet traits = input.getCluster().traitSetOf(EnumerableConvention.INSTANCE).replace(collation);
    return new TypedLimitSort(input.getCluster(), traits, input, collation, offset, fetch);
  }

  @Override
  public EnumerableLimitSort copy(RelTraitSet traits, RelNode input, RelCollation collation, RexNode offset,
      RexNode fetch) {
    return new TypedLimitSort(getCluster(), traits, input, collation, offset, fetch);
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    BlockBuilder builder = new BlockBuilder();
    Result input = implementor.visitChild(this, 0, (EnumerableRel) getInput(), pref);
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), input.format);
    Expression child = builder.append("child", input.block);
    Pair<Expression, Expression> key = TypedSortKeys.of(input.physType, collation.getFieldCollations());
    Expression fetchValue = fetch == null ? Expressions.constant(Integer.MAX_VALUE) : count(fetch);
    Expression offsetValue = offset == null ? Expressions.constant(0) : count(offset);
    List<RelFieldCollation> keys = collation.getFieldCollations();
    RelFieldCollation only = keys.size() == 1 ? keys.get(0) : null;
    builder.add(Expressions.return_(null, Expressions.call(TopRows.ORDER_BY,
        child, builder.append("keySelector", key.left), builder.append("comparator", key.right),
        builder.append("offset", offsetValue), builder.append("fetch", fetchValue),
        Expressions.constant(only == null ? -1 : only.getFieldIndex()),
        Expressions.constant(only != null && only.direction == RelFieldCollation.Direction.DESCENDING),
        Expressions.constant(only != null && only.nullDirection == RelFieldCollation.NullDirection.FIRST))));
    return implementor.result(physType, builder.toBlock());
  }

  /** A LIMIT or OFFSET: a literal, or a {@code ?} parameter read from the data context at run time. */
  private static Expression count(RexNode node) {
    if (node instanceof RexDynamicParam parameter) {
      return Expressions.convert_(Expressions.call(DataContext.ROOT, BuiltInMethod.DATA_CONTEXT_GET.method,
          Expressions.constant("?" + parameter.getIndex())), Integer.class);
    }
    return Expressions.constant(RexLiteral.intValue(node));
  }
}
