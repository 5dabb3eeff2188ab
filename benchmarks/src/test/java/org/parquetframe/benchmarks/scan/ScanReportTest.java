package org.parquetframe.benchmarks.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parquetframe.benchmarks.report.Json;
import org.parquetframe.benchmarks.report.MachineInfo;
import org.parquetframe.benchmarks.scan.Engines.Engine;

class ScanReportTest {

  @Test
  void aRowShowsMediansRatiosAndWhetherTheAnswersAgree() {
    QueryMeasurement m = measured(ScanQuery.all(1_000).get(0));
    String table = ScanReport.markdown(List.of(m));
    assertTrue(table.contains("| --- | --- | ---: |"), table);
    assertTrue(table.contains("| count(*) | metadata (≤ 1x) | 20.0 ms | 40.0 ms | 0.500x | 5.00 ms | 10.0 ms"
        + " | 0.500x | 60.0 ms | 1.50x | yes |"), table);
    assertTrue(m.meetsTarget());
  }

  @Test
  void unmeasuredSettingsAndDifferentAnswersAreShownAsSuch() {
    QueryMeasurement m = measured(ScanQuery.all(1_000).get(7));
    m.cold.put(Engine.OURS_UNCACHED, new Samples());
    m.results.put(Engine.DUCKDB, new ResultDigest(2, List.of()));
    String table = ScanReport.markdown(List.of(m));
    assertTrue(table.contains("| full-scan GROUP BY | full scan (as it stands) |"), table);
    assertTrue(table.contains("| – | – | NO |"), table);
    assertFalse(m.sameAnswer());
  }

  @Test
  void theJsonKeepsEverySampleAndHasNullWhereARatioCannotBeFormed() {
    QueryMeasurement m = measured(ScanQuery.all(1_000).get(7));
    m.cold.put(Engine.OURS_UNCACHED, new Samples());
    ScanResults results = ScanResults.of(MachineInfo.now(), "1 1 1", "v2", ScanVsDuckDbOptions.parse(List.of()),
        java.util.Map.of("count(*)", 12.5), List.of(m));
    ScanResults.Query query = results.queries().get(0);
    assertEquals(List.of(10.0, 30.0, 20.0), query.coldMs().get("ours"), "raw, in the order taken");
    assertEquals(0.5, query.ratioCold());
    assertNull(query.ratioUncachedCold());
    assertNull(query.targetRatio());
    String json = Json.line(results);
    assertTrue(json.contains("\"ratioUncachedCold\":null"), json);
    assertEquals(results.queries(), Json.parseLine(json, ScanResults.class).queries());
  }

  /** Ours cold 10/20/30 ms, warm 5; DuckDB cold 40, warm 10; ours without footer cache 60; same answers. */
  private static QueryMeasurement measured(ScanQuery query) {
    QueryMeasurement m = new QueryMeasurement(query);
    m.cold.put(Engine.OURS, SamplesTest.samples(10_000_000, 30_000_000, 20_000_000));
    m.warm.put(Engine.OURS, SamplesTest.samples(5_000_000));
    m.cold.put(Engine.DUCKDB, SamplesTest.samples(40_000_000));
    m.warm.put(Engine.DUCKDB, SamplesTest.samples(10_000_000));
    m.cold.put(Engine.OURS_UNCACHED, SamplesTest.samples(60_000_000));
    ResultDigest answer = new ResultDigest(1, List.of(List.of("7")));
    m.results.put(Engine.OURS, answer);
    m.results.put(Engine.DUCKDB, answer);
    return m;
  }
}
