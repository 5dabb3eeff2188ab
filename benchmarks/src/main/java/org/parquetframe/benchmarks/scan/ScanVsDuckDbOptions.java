package org.parquetframe.benchmarks.scan;

import java.nio.file.Path;
import java.util.List;

/**
 * The command line of {@code benchmarks/scan-vs-duckdb.sh}, checked once where it enters.
 *
 * @param data where the table is generated (kept between runs)
 * @param rows rows of the table
 * @param runs timed runs of each query but the full scan
 * @param fullScanRuns timed runs of the full scan, which takes seconds at 10M rows
 * @param jvmWarmup untimed runs of each query on ours before measuring (JIT of Calcite's planner)
 * @param out prefix of the {@code .json} and {@code .md} files written
 * @param only runs only the queries whose name contains this, or all when null
 */
record ScanVsDuckDbOptions(Path data, long rows, int runs, int fullScanRuns, int jvmWarmup, Path out, String only) {
  static final String USAGE = "Usage: scan-vs-duckdb.sh [--data DIR] [--rows N] [--runs N] [--full-scan-runs N]"
      + " [--jvm-warmup N] [--out PREFIX] [--only TEXT]";

  static ScanVsDuckDbOptions parse(List<String> args) {
    Path data = Path.of(System.getProperty("java.io.tmpdir"), "parquetframe-bench-scan");
    long rows = 10_000_000;
    int runs = 5;
    int fullScanRuns = 3;
    int jvmWarmup = 20;
    Path out = Path.of("benchmarks/target/scan-vs-duckdb");
    String only = null;
    for (int i = 0; i < args.size(); i += 2) {
      String option = args.get(i);
      if (i + 1 >= args.size()) {
        throw new IllegalArgumentException("Expected a value after " + option + ". " + USAGE);
      }
      String value = args.get(i + 1);
      switch (option) {
        case "--data" -> data = Path.of(value);
        case "--rows" -> rows = positive(option, value);
        case "--runs" -> runs = (int) positive(option, value);
        case "--full-scan-runs" -> fullScanRuns = (int) positive(option, value);
        case "--jvm-warmup" -> jvmWarmup = (int) positive(option, value);
        case "--out" -> out = Path.of(value);
        case "--only" -> only = value;
        default -> throw new IllegalArgumentException("Expected a known option, not " + option + ". " + USAGE);
      }
    }
    return new ScanVsDuckDbOptions(data, rows, runs, fullScanRuns, jvmWarmup, out, only);
  }

  /** Whether {@code query} is among those asked for. */
  boolean selects(ScanQuery query) {
    return only == null || query.name().contains(only);
  }

  private static long positive(String option, String value) {
    try {
      long number = Long.parseLong(value);
      if (number > 0 && (option.equals("--rows") || number <= Integer.MAX_VALUE)) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("Expected a positive whole number after " + option + ", not '" + value
        + "'. " + USAGE);
  }
}
