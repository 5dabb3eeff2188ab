package org.parquetframe.benchmarks.scan;

import java.util.EnumMap;
import java.util.Map;
import org.parquetframe.benchmarks.report.SampleStats;
import org.parquetframe.benchmarks.scan.Engines.Engine;

/**
 * The timings of one query on every system, cold (a new connection opened, the query run, every
 * value read, the connection closed) and warm (the same on an open connection), and whether the
 * systems gave the same answer. Ratios are ours over DuckDB's medians, NaN where a side was not run.
 */
final class QueryMeasurement {
  final ScanQuery query;
  final Map<Engine, Samples> cold = new EnumMap<>(Engine.class);
  final Map<Engine, Samples> warm = new EnumMap<>(Engine.class);
  final Map<Engine, ResultDigest> results = new EnumMap<>(Engine.class);

  QueryMeasurement(ScanQuery query) {
    this.query = query;
    for (Engine engine : Engine.values()) {
      cold.put(engine, new Samples());
      warm.put(engine, new Samples());
    }
  }

  double coldMedian(Engine engine) {
    return cold.get(engine).median();
  }

  double warmMedian(Engine engine) {
    return warm.get(engine).median();
  }

  /** Ours ({@code OURS} or {@code OURS_UNCACHED}) over DuckDB's, cold. */
  double coldRatio(Engine ours) {
    return SampleStats.ratio(coldMedian(ours), coldMedian(Engine.DUCKDB));
  }

  double warmRatio() {
    return SampleStats.ratio(warmMedian(Engine.OURS), warmMedian(Engine.DUCKDB));
  }

  /** Whether ParquetFrame and DuckDB agree (parquet_metadata: on the number of rows, one per column chunk). */
  boolean sameAnswer() {
    ResultDigest ours = results.get(Engine.OURS);
    ResultDigest duckdb = results.get(Engine.DUCKDB);
    return ours != null && duckdb != null && ours.agrees(duckdb, query.name().equals("parquet_metadata"));
  }

  /** Whether the warm and cold ratios meet the target for the query's kind (true where it sets none). */
  boolean meetsTarget() {
    double target = query.kind().target;
    return Double.isNaN(target) || coldRatio(Engine.OURS) <= target && warmRatio() <= target;
  }
}
