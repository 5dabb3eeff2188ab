#!/usr/bin/env bash
# Our graph kernels (JVM and native engines) against the GAP Benchmark Suite's C++/OpenMP reference
# kernels, on the same generated graph, on 1 and 2 threads, in one run of this script: kernel time
# only, medians. A developer's tool (docs/benchmarks.md), not part of the build.
#
# Usage: native/src/test/scripts/kernels-vs-gap.sh GAPBS_DIR [vertices:edges] [runs] [rounds]
#   GAPBS_DIR  a checkout of github.com/sbeamer/gapbs, built with `make` (g++ -O3 -fopenmp)
#   defaults   1000000:10000000, 5 timed runs per kernel, 2 rounds
# Needs the project built first (mvn -B -q -o -DskipTests package, or test-compile for the harness).
# Each round runs GAP's kernels, then ours, so that load changes on the shared machine hit both; the
# medians of all runs of a kernel over all rounds are printed. GAP runs from vertex 0 (-r 0), PageRank
# for exactly 20 iterations (-i 20 -t 0), SSSP with a few deltas (-d); ours alike. GAP's PageRank
# computes in float; "pagerank(double)" is the same GAP code built with double scores (ours are
# doubles, as NetworkX's), compiled here from GAPBS_DIR/src/pr.cc. GAP's SSSP weights are int32.
set -euo pipefail
gap="$(cd "$1" && pwd)"
size="${2:-1000000:10000000}"
runs="${3:-5}"
rounds="${4:-2}"
deltas="${DELTAS:-2 4 8 16}"
here="$(cd "$(dirname "$0")/../../../.." && pwd)"
slf4j="$(find ~/.m2/repository/org/slf4j/slf4j-api -name 'slf4j-api-*.jar' | sort -V | tail -1)"
cp="$here/kernels/target/classes:$here/native/target/classes:$here/native/target/test-classes:$slf4j"
work="/tmp/parquetframe-gap-${size/:/-}"
mkdir -p "$work"
if [ ! -x "$work/pr_double" ]; then
  sed 's/typedef float ScoreT;/typedef double ScoreT;/' "$gap/src/pr.cc" > "$work/pr_double.cc"
  g++ -std=c++11 -O3 -Wall -fopenmp -I"$gap/src" "$work/pr_double.cc" -o "$work/pr_double"
fi
if [ ! -f "$work/g.wsg" ]; then
  java -cp "$cp" org.parquetframe.nativekernels.NativeVsJvmBenchmark "$size" --write-wel "$work/g.wel"
  cut -d' ' -f1,2 "$work/g.wel" > "$work/g.el"
  "$gap/converter" -f "$work/g.el" -b "$work/g.sg" > /dev/null
  "$gap/converter" -f "$work/g.wel" -wb "$work/g.wsg" > /dev/null
  rm -f "$work/g.el" "$work/g.wel"
fi
# Prints the trial times (ms) of one GAP kernel run, one per line.
gap_trials() {
  local threads="$1"; shift
  OMP_NUM_THREADS="$threads" "$@" -r 0 -n "$runs" | awk '/Trial Time/ {printf "%.1f\n", $3 * 1000}'
}
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
results="$work/results.txt"
: > "$results"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$rounds"); do
  for threads in 1 2; do
    gap_trials "$threads" "$gap/pr" -f "$work/g.sg" -i 20 -t 0 | sed "s/^/gap pagerank $threads /" >> "$results"
    gap_trials "$threads" "$work/pr_double" -f "$work/g.sg" -i 20 -t 0 \
      | sed "s/^/gap pagerank(double) $threads /" >> "$results"
    gap_trials "$threads" "$gap/bfs" -f "$work/g.sg" | sed "s/^/gap bfs $threads /" >> "$results"
    gap_trials "$threads" "$gap/cc" -f "$work/g.sg" | sed "s/^/gap connected_components $threads /" >> "$results"
    for d in $deltas; do
      gap_trials "$threads" "$gap/sssp" -f "$work/g.wsg" -d "$d" | sed "s/^/gap dijkstra(d=$d) $threads /" >> "$results"
    done
  done
  echo "round $round: GAP done, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  java -Xmx6g -cp "$cp" org.parquetframe.nativekernels.NativeVsJvmBenchmark "$size" --runs "$runs" \
      --kernels pagerank,bfs,dijkstra,shortest_path,connected_components,dfs | tee "$work/ours-$round.txt" \
    | awk -F'|' '/^\| [0-9]/ {gsub(/ /, "", $3); gsub(/ /, "", $4); gsub(/ /, "", $5); gsub(/ /, "", $6);
                 print "jvm " $3 " " $4 " " $5; print "native " $3 " " $4 " " $6}' \
    | awk '{print $1, $2, $3, $4}' >> "$results"
  echo "round $round: ours done, load average $(cut -d' ' -f1-3 /proc/loadavg)"
done
echo
echo "| kernel | system | 1 thread ms | 2 threads ms |"
echo "|---|---|---|---|"
for key in $(awk '{print $2 "/" $1}' "$results" | sort -u); do
  kernel="${key%%/*}"; system="${key##*/}"
  one="$(awk -v k="$kernel" -v s="$system" '$1 == s && $2 == k && $3 == 1 {print $4}' "$results" | median)"
  two="$(awk -v k="$kernel" -v s="$system" '$1 == s && $2 == k && $3 == 2 {print $4}' "$results" | median)"
  echo "| $kernel | $system | $one | $two |"
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
