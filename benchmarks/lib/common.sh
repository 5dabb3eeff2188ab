# Sourced by the scripts in benchmarks/ (not run on its own): what they all repeat. Sets $here, the
# repository root, whichever directory the script is started from.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Prints the 1-, 5- and 15-minute load averages: on this shared machine a figure means little
# without the load it was measured under, so every script prints them before and after.
print_load_average() {
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# Prints the class path of the benchmarks module (its classes, then the dependencies its build
# listed); fails, saying how to build, when the module is not built. Assign it to a variable, so
# that set -e stops the script on that failure: cp="$(benchmarks_classpath)".
benchmarks_classpath() {
  local list="$here/benchmarks/target/benchmarks.classpath"
  if [[ ! -f "$list" || ! -d "$here/benchmarks/target/classes" ]]; then
    echo "$(basename "$0"): build first: cd $here && mvn -B -q -DskipTests package" >&2
    return 1
  fi
  echo "$here/benchmarks/target/classes:$(cat "$list")"
}

# Sets the array jars to the driver jars given, or to this build's shaded driver when none is.
set_driver_jars() {
  jars=("$@")
  if [[ ${#jars[@]} -eq 0 ]]; then
    jars=("$here"/jdbc-driver/target/parquetframe-jdbc-[0-9]*.jar)
  fi
  local jar
  for jar in "${jars[@]}"; do
    if [[ ! -f "$jar" ]]; then
      echo "$(basename "$0"): no driver jar $jar (build: cd $here && mvn -B -q -DskipTests package)" >&2
      return 1
    fi
  done
}

# Writes the 1M-vertex, 10M-edge uniform graph of seed 42 as <dir>/edges.parquet unless it is there.
ensure_graph_10m() {
  mkdir -p "$1"
  if [[ ! -f "$1/edges.parquet" ]]; then
    "$here/bin/parquetframe" generate-graph "$1/edges.parquet" --vertices 1000000 --edges 10000000 --seed 42
  fi
}

# Runs a command and then prints its wall time and peak resident memory (GNU time).
time_and_peak_rss() {
  /usr/bin/time -f "wall %e s, peak RSS %M KB" "$@"
}
