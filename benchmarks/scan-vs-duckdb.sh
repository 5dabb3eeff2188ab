#!/usr/bin/env bash
# ParquetFrame SQL against DuckDB (JDBC, same JVM, same files): count(*), min/max and
# parquet_metadata from footers, a point lookup, a 1% range and a partition filter, and a full-scan
# GROUP BY over a generated 10M-row, 20-column table (125 row groups, sorted by id, page indexes;
# also as 20 Hive partitions). Cold (new connection) and warm, medians, ratios ours/DuckDB.
# Usage: benchmarks/scan-vs-duckdb.sh [--data DIR] [--rows N] [--runs N] [--full-scan-runs N] [--jvm-warmup N]
#        [--out PREFIX] [--only TEXT]
# Needs the benchmarks module built: mvn -B -q -DskipTests package. JAVA_OPTS adds JVM options.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
classpath="$(benchmarks_classpath)"
# the default --out (benchmarks/target/scan-vs-duckdb) is relative to the repository
cd "$here"
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} -cp "$classpath" org.parquetframe.benchmarks.scan.ScanVsDuckDb "$@"
