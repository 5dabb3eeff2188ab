package org.parquetframe.adapter;

import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.util.ImmutableBitSet;
import org.apache.calcite.util.mapping.Mapping;
import org.apache.calcite.util.mapping.MappingType;
import org.apache.calcite.util.mapping.Mappings;

/**
 * Narrows a {@link ParquetTableScan} to the columns an aggregate directly on top of it uses: its
 * group keys and the arguments and filters of its calls. {@code SELECT count(*) FROM t} then reads
 * no column at all.
 */
public final class ParquetAggregateTableScanRule extends RelOptRule {

  ParquetAggregateTableScanRule() {
    super(operand(LogicalAggregate.class, operand(ParquetTableScan.class, none())), "ParquetAggregateTableScanRule");
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalAggregate aggregate = call.rel(0);
    ParquetTableScan scan = call.rel(1);
    String[] columns = scan.columns();
    ImmutableBitSet used = usedColumns(aggregate);
    if (used.cardinality() == columns.length) {
      return;
    }
    Mapping mapping = Mappings.create(MappingType.INVERSE_SURJECTION, columns.length, used.cardinality());
    String[] narrowed = new String[used.cardinality()];
    int next = 0;
    for (int column : used) {
      mapping.set(column, next);
      narrowed[next++] = columns[column];
    }
    List<AggregateCall> calls = aggregate.getAggCallList().stream().map(c -> c.transform(mapping)).toList();
    call.transformTo(aggregate.copy(aggregate.getTraitSet(), scan.withColumns(narrowed),
        Mappings.apply(mapping, aggregate.getGroupSet()), Mappings.apply2(mapping, aggregate.getGroupSets()), calls));
  }

  private static ImmutableBitSet usedColumns(LogicalAggregate aggregate) {
    ImmutableBitSet.Builder used = ImmutableBitSet.builder().addAll(aggregate.getGroupSet());
    for (AggregateCall aggregateCall : aggregate.getAggCallList()) {
      used.addAll(aggregateCall.getArgList());
      if (aggregateCall.filterArg >= 0) {
        used.set(aggregateCall.filterArg);
      }
      aggregateCall.collation.getFieldCollations().forEach(c -> used.set(c.getFieldIndex()));
    }
    return used.build();
  }
}
