#!/usr/bin/env bash
# Table scans through the JDBC driver over a generated 10M-row, 20-column table (snappy, 125 row
# groups of 80,000 rows, page index on): a full-scan GROUP BY, SELECT * LIMIT 10, a sum of one
# column, every column of every row, and a 0.01% range of the sorted key (page skipping), at
# threads=1 and threads=2; after a warm-up, 5 rounds in which every jar and setting runs in turn.
# Usage: benchmarks/scan-10m.sh [data-dir] [driver.jar ...]
#   Needs mvn -B -q -DskipTests package. The default jar is this build's shaded driver; pass several
#   (one built from an older commit, say) to compare them in one JVM. QUERIES=group-by,limit-10 picks
#   queries by name; ROWS and ROUNDS (default 10000000 and 5) shrink the run, e.g. for a smoke test.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
data="${1:-${TMPDIR:-/tmp}/parquetframe-scan-10m}"
shift || true
set_driver_jars "$@"
classpath="$(benchmarks_classpath)"
queries="${QUERIES:-group-by,limit-10,sum-1-column,all-20-columns,id-range-0.01%}"
java -Xmx6g -Dqueries="$queries" -cp "$classpath" org.parquetframe.benchmarks.scan.ScanBenchmark \
  "$data" "${ROWS:-10000000}" "${ROUNDS:-5}" 1,2 "${jars[@]}"
