package org.parquetframe.adapter.planner;

import java.util.List;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.linq4j.tree.MethodCallExpression;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.util.BuiltInMethod;
import org.apache.calcite.util.Pair;

/** The sort key selector and comparator for generated code, with {@link TypedComparators} for single keys. */
final class TypedSortKeys {
  private TypedSortKeys() {}

  static Pair<Expression, Expression> of(PhysType input, List<RelFieldCollation> collations) {
    Pair<Expression, Expression> calcite = input.generateCollationKey(collations);
    if (collations.size() != 1 || !(calcite.right instanceof MethodCallExpression call)
        || !call.method.equals(BuiltInMethod.NULLS_COMPARATOR.method)) {
      return calcite; // multi-key sorts already get a generated, typed comparator
    }
    RelFieldCollation collation = collations.get(0);
    Expression comparator = Expressions.call(TypedComparators.class, "nullsComparator",
        Expressions.constant(collation.nullDirection == RelFieldCollation.NullDirection.FIRST),
        Expressions.constant(collation.direction == RelFieldCollation.Direction.DESCENDING));
    return Pair.of(calcite.left, comparator);
  }
}
