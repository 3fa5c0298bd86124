#!/usr/bin/env bash
# Regenerates every figure of docs/performance.md, kubeprint beside the peers the page names, and writes them
# into the page between its <!-- run.sh:NAME --> and <!-- /run.sh:NAME --> markers (the rest of the page is prose).
#
#   bash benchmarks/run.sh            # the page's figures, about 10 minutes on a quiet 2-core machine
#   bash benchmarks/run.sh --quick    # a sanity run of every step, about 2 minutes; the page says it was one
#   options: --no-build (use the jars already built), --no-write (print the tables, leave the page alone),
#            --variant V (the fleet's workload, see FleetBenchmark.Workload: base, or kinds with four more kinds
#            per app; JMH and the cold `fleet --variant V` runs use it; the kubernetes-client/java peer builds the
#            base fleet only, so it runs only when V is base)
#
# What it runs, one after the other on this machine:
#   1. JMH (benchmarks/target/kubeprint-benchmarks.jar), 1,000 apps: every kubeprint benchmark and fabric8's
#      builders and serializer in the same run, with the GC profiler (bytes allocated per object);
#   2. JMH at 100 and 10,000 apps for how cost grows per object;
#   3. cold processes under -Xmx256m, each size several times: `fleet N OUTFILE` of kubeprint's runnable
#      examples jar (as its launcher runs it, with the class-data-sharing archive beside the jar) and
#      kubernetes-client/java's Yaml.dumpAll of the same objects (benchmarks/peers/client-java), with wall time,
#      CPU time (user + sys) and peak RSS from /usr/bin/time;
#   4. the cold start of `kubeprint validate` on one small file, without and with the archive and through the
#      launcher (which passes the archive itself), and the classes
#      a cold `fleet 1000` loads (-Xlog:class+load), by source.
# Raw results stay in benchmarks/target/run/ (JMH's report, one TSV per step).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

quick=false build=true write=true variant=base
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=true ;;
    --no-build) build=false ;;
    --no-write) write=false ;;
    --variant) variant=$2; shift ;;
    *) echo "usage: benchmarks/run.sh [--quick] [--no-build] [--no-write] [--variant V]" >&2; exit 2 ;;
  esac
  shift
done

if $quick; then
  iterations=2 seconds=1 growth_apps=100 cold_sizes="100 1000" cold_runs=1 start_runs=3
else
  iterations=5 seconds=2 growth_apps=100,10000 cold_sizes="100 1000 10000" cold_runs=3 start_runs=11
fi

out=benchmarks/target/run
bench=benchmarks/target/kubeprint-benchmarks.jar
examples=examples/target/kubeprint-examples.jar
peer=benchmarks/peers/client-java/target/client-java-fleet.jar
cli=cli/target/kubeprint.jar
cli_jsa=cli/target/kubeprint.jsa
cli_launcher=cli/target/kubeprint
small=cli/src/cds/training.yaml

log() { printf '[run.sh %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

if $build; then
  log "building (mvn -o package, tests skipped)"
  mvn -o -q -B package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true > /dev/null
  log "building the kubernetes-client/java peer"
  mvn -o -q -B -f benchmarks/peers/client-java/pom.xml package > /dev/null
fi
needed=("$bench" "$examples" "$cli" "$cli_launcher")
[ "$variant" = base ] && needed+=("$peer")
for f in "${needed[@]}"; do
  [ -f "$f" ] || { echo "missing $f: run without --no-build" >&2; exit 2; }
done
rm -rf "$out"
mkdir -p "$out"

started=$(date -u '+%Y-%m-%d %H:%M UTC')
load_start=$(load)

# ---- 1 and 2: JMH ----
log "JMH, 1,000 apps, every benchmark ($iterations iterations of ${seconds}s)"
java -jar "$bench" --apps 1000 --iterations "$iterations" --seconds "$seconds" --variant "$variant" \
  --tsv "$out/jmh-1000.tsv" > "$out/jmh-1000.txt" 2>&1 || { tail -30 "$out/jmh-1000.txt" >&2; exit 1; }
log "JMH, $growth_apps apps, how cost grows"
java -jar "$bench" --apps "$growth_apps" --iterations "$iterations" --seconds "$seconds" --variant "$variant" \
  --only validate,render,validateRender,buildValidateRender,stream,fabric8BuildSerialize \
  --tsv "$out/jmh-growth.tsv" > "$out/jmh-growth.txt" 2>&1 || { tail -30 "$out/jmh-growth.txt" >&2; exit 1; }

# ---- 3: cold processes ----
# The fleet command as its launcher runs it: with the archive beside the jar when there is one.
fleet_opts=()
[ -f "${examples%.jar}.jsa" ] && fleet_opts=(-XX:SharedArchiveFile="${examples%.jar}.jsa")
printf 'tool\tapps\trun\tobjects\tbytes\twall_s\tuser_s\tsys_s\trss_kb\n' > "$out/cold.tsv"
cold() { # tool apps run command...
  local tool=$1 apps=$2 run=$3; shift 3
  local file="$out/cold-$tool.yaml"
  /usr/bin/time -f '%e %U %S %M' -o "$out/time.txt" "$@" "$apps" "$file" > "$out/stdout.txt"
  read -r wall user sys rss < "$out/time.txt"
  local objects bytes
  objects=$(sed -n 's/.*objects=\([0-9]*\).*/\1/p' "$out/stdout.txt")
  bytes=$(stat -c %s "$file")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$apps" "$run" "$objects" "$bytes" "$wall" "$user" "$sys" "$rss" \
    >> "$out/cold.tsv"
  rm -f "$file"
}
for n in $cold_sizes; do
  for r in $(seq "$cold_runs"); do
    log "cold fleet $n (run $r of $cold_runs, variant $variant): kubeprint, then kubernetes-client/java (base only)"
    cold kubeprint "$n" "$r" java -Xmx256m "${fleet_opts[@]}" -jar "$examples" fleet --variant "$variant"
    if [ "$variant" = base ]; then
      cold client-java "$n" "$r" java -Xmx256m -jar "$peer"
    fi
  done
done

# ---- 4: cold start of the command line ----
printf 'archive\trun\twall_s\tuser_s\tsys_s\n' > "$out/startup.tsv"
for r in $(seq "$start_runs"); do
  for mode in without with launcher; do
    cmd=(java -jar "$cli")
    [ "$mode" = with ] && cmd=(java -XX:SharedArchiveFile="$cli_jsa" -jar "$cli")
    # the launcher a user runs, which passes the archive itself
    [ "$mode" = launcher ] && cmd=(env JAVA_OPTS= "$cli_launcher")
    /usr/bin/time -f '%e %U %S' -o "$out/time.txt" "${cmd[@]}" validate "$small" > /dev/null
    read -r wall user sys < "$out/time.txt"
    printf '%s\t%s\t%s\t%s\t%s\n' "$mode" "$r" "$wall" "$user" "$sys" >> "$out/startup.tsv"
  done
done
# The classes a cold `fleet 1000` loads, by where they come from, without and with its archive.
printf 'archive\ttotal\tshared\tjdk\tjar\n' > "$out/classes.tsv"
for mode in without with; do
  opts=()
  [ "$mode" = with ] && opts=("${fleet_opts[@]}")
  java -Xmx256m "${opts[@]}" -Xlog:class+load:file="$out/classes-$mode.txt" -jar "$examples" fleet \
    --variant "$variant" 1000 "$out/classes.yaml" > /dev/null
  total=$(grep -c 'source:' "$out/classes-$mode.txt" || true)
  shared=$(grep -c 'source: shared objects file' "$out/classes-$mode.txt" || true)
  jdk=$(grep -c 'source: jrt:' "$out/classes-$mode.txt" || true)
  jar=$(grep -c 'source: file:' "$out/classes-$mode.txt" || true)
  printf '%s\t%s\t%s\t%s\t%s\n' "$mode" "$total" "$shared" "$jdk" "$jar" >> "$out/classes.tsv"
done
rm -f "$out/time.txt" "$out/stdout.txt" "$out/classes.yaml"

load_end=$(load)
cat > "$out/conditions.tsv" <<EOF
started	$started
finished	$(date -u '+%Y-%m-%d %H:%M UTC')
mode	$($quick && echo quick || echo full)
variant	$variant
commit	$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')
cpu	$(nproc) x $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
memory	$(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo)
os	$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME" || uname -sr)
java	$(java -version 2>&1 | head -1)
jmh	$iterations measured iterations of ${seconds}s after $(( iterations * 3 / 5 > 0 ? iterations * 3 / 5 : 1 )) warm-up, one fork, -Xms2g -Xmx2g
cold_runs	$cold_runs
load_start	$load_start
load_end	$load_end
EOF

log "writing the tables"
if $write; then
  python3 benchmarks/report.py "$out" docs/performance.md
else
  python3 benchmarks/report.py "$out" -
fi
log "done: raw results in $out"
