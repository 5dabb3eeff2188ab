package org.parquetframe.benchmarks.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parquetframe.benchmarks.report.MachineInfo;
import org.parquetframe.benchmarks.scan.Engines.Engine;

/**
 * Everything one DuckDB comparison measured, as written to its JSON file with {@code report.Json}:
 * where and when it ran, the options, every raw sample of every query and system, and the ratios.
 * A ratio that could not be formed is {@code null}.
 */
record ScanResults(String benchmark, MachineInfo machine, String loadAverageAtEnd, String duckdb, long rows,
    int runs, int fullScanRuns, int jvmWarmup, Map<String, Double> firstRunInJvmMs, List<Query> queries) {

  /**
   * One query's samples in milliseconds, keyed by system ({@code ours}, {@code ours_uncached},
   * {@code duckdb}), and its verdicts.
   */
  record Query(String name, String kind, Double targetRatio, String oursSql, String duckdbSql,
      Map<String, List<Double>> coldMs, Map<String, List<Double>> warmMs, Double ratioCold, Double ratioWarm,
      Double ratioUncachedCold, boolean meetsTarget, boolean sameAnswer) {

    static Query of(QueryMeasurement m) {
      Map<String, List<Double>> cold = new LinkedHashMap<>();
      Map<String, List<Double>> warm = new LinkedHashMap<>();
      for (Engine engine : Engine.values()) {
        String key = engine.name().toLowerCase(Locale.ROOT);
        cold.put(key, m.cold.get(engine).all());
        warm.put(key, m.warm.get(engine).all());
      }
      return new Query(m.query.name(), m.query.kind().label, orNull(m.query.kind().target), m.query.ours(),
          m.query.duckdb(), cold, warm, orNull(m.coldRatio(Engine.OURS)), orNull(m.warmRatio()),
          orNull(m.coldRatio(Engine.OURS_UNCACHED)), m.meetsTarget(), m.sameAnswer());
    }
  }

  static ScanResults of(MachineInfo machine, String loadAverageAtEnd, String duckdb, ScanVsDuckDbOptions options,
      Map<String, Double> firstRuns, List<QueryMeasurement> measurements) {
    List<Query> queries = new ArrayList<>();
    for (QueryMeasurement m : measurements) {
      queries.add(Query.of(m));
    }
    return new ScanResults("scan-vs-duckdb", machine, loadAverageAtEnd, duckdb, options.rows(), options.runs(),
        options.fullScanRuns(), options.jvmWarmup(), new LinkedHashMap<>(firstRuns), queries);
  }

  /** JSON has no NaN. */
  private static Double orNull(double value) {
    return Double.isNaN(value) ? null : value;
  }
}
