package org.parquetframe.adapter.planner;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableCalc;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelShuttleImpl;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * MIN and MAX of REAL and DOUBLE computed over {@link FloatOrder} keys. Calcite's runtime keeps the
 * running value unless the next one compares greater (or smaller), so a NaN is dropped when it comes
 * first and kept when it comes last: the answer depended on row order. Over the keys, MAX is NaN
 * whenever a NaN is present and MIN is the least number, as in DuckDB and PostgreSQL. Applied to the
 * optimised plan, so that aggregates answered from footer statistics (which never hold NaN) stay
 * answered from them; window aggregates are left as they are.
 */
final class FloatMinMaxRewrite extends RelShuttleImpl {

  static RelNode rewrite(RelNode root) {
    return root.accept(new FloatMinMaxRewrite());
  }

  @Override
  public RelNode visit(RelNode other) {
    RelNode visited = super.visit(other);
    if (visited instanceof Aggregate aggregate && aggregate.getConvention() == EnumerableConvention.INSTANCE
        && aggregate.getAggCallList().stream().anyMatch(FloatMinMaxRewrite::isFloatMinMax)) {
      return overKeys(aggregate);
    }
    return visited;
  }

  private static boolean isFloatMinMax(AggregateCall call) {
    SqlKind kind = call.getAggregation().getKind();
    SqlTypeName type = call.getType().getSqlTypeName();
    return (kind == SqlKind.MIN || kind == SqlKind.MAX) && call.getArgList().size() == 1
        && (type == SqlTypeName.DOUBLE || type == SqlTypeName.REAL || type == SqlTypeName.FLOAT);
  }

  /** The aggregate over its input plus a key column per float MIN/MAX, its keys turned back into values. */
  private static RelNode overKeys(Aggregate aggregate) {
    RelNode input = aggregate.getInput();
    RexBuilder rex = aggregate.getCluster().getRexBuilder();
    RelDataTypeFactory types = aggregate.getCluster().getTypeFactory();
    List<RexNode> columns = new ArrayList<>(rex.identityProjects(input.getRowType()));
    List<Integer> keyColumns = new ArrayList<>();
    for (AggregateCall call : aggregate.getAggCallList()) {
      if (isFloatMinMax(call)) {
        RexNode argument = rex.makeInputRef(input, call.getArgList().get(0));
        RelDataType asDouble = types.createTypeWithNullability(types.createSqlType(SqlTypeName.DOUBLE),
            argument.getType().isNullable());
        keyColumns.add(columns.size());
        columns.add(rex.makeCall(FloatOrder.KEY, rex.makeCast(asDouble, argument)));
      }
    }
    RelNode keyed = calc(input, columns, RexUtil.createStructType(types, columns, null, null));
    List<AggregateCall> calls = new ArrayList<>();
    int next = 0;
    for (AggregateCall call : aggregate.getAggCallList()) {
      calls.add(isFloatMinMax(call)
          ? AggregateCall.create(call.getAggregation(), false, call.isApproximate(), call.ignoreNulls(), call.rexList,
              List.of(keyColumns.get(next++)), call.filterArg, call.distinctKeys, call.collation,
              aggregate.getGroupCount(), keyed, null, call.name)
          : call);
    }
    Aggregate overKeys = aggregate.copy(aggregate.getTraitSet(), keyed, aggregate.getGroupSet(),
        aggregate.getGroupSets(), calls);
    List<RexNode> values = valuesOf(overKeys, aggregate);
    return calc(overKeys, values, aggregate.getRowType());
  }

  /** A projection as the optimised plan has them: Calcite implements an EnumerableCalc, not a Project. */
  private static RelNode calc(RelNode input, List<RexNode> columns, RelDataType rowType) {
    return EnumerableCalc.create(input, RexProgram.create(input.getRowType(), columns, null, rowType,
        input.getCluster().getRexBuilder()));
  }

  /** The keyed aggregate's fields as the original's: group keys and other calls as they are, keys as values. */
  private static List<RexNode> valuesOf(RelNode keyed, Aggregate original) {
    RexBuilder rex = keyed.getCluster().getRexBuilder();
    List<RexNode> fields = new ArrayList<>();
    List<RelDataTypeField> originalFields = original.getRowType().getFieldList();
    for (int i = 0; i < originalFields.size(); i++) {
      RexNode field = rex.makeInputRef(keyed, i);
      int call = i - original.getGroupCount();
      if (call >= 0 && isFloatMinMax(original.getAggCallList().get(call))) {
        field = rex.makeCast(originalFields.get(i).getType(), rex.makeCall(FloatOrder.VALUE, field), true, false);
      }
      fields.add(field);
    }
    return fields;
  }
}
