#!/usr/bin/env bash
# Memory of a scan whatever the row group size: a generated 6M-row, 20-column table in ONE row group
# (about 500 MB compressed), read through the command line with a 512 MB heap, with each driver jar
# given: every column's first rows, then one column summed, with the wall time and peak resident
# memory of each run from /usr/bin/time.
# Usage: benchmarks/scan-one-row-group.sh [data-dir] [driver.jar ...]   (default: this build's jar)
#   ROWS (default 6000000) sets the table's size, e.g. for a smoke test.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
data="${1:-${TMPDIR:-/tmp}/parquetframe-scan-one-group}"
shift || true
set_driver_jars "$@"
classpath="$(benchmarks_classpath)"
# generates the table once
java -Xmx6g -cp "$classpath" org.parquetframe.benchmarks.scan.GenerateWideTable "$data" one_group "${ROWS:-6000000}" \
  --one-row-group >/dev/null
print_load_average
for jar in "${jars[@]}"; do
  for sql in "SELECT * FROM one_group LIMIT 10" "SELECT sum(id) FROM one_group"; do
    echo "== $(basename "$jar"): $sql"
    time_and_peak_rss java -Xmx512m -jar "$jar" query "$data" "$sql" 2>&1 | grep -v '^SLF4J' | tail -4 || true
  done
done
