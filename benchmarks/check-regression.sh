#!/usr/bin/env bash
# The regression gate (not part of mvn verify): a quick end-to-end run on small graphs, whose ratios
# (ours ÷ JGraphT, measured in the same run so that the machine's speed cancels out) are compared
# with the baseline recorded in benchmarks/baseline/quick.json. Exit code 0: no ratio grew beyond
# the tolerance; 1: a regression (the report names it); 2: a usage or file error.
#
# Usage: benchmarks/check-regression.sh [--tolerance T] [--results FILE] [--record]
#   --tolerance T   allowed growth of a ratio, 1.0 = +100% (default 1.0: this shared machine is noisy)
#   --results FILE  check an existing results.json instead of running the quick benchmark
#   --record        run, then make this run the new baseline (after a deliberate change; commit it)
# Needs the build: mvn -B -q -DskipTests package
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
baseline="$here/benchmarks/baseline/quick.json"
out="$here/benchmarks/target/bench-quick"
tolerance="1.0"
results=""
record=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --tolerance) tolerance="${2:?--tolerance needs a value}"; shift 2 ;;
    --results) results="${2:?--results needs a file}"; shift 2 ;;
    --record) record=true; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "check-regression.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
if [[ -z "$results" ]]; then
  "$here/bin/parquetframe" bench --quick --out "$out" >/dev/null
  results="$out/results.json"
fi
if $record; then
  cp "$results" "$baseline"
  echo "Recorded $results as the baseline $baseline; commit it."
  exit 0
fi
exec "$here/bin/parquetframe" bench check "$baseline" "$results" --tolerance "$tolerance"
