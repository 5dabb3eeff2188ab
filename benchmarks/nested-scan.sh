#!/usr/bin/env bash
# Scans of nested columns (ARRAY, ROW) next to a flat column of the same generated file, through
# the JDBC driver, interleaved, medians; prints a Markdown table and the load average.
# Usage: benchmarks/nested-scan.sh [rows] [rounds]   (needs: mvn -B -q -DskipTests package)
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
classpath="$(benchmarks_classpath)"
print_load_average
java -Xmx4g -cp "$classpath" org.parquetframe.benchmarks.nested.NestedScanBenchmark "$@"
print_load_average
