package org.parquetframe.benchmarks.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanVsDuckDbOptionsTest {

  @Test
  void theDefaultsAreTheDocumentedRun() {
    ScanVsDuckDbOptions options = ScanVsDuckDbOptions.parse(List.of());
    assertEquals(10_000_000, options.rows());
    assertEquals(List.of(5, 3, 20), List.of(options.runs(), options.fullScanRuns(), options.jvmWarmup()));
    assertEquals(Path.of("benchmarks/target/scan-vs-duckdb"), options.out());
    assertTrue(options.data().endsWith("parquetframe-bench-scan"), options.data().toString());
    assertNull(options.only());
  }

  @Test
  void everyOptionIsParsed() {
    ScanVsDuckDbOptions options = ScanVsDuckDbOptions.parse(List.of("--data", "/tmp/d", "--rows", "20000",
        "--runs", "1", "--full-scan-runs", "2", "--jvm-warmup", "3", "--out", "/tmp/o", "--only", "count"));
    assertEquals(new ScanVsDuckDbOptions(Path.of("/tmp/d"), 20_000, 1, 2, 3, Path.of("/tmp/o"), "count"), options);
    List<ScanQuery> queries = ScanQuery.all(20_000);
    assertTrue(options.selects(queries.get(0)));
    assertFalse(options.selects(queries.get(queries.size() - 1)), "the full-scan GROUP BY has no 'count' in its name");
  }

  @Test
  void wrongArgumentsSayWhatIsExpected() {
    assertMessage("Expected a value after --rows", "--rows");
    assertMessage("Expected a known option, not --row", "--row", "5");
    assertMessage("Expected a positive whole number after --runs, not '0'", "--runs", "0");
    assertMessage("Expected a positive whole number after --rows, not '10M'", "--rows", "10M");
  }

  private static void assertMessage(String expected, String... args) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ScanVsDuckDbOptions.parse(List.of(args)));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertTrue(e.getMessage().contains("Usage: scan-vs-duckdb.sh"), e.getMessage());
  }
}
