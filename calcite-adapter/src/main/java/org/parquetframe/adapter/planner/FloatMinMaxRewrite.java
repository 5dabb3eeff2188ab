package org.parquetframe.adapter.planner;

import java.util.List;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * MIN and MAX of REAL and DOUBLE computed over {@link FloatOrder} keys. Calcite's runtime keeps the
 * running value unless the next one compares greater (or smaller), so a NaN is dropped when it comes
 * first and kept when it comes last: the answer depended on row order. Over the keys, MAX is NaN
 * whenever a NaN is present and MIN is the least number, as in DuckDB and PostgreSQL. Window
 * aggregates are left as they are.
 */
final class FloatMinMaxRewrite extends AggregateCallRewrite {

  static RelNode rewrite(RelNode root) {
    return root.accept(new FloatMinMaxRewrite());
  }

  @Override
  boolean replaces(AggregateCall call, RelNode input) {
    SqlKind kind = call.getAggregation().getKind();
    SqlTypeName type = call.getType().getSqlTypeName();
    return (kind == SqlKind.MIN || kind == SqlKind.MAX) && call.getArgList().size() == 1
        && (type == SqlTypeName.DOUBLE || type == SqlTypeName.REAL || type == SqlTypeName.FLOAT);
  }

  @Override
  RexNode column(RexBuilder rex, RexNode argument) {
    RelDataTypeFactory types = rex.getTypeFactory();
    RelDataType asDouble = types.createTypeWithNullability(types.createSqlType(SqlTypeName.DOUBLE),
        argument.getType().isNullable());
    return rex.makeCall(FloatOrder.KEY, rex.makeCast(asDouble, argument));
  }

  @Override
  List<AggregateCall> calls(AggregateCall call, int column, Aggregate aggregate, RelNode input) {
    return List.of(over(call, column, aggregate, input));
  }

  @Override
  RexNode value(RexBuilder rex, List<RexNode> fields, RelDataType type) {
    return rex.makeCast(type, rex.makeCall(FloatOrder.VALUE, fields.get(0)), true, false);
  }
}
