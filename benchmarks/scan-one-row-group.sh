#!/usr/bin/env bash
# Memory of a scan whatever the row group size: a generated 6M-row, 20-column table in ONE row group
# (about 500 MB compressed), read through the command line with a 512 MB heap, with each driver jar
# given: every column's first rows, then one column summed, with the wall time and peak resident
# memory of each run from /usr/bin/time.
# Usage: benchmarks/scan-one-row-group.sh [data-dir] [driver.jar ...]   (default: this build's jar)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-${TMPDIR:-/tmp}/parquetframe-scan-one-group}"
shift || true
jars=("$@")
if [ ${#jars[@]} -eq 0 ]; then
  jars=("$here"/jdbc-driver/target/parquetframe-jdbc-[0-9]*.jar)
fi
classpath="$here/benchmarks/target/classes:$(cat "$here/benchmarks/target/benchmarks.classpath")"
# generates the table once (no query runs: zero rounds, and no jar)
java -Xmx6g -Dtable=one_group -DrowGroupMB=4096 -Dqueries=none -cp "$classpath" \
  org.parquetframe.benchmarks.scan.ScanBenchmark "$data" 6000000 0 1 >/dev/null
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for jar in "${jars[@]}"; do
  for sql in "SELECT * FROM one_group LIMIT 10" "SELECT sum(v6) FROM one_group"; do
    echo "== $(basename "$jar"): $sql"
    /usr/bin/time -f "wall %e s, peak RSS %M KB" java -Xmx512m -jar "$jar" query "$data" "$sql" 2>&1 \
      | grep -v '^SLF4J' | tail -4 || true
  done
done
