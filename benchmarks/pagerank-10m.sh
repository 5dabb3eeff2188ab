#!/usr/bin/env bash
# PageRank over a generated 1M-vertex, 10M-edge graph through the JDBC driver (bin/parquetframe),
# cold (graph read and built) then warm (graph cached), with the time of each phase from
# pf_metrics() and the peak resident memory of the whole run from /usr/bin/time.
# Usage: benchmarks/pagerank-10m.sh [data-dir]   (needs the shaded jar: mvn -B -q -DskipTests package)
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
data="${1:-${TMPDIR:-/tmp}/parquetframe-bench-10m}"
ensure_graph_10m "$data"
query="SELECT node, score FROM TABLE(pagerank('edges.parquet')) ORDER BY score DESC LIMIT 10"
print_load_average
time_and_peak_rss "$here/bin/parquetframe" query "$data" \
  "$query; $query; SELECT operation, calls, round(total_ms) AS total_ms, round(max_ms) AS max_ms, row_count FROM TABLE(pf_metrics())"
