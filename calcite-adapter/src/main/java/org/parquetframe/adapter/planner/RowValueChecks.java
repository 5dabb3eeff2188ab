package org.parquetframe.adapter.planner;

import java.util.EnumSet;
import java.util.Set;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelVisitor;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.SetOp;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexOver;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexSubQuery;
import org.apache.calcite.runtime.CalciteException;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;
import org.parquetframe.adapter.types.ColumnType;

/**
 * Refuses, before planning, the operations that Calcite's runtime would get wrong on ROW values,
 * with an error that says what to write instead. A ROW value is an {@code Object[]} there, which
 * hash tables and {@code equals} compare by identity: GROUP BY, DISTINCT, UNION, INTERSECT, EXCEPT
 * and PARTITION BY would keep equal ROWs apart, and {@code =} between arrays of ROWs would be false.
 * Comparing two ROWs ({@code s = ROW(...)}) fails on NULL fields. Joins on ARRAY, MAP or ROW values
 * fail in the join's key comparator. ARRAY and MAP values of anything but ROWs compare by value and
 * are allowed everywhere else. See docs/adr/0010.
 */
final class RowValueChecks extends RelVisitor {
  private static final Set<SqlKind> COMPARISONS = EnumSet.of(SqlKind.EQUALS, SqlKind.NOT_EQUALS, SqlKind.LESS_THAN,
      SqlKind.LESS_THAN_OR_EQUAL, SqlKind.GREATER_THAN, SqlKind.GREATER_THAN_OR_EQUAL, SqlKind.IS_DISTINCT_FROM,
      SqlKind.IS_NOT_DISTINCT_FROM, SqlKind.SEARCH);
  private static final String ADVICE = "; use the ROW's fields instead (t.s.a, t.s.b), or UNNEST arrays of ROWs";

  private RowValueChecks() {}

  /** Throws a {@link CalciteException} if {@code plan} holds an operation that ROW values do not support. */
  static void check(RelNode plan) {
    new RowValueChecks().go(plan);
  }

  @Override
  public void visit(RelNode node, int ordinal, RelNode parent) {
    if (node instanceof Aggregate aggregate) {
      checkAggregate(aggregate);
    } else if (node instanceof SetOp setOp && !(setOp.all && setOp.kind == SqlKind.UNION)) {
      for (RelDataTypeField field : setOp.getRowType().getFieldList()) {
        refuseRow(field.getType(), setOp.kind + " on column '" + field.getName() + "'");
      }
    }
    node.accept(new Expressions(node instanceof Join));
    super.visit(node, ordinal, parent);
  }

  /** Comparisons and window partitions in the expressions of one node; in a join, of its condition. */
  private static final class Expressions extends RexShuttle {
    private final boolean join;

    Expressions(boolean join) {
      this.join = join;
    }

    @Override
    public RexNode visitCall(RexCall call) {
      if (COMPARISONS.contains(call.getKind())) {
        for (RexNode operand : call.getOperands()) {
          if (join && isNested(operand.getType())) {
            throw new CalciteException("A join on " + ColumnType.of(operand.getType()) + " values is not supported;"
                + " join on scalar values, such as the fields of a ROW or the elements of an UNNESTed array", null);
          }
          refuseRow(operand.getType(), "Comparing with " + call.getOperator().getName());
        }
      }
      return super.visitCall(call);
    }

    @Override
    public RexNode visitOver(RexOver over) {
      over.getWindow().partitionKeys.forEach(key -> refuseRow(key.getType(), "PARTITION BY"));
      return super.visitOver(over);
    }

    @Override
    public RexNode visitSubQuery(RexSubQuery subQuery) {
      check(subQuery.rel);
      return super.visitSubQuery(subQuery);
    }
  }

  private static void checkAggregate(Aggregate aggregate) {
    var input = aggregate.getInput().getRowType().getFieldList();
    for (int key : aggregate.getGroupSet()) {
      refuseRow(input.get(key).getType(), "GROUP BY or DISTINCT on column '" + input.get(key).getName() + "'");
    }
    for (AggregateCall call : aggregate.getAggCallList()) {
      if (call.isDistinct()) {
        for (int arg : call.getArgList()) {
          refuseRow(input.get(arg).getType(),
              call.getAggregation().getName() + "(DISTINCT) on column '" + input.get(arg).getName() + "'");
        }
      }
    }
  }

  private static void refuseRow(RelDataType type, String operation) {
    if (containsRow(type)) {
      throw new CalciteException(operation + " is not supported: its type " + ColumnType.of(type) + " holds ROW "
          + "values, which cannot be compared or grouped" + ADVICE, null);
    }
  }

  private static boolean containsRow(RelDataType type) {
    if (type.getSqlTypeName() == SqlTypeName.ROW) {
      return true;
    }
    if (type.getSqlTypeName() == SqlTypeName.MAP) {
      return containsRow(type.getKeyType()) || containsRow(type.getValueType());
    }
    return type.getComponentType() != null && containsRow(type.getComponentType());
  }

  private static boolean isNested(RelDataType type) {
    return type.getSqlTypeName() == SqlTypeName.ROW || type.getSqlTypeName() == SqlTypeName.MAP
        || type.getComponentType() != null;
  }
}
