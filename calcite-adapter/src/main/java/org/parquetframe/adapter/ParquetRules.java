package org.parquetframe.adapter;

import static org.apache.calcite.plan.RelOptRule.none;
import static org.apache.calcite.plan.RelOptRule.operand;

import java.util.List;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalProject;

/** The planner rules of the Parquet adapter. */
public final class ParquetRules {
  /** Reads only the columns a projection above the scan uses. */
  public static final ParquetProjectTableScanRule PROJECT_SCAN = new ParquetProjectTableScanRule();
  /** Reads only the columns an aggregate directly on the scan uses; none for {@code count(*)}. */
  public static final ParquetAggregateTableScanRule AGGREGATE_SCAN = new ParquetAggregateTableScanRule();
  /** Skips the files and row groups a filter on the scan excludes; the filter stays. */
  public static final ParquetFilterTableScanRule FILTER_SCAN = new ParquetFilterTableScanRule();
  /**
   * Answers counts, minimums and maximums grouped by and filtered on partition keys from footers,
   * for each shape in which Calcite presents an aggregate on a scan: directly, through a
   * filter, through a projection, or both.
   */
  public static final List<ParquetMetadataAggregateRule> METADATA_AGGREGATES = List.of(
      new ParquetMetadataAggregateRule(operand(LogicalAggregate.class, operand(ParquetTableScan.class, none())),
          "ParquetMetadataAggregateRule(scan)"),
      new ParquetMetadataAggregateRule(operand(LogicalAggregate.class, operand(LogicalFilter.class,
          operand(ParquetTableScan.class, none()))), "ParquetMetadataAggregateRule(filter)"),
      new ParquetMetadataAggregateRule(operand(LogicalAggregate.class, operand(LogicalProject.class,
          operand(ParquetTableScan.class, none()))), "ParquetMetadataAggregateRule(project)"),
      new ParquetMetadataAggregateRule(operand(LogicalAggregate.class, operand(LogicalProject.class,
          operand(LogicalFilter.class, operand(ParquetTableScan.class, none())))),
          "ParquetMetadataAggregateRule(project, filter)"));

  private ParquetRules() {}
}
