#!/usr/bin/env bash
# Scans of nested columns (ARRAY, ROW) next to a flat column of the same generated file, through
# the JDBC driver, interleaved, medians; prints a Markdown table and the load average.
# Usage: benchmarks/nested-scan.sh [rows] [rounds]   (needs: mvn -B -q -DskipTests package)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx4g -cp "$here/benchmarks/target/classes:$(cat "$here/benchmarks/target/benchmarks.classpath")" \
  org.parquetframe.benchmarks.nested.NestedScanBenchmark "$@"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
