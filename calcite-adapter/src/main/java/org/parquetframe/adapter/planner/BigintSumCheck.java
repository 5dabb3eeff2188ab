package org.parquetframe.adapter.planner;

import java.util.List;
import java.util.Locale;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * SUM of BIGINT that fails instead of wrapping. Calcite adds BIGINTs as Java {@code long}s, so a
 * total past 2^63 came out as a wrong number. Each such SUM is computed twice, exactly in a
 * {@code long} and approximately in a {@code double}; a wrapped total differs from the true one by
 * a multiple of 2^64, the double sum by far less, so the two disagreeing by more than 2^62 means the
 * BIGINT overflowed, and the query stops with an error that says how to sum exactly.
 */
public final class BigintSumCheck extends AggregateCallRewrite {
  /** {@code PF_CHECKED_SUM(BIGINT exact, DOUBLE approximate) -> BIGINT}. */
  static final SqlFunction CHECKED = GeneratedFunctions.of("PF_CHECKED_SUM", BigintSumCheck.class, "checked",
      ReturnTypes.BIGINT_NULLABLE, SqlTypeName.BIGINT, SqlTypeName.DOUBLE);

  /** Far above a double sum's rounding error, far below the 2^64 a wrap adds or removes. */
  private static final double WRAPPED = 0x1p62;

  static RelNode rewrite(RelNode root) {
    return root.accept(new BigintSumCheck());
  }

  /** {@code exact}, unless {@code approximate} shows that it wrapped; NULL for NULL. Called from generated code. */
  public static Long checked(Long exact, Double approximate) {
    if (exact != null && approximate != null && Math.abs(approximate - exact) > WRAPPED) {
      throw new ArithmeticException(String.format(Locale.ROOT, "SUM of BIGINT values overflowed the"
          + " BIGINT range (the total is about %.4g); sum them as DECIMAL instead: SUM(CAST(x AS DECIMAL(38, 0)))",
          approximate));
    }
    return exact;
  }

  @Override
  boolean replaces(AggregateCall call, RelNode input) {
    SqlKind kind = call.getAggregation().getKind();
    // sums of smaller integers are BIGINTs too, but would need 2^32 rows to overflow one
    return (kind == SqlKind.SUM || kind == SqlKind.SUM0) && call.getArgList().size() == 1
        && call.getType().getSqlTypeName() == SqlTypeName.BIGINT
        && input.getRowType().getFieldList().get(call.getArgList().get(0)).getType().getSqlTypeName()
            == SqlTypeName.BIGINT;
  }

  @Override
  RexNode column(RexBuilder rex, RexNode argument) {
    RelDataTypeFactory types = rex.getTypeFactory();
    return rex.makeCast(types.createTypeWithNullability(types.createSqlType(SqlTypeName.DOUBLE),
        argument.getType().isNullable()), argument);
  }

  @Override
  List<AggregateCall> calls(AggregateCall call, int column, Aggregate aggregate, RelNode input) {
    return List.of(call, over(call, column, aggregate, input));
  }

  @Override
  RexNode value(RexBuilder rex, List<RexNode> fields, RelDataType type) {
    return rex.makeCast(type, rex.makeCall(CHECKED, fields.get(0), fields.get(1)), true, false);
  }
}
