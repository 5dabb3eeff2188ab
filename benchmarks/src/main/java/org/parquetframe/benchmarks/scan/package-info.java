/**
 * Table-scan benchmarks over one generated table ({@link org.parquetframe.benchmarks.scan.WideRows},
 * written by {@link org.parquetframe.benchmarks.scan.WideTableGenerator} in the layout a script asks
 * for) and one timing path ({@link org.parquetframe.benchmarks.scan.InterleavedRounds} into
 * {@link org.parquetframe.benchmarks.scan.Samples}, summarised by {@code report.SampleStats}). The
 * entry points are thin, one per script: {@code ScanVsDuckDb} (scan-vs-duckdb.sh), {@code ScanBenchmark}
 * (scan-10m.sh), {@code GenerateWideTable} (scan-one-row-group.sh); {@code FooterSizeCalibration}
 * stands apart (it measures heap, not time).
 */
package org.parquetframe.benchmarks.scan;
