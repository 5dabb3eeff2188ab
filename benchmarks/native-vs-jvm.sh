#!/usr/bin/env bash
# Native against JVM for every graph kernel, 1 and 2 threads (kernel time only, JMH), on the uniform
# 100K-vertex/1M-edge and 1M/10M graphs that generate-graph draws with seed 42; JMH prints the table.
# Usage: benchmarks/native-vs-jvm.sh [edges,...] [extra JMH options]   e.g. benchmarks/native-vs-jvm.sh 1000000
#   (needs the build with the native library, i.e. gcc present: mvn -B -q -DskipTests package)
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
edges="${1:-1000000,10000000}"
[[ $# -gt 0 ]] && shift
print_load_average
"$here/bin/parquetframe" bench jmh \
  '(PageRank|Bfs|Dfs|Dijkstra|ShortestPath|ConnectedComponents)Benchmark' \
  -p edges="$edges" -p model=uniform -p threads=1,2 -p engine=jvm,native "$@"
print_load_average
