package org.parquetframe.adapter;

/** The planner rules of the Parquet adapter. */
public final class ParquetRules {
  /** Reads only the columns a projection above the scan uses. */
  public static final ParquetProjectTableScanRule PROJECT_SCAN = new ParquetProjectTableScanRule();
  /** Reads only the columns an aggregate directly on the scan uses; none for {@code count(*)}. */
  public static final ParquetAggregateTableScanRule AGGREGATE_SCAN = new ParquetAggregateTableScanRule();
  /** Skips the files and row groups a filter on the scan excludes; the filter stays. */
  public static final ParquetFilterTableScanRule FILTER_SCAN = new ParquetFilterTableScanRule();

  private ParquetRules() {}
}
