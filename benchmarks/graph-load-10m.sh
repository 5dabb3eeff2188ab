#!/usr/bin/env bash
# Loading a 10M-edge Parquet graph and the PageRank top-10 query around it, cold and warm, phase by
# phase, with the heap and resident memory it takes; docs/benchmarks.md reports what it printed.
# Usage: benchmarks/graph-load-10m.sh [data-dir] [runs] [--memory]
#   (needs the shaded jar: mvn -B -q -DskipTests package; --memory also searches the smallest heap,
#   which takes minutes)
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
data="${1:-${TMPDIR:-/tmp}/parquetframe-bench-10m}"
runs="${2:-5}"
jar="$here/jdbc-driver/target/parquetframe-jdbc-0.1.0.jar"
ensure_graph_10m "$data"
classes="$(mktemp -d)"
trap 'rm -rf "$classes"' EXIT
javac -d "$classes" -cp "$jar" "$here"/benchmarks/graph-load/*.java
cp="$jar:$classes"

print_load_average
echo "== reading the two id columns into long arrays (bulk reader, 2 threads)"
java -cp "$cp" ColumnRead "$data" "$runs"
echo "== cold: the graph is read and built in every run (graph_cache_bytes=1)"
java -cp "$cp" GraphLoad "$data" cold "$runs"
echo "== warm: the graph comes from the cache"
java -cp "$cp" GraphLoad "$data" warm $((runs * 4))
echo "== baseline: the same JVM running SELECT 1"
java -cp "$cp" GraphLoad "$data" trivial 1

if [ "${3:-}" = "--memory" ]; then
  # The smallest -Xmx, in steps of 10 MB, in which the query completes (memory_limit lifted so that
  # the estimate does not refuse it first): the peak of live heap, G1's fragmentation included.
  for mode in trivial cold; do
    for mb in 10 20 30 40 50 60 70 80 90 100 110 120 130 140 150 160 170 180 190 200 250 300 400; do
      if java -Xmx${mb}m -cp "$cp" GraphLoad "$data" "$mode" 1 memory_limit=64GB > /dev/null 2>&1; then
        echo "$mode completes with -Xmx${mb}m"
        break
      fi
    done
  done
fi
print_load_average
