#!/usr/bin/env bash
# Prints the cold start-up of the command line: the wall time of `kubeprint validate FILE` on one small file,
# each run a new JVM, without and with the class-data-sharing archive the build writes beside the jar
# (render/target/kubeprint.jsa). Median and range of N runs (default 11). Build first:
#   mvn -q -B package -DskipTests && bash benchmarks/startup.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
jar=render/target/kubeprint.jar
jsa=render/target/kubeprint.jsa
file=render/src/cds/training.yaml
[ -f "$jar" ] && [ -f "$jsa" ] || { echo "build first: mvn -q -B package -DskipTests" >&2; exit 2; }

measure() { # label, java options...
  local label=$1; shift
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    java "$@" -jar "$jar" validate "$file" > /dev/null
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
measure "without archive"
measure "with kubeprint.jsa" -XX:SharedArchiveFile="$jsa"
