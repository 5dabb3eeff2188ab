#!/usr/bin/env bash
# Native against JVM for every graph kernel, 1 and 2 threads, in one JVM (kernel time only), on the
# 100K/1M and 1M/10M graphs generate-graph makes with seed 42; prints a Markdown table.
# Usage: benchmarks/native-vs-jvm.sh [vertices:edges ...]
#   (needs a build with the native library: mvn -B -q -DskipTests install)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here/native"
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx6g -cp "target/classes:target/test-classes:$(cat "$cp_file")" \
  org.parquetframe.nativekernels.NativeVsJvmBenchmark "$@"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
