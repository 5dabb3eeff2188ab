package org.parquetframe.benchmarks.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScanBenchmarkTest {

  @Test
  void theQueriesKeepTheirNamesForScan10mShsQueriesVariable() {
    assertEquals(List.of("group-by", "limit-10", "sum-1-column", "all-20-columns", "id-range-0.01%"),
        List.copyOf(ScanBenchmark.queries("wide", 10_000_000).keySet()));
  }

  @Test
  void theKeyRangeIsAtenThousandthOfTheTableFromItsMiddle() {
    assertEquals("SELECT * FROM wide WHERE id BETWEEN 5000000 AND 5000999",
        ScanBenchmark.queries("wide", 10_000_000).get("id-range-0.01%"));
    assertEquals("SELECT * FROM t WHERE id BETWEEN 10000 AND 10001",
        ScanBenchmark.queries("t", 20_000).get("id-range-0.01%"));
    assertEquals("SELECT * FROM t WHERE id BETWEEN 50 AND 50", ScanBenchmark.queries("t", 100).get("id-range-0.01%"),
        "at least one row on a tiny table");
  }
}
