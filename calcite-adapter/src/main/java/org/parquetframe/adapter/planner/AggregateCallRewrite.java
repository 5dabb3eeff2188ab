package org.parquetframe.adapter.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.calcite.adapter.enumerable.EnumerableCalc;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelShuttleImpl;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.rex.RexUtil;

/**
 * Replaces some calls of the optimised plan's aggregates where Calcite's runtime answers wrongly:
 * each such call gets one more input column (an expression of its argument), is computed by one or
 * more calls that aggregate that column (or its argument), and a projection above the aggregate
 * turns their results into the original call's value. Runs after optimisation, so that aggregates
 * answered from footer statistics stay answered from them.
 */
abstract class AggregateCallRewrite extends RelShuttleImpl {

  /** Whether {@code call}, over {@code input}, is replaced. */
  abstract boolean replaces(AggregateCall call, RelNode input);

  /** The column the replacing calls aggregate, from the original call's single argument. */
  abstract RexNode column(RexBuilder rex, RexNode argument);

  /**
   * The calls computing {@code call}: over {@code column}, the index of its new input column in
   * {@code input}, or over {@code call}'s own argument.
   */
  abstract List<AggregateCall> calls(AggregateCall call, int column, Aggregate aggregate, RelNode input);

  /** The original call's value of type {@code type}, from the fields of the replacing calls. */
  abstract RexNode value(RexBuilder rex, List<RexNode> fields, RelDataType type);

  @Override
  public final RelNode visit(RelNode other) {
    RelNode visited = super.visit(other);
    if (visited instanceof Aggregate aggregate && aggregate.getConvention() == EnumerableConvention.INSTANCE
        && aggregate.getAggCallList().stream().anyMatch(call -> replaces(call, aggregate.getInput()))) {
      return rewrite(aggregate);
    }
    return visited;
  }

  private RelNode rewrite(Aggregate aggregate) {
    RelNode input = aggregate.getInput();
    RexBuilder rex = aggregate.getCluster().getRexBuilder();
    List<AggregateCall> originals = aggregate.getAggCallList();
    List<Boolean> replaced = originals.stream().map(call -> replaces(call, input)).toList();
    List<RexNode> columns = new ArrayList<>(rex.identityProjects(input.getRowType()));
    for (int c = 0; c < originals.size(); c++) {
      if (replaced.get(c)) {
        columns.add(column(rex, rex.makeInputRef(input, originals.get(c).getArgList().get(0))));
      }
    }
    RelNode extended = calc(input, columns,
        RexUtil.createStructType(aggregate.getCluster().getTypeFactory(), columns, null, null));
    List<AggregateCall> calls = new ArrayList<>();
    List<List<Integer>> fieldsOfCall = new ArrayList<>(); // the new aggregate's fields each original becomes
    int column = input.getRowType().getFieldCount();
    for (int c = 0; c < originals.size(); c++) {
      List<AggregateCall> computing = replaced.get(c) ? calls(originals.get(c), column++, aggregate, extended)
          : List.of(originals.get(c));
      int first = aggregate.getGroupCount() + calls.size();
      fieldsOfCall.add(IntStream.range(first, first + computing.size()).boxed().toList());
      calls.addAll(computing);
    }
    Aggregate rewritten = aggregate.copy(aggregate.getTraitSet(), extended, aggregate.getGroupSet(),
        aggregate.getGroupSets(), calls);
    List<RexNode> values = new ArrayList<>();
    for (int g = 0; g < aggregate.getGroupCount(); g++) {
      values.add(rex.makeInputRef(rewritten, g));
    }
    for (int c = 0; c < originals.size(); c++) {
      List<RexNode> fields = fieldsOfCall.get(c).stream().map(f -> (RexNode) rex.makeInputRef(rewritten, f)).toList();
      values.add(replaced.get(c) ? value(rex, fields, originals.get(c).getType()) : fields.get(0));
    }
    return calc(rewritten, values, aggregate.getRowType());
  }

  /** A call like {@code call} over {@code column} instead of its argument, its type inferred again. */
  static AggregateCall over(AggregateCall call, int column, Aggregate aggregate, RelNode input) {
    return AggregateCall.create(call.getAggregation(), call.isDistinct(), call.isApproximate(), call.ignoreNulls(),
        call.rexList, List.of(column), call.filterArg, call.distinctKeys, call.collation, aggregate.getGroupCount(),
        input, null, call.name);
  }

  /** A projection as the optimised plan has them: Calcite implements an EnumerableCalc, not a Project. */
  private static RelNode calc(RelNode input, List<RexNode> columns, RelDataType rowType) {
    return EnumerableCalc.create(input, RexProgram.create(input.getRowType(), columns, null, rowType,
        input.getCluster().getRexBuilder()));
  }
}
