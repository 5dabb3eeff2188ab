package org.parquetframe.benchmarks.scan;

import java.util.List;

/**
 * One query of the scan benchmark, in our SQL and DuckDB's (over views of the same names on the same
 * files), with the target for its ratio ours/DuckDB: {@code metadata} queries no slower
 * (1x), {@code selective} ones within 2x, {@code full scan} reported as it stands.
 */
record ScanQuery(String name, Kind kind, String ours, String duckdb) {
  enum Kind {
    METADATA("metadata", 1.0), SELECTIVE("selective", 2.0), FULL_SCAN("full scan", Double.NaN);

    final String label;
    /** Largest ratio ours/DuckDB the issue accepts; NaN where it sets none. */
    final double target;

    Kind(String label, double target) {
      this.label = label;
      this.target = target;
    }
  }

  static ScanQuery same(String name, Kind kind, String sql) {
    return new ScanQuery(name, kind, sql, sql);
  }

  /** The queries, for a table of {@code rows} rows; point and range keys sit in the middle of the table. */
  static List<ScanQuery> all(long rows) {
    long middle = rows / 2 + 123;
    long rangeStart = rows * 3 / 10;
    long rangeEnd = rangeStart + rows / 100 - 1;
    return List.of(
        same("count(*)", Kind.METADATA, "SELECT count(*) FROM wide"),
        same("count(*) of a partition", Kind.METADATA, "SELECT count(*) FROM parts WHERE grp = 7"),
        same("min/max of 3 columns", Kind.METADATA,
            "SELECT min(id), max(id), min(ts), max(ts), min(price), max(price) FROM wide"),
        new ScanQuery("parquet_metadata", Kind.METADATA, "SELECT * FROM TABLE(parquet_metadata('wide.parquet'))",
            "SELECT * FROM parquet_metadata('%DIR%/wide.parquet')"),
        same("point lookup on the key", Kind.SELECTIVE, "SELECT * FROM wide WHERE id = " + middle),
        same("1% range of the key", Kind.SELECTIVE, "SELECT count(*), sum(qty), max(price) FROM wide WHERE id BETWEEN "
            + rangeStart + " AND " + rangeEnd),
        same("filter on the partition column", Kind.SELECTIVE,
            "SELECT count(*), sum(qty), max(name) FROM parts WHERE grp = 7 AND flag"),
        same("full-scan GROUP BY", Kind.FULL_SCAN,
            "SELECT cat, count(*), sum(qty), max(price) FROM wide GROUP BY cat ORDER BY cat"));
  }
}
