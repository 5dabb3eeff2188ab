package org.parquetframe.adapter.planner;

import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Uncollect;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.type.MapSqlType;
import org.apache.calcite.util.BuiltInMethod;

/**
 * {@code UNNEST} in the enumerable convention, in place of Calcite's EnumerableUncollect, which
 * fails with a NullPointerException on a NULL ARRAY or MAP (WITH ORDINALITY, of ROWs, of a MAP) and
 * on a NULL ROW element. Here a NULL collection gives no row, as an empty one does, and a NULL ROW
 * element gives a row of NULL fields. The rows are those of {@link UnnestRows}.
 */
public final class NullSafeUncollect extends Uncollect implements EnumerableRel {

  NullSafeUncollect(RelTraitSet traits, RelNode input, boolean withOrdinality) {
    super(input.getCluster(), traits, input, withOrdinality, List.of());
  }

  static NullSafeUncollect of(RelNode input, boolean withOrdinality) {
    return new NullSafeUncollect(input.getCluster().traitSetOf(EnumerableConvention.INSTANCE), input, withOrdinality);
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, RelNode input) {
    return new NullSafeUncollect(traitSet, input, withOrdinality);
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    BlockBuilder builder = new BlockBuilder();
    Result input = implementor.visitChild(this, 0, (EnumerableRel) getInput(), pref);
    Expression rows = builder.append("rows", input.physType.convertTo(builder.append("child", input.block),
        JavaRowFormat.ARRAY));
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), JavaRowFormat.LIST);
    Expression unnest = Expressions.call(UnnestRows.class, "of", Expressions.constant(elementWidths(getInput())),
        Expressions.constant(withOrdinality), Expressions.constant(getRowType().getFieldCount() == 1));
    builder.add(Expressions.return_(null, Expressions.call(rows, BuiltInMethod.SELECT_MANY.method, unnest)));
    return implementor.result(physType, builder.toBlock());
  }

  /** For each input column, what {@link UnnestRows#of} calls the width of its elements. */
  private static int[] elementWidths(RelNode input) {
    List<RelDataTypeField> fields = input.getRowType().getFieldList();
    int[] widths = new int[fields.size()];
    for (int i = 0; i < widths.length; i++) {
      RelDataType type = fields.get(i).getType();
      RelDataType element = type.getComponentType();
      if (type instanceof MapSqlType) {
        widths[i] = UnnestRows.MAP_ENTRY;
      } else if (element != null && element.isStruct()) {
        widths[i] = element.getFieldCount();
      } else {
        widths[i] = UnnestRows.SCALAR;
      }
    }
    return widths;
  }
}
