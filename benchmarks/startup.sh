#!/usr/bin/env bash
# Prints the cold start-up of the command line: the wall time of `kubeprint validate FILE` on one small file,
# each run a new JVM: the jar without the class-data-sharing archive, the jar with it (cli/target/kubeprint.jsa),
# and the launcher cli/target/kubeprint, which passes the archive itself (the figure a user sees). Median and
# range of N runs (default 11). Build first:
#   mvn -q -B package -DskipTests && bash benchmarks/startup.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
jar=cli/target/kubeprint.jar
jsa=cli/target/kubeprint.jsa
launcher=cli/target/kubeprint
file=cli/src/cds/training.yaml
[ -f "$jar" ] && [ -f "$jsa" ] && [ -x "$launcher" ] || { echo "build first: mvn -q -B package -DskipTests" >&2; exit 2; }

measure() { # label, command...
  local label=$1; shift
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" validate "$file" > /dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  local sorted
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  local median min max
  median=$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
  min=$(echo "$sorted" | head -1)
  max=$(echo "$sorted" | tail -1)
  printf '%-28s median %5d ms   (min %d, max %d, %d runs)\n' "$label" "$median" "$min" "$max" "$runs"
}

echo "kubeprint validate $(basename "$file"), cold JVM, $(java -version 2>&1 | head -1), $(nproc) cores"
measure "without archive" java -jar "$jar"
measure "with kubeprint.jsa" java -XX:SharedArchiveFile="$jsa" -jar "$jar"
JAVA_OPTS= measure "launcher (cli/target/kubeprint)" "$launcher"
