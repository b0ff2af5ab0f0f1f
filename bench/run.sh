#!/usr/bin/env bash
# Builds Caravan, generates the benchmark corpora (target/bench/corpus, reused while their arguments are
# unchanged), runs the JMH stage benchmarks and the end-to-end comparison with the baseline, and writes
# docs/PERFORMANCE.md. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  cat <<'USAGE'
bench/run.sh [options]
  --baseline-only     no Caravan: the baseline also stands in as the candidate, to check the harness
  --quick             small corpora, a 1-file large set, 10 s paced run, short JMH (a few CPU minutes)
  --records N         4 KB records (default 10000)        --reports N   200 KB reports (default 200)
  --large N           large files (default 3)             --large-bytes B  bytes each (default 50000000)
  --mixed N           mixed-language documents (default 1000)
  --seed S            corpus seed (default 42)
  --scenarios LIST    records,reports,large,mixed,latency, and each bulk one with -warm: measured on a
                      daemon that processed the corpus once before (default records,records-warm,reports,
                      large,large-warm,mixed,latency)
  --rate N            paced drop rate, docs/s (default 50)  --duration S  paced seconds (default 30)
  --repeat N          runs per daemon of each bulk scenario, alternating order; report the median (default 1)
  --jvm "FLAGS"       JVM flags for both daemons (default -Xmx512m)
  --caravan-flags "F" extra flags for Caravan only, e.g. "-Dcaravan.threads=2"
  --jmh-args "ARGS"   JMH options (default "-f 1 -wi 4 -w 5s -i 5 -r 2s", about 6 minutes); --no-jmh skips JMH
  --jmh-only          build and run the JMH stage benchmarks only: no corpora, no daemons, no report
  --jmh-filter REGEX  which benchmarks JMH runs (default all: 'dev\.caravan\.bench\..*Benchmark'),
                      e.g. 'StageBenchmark\.(terms|languages)'; add -p shape=record to --jmh-args for one shape
  --report FILE       default docs/PERFORMANCE.md
  --offline           pass -o to Maven
USAGE
}

records=10000 reports=200 large=3 large_bytes=50000000 mixed=1000 seed=42
scenarios=records,records-warm,reports,large,large-warm,mixed,latency rate=50 duration=30 warm_up=5 repeat=1
jvm="-Xmx512m" caravan_flags="" candidate=caravan report=docs/PERFORMANCE.md
# 20 s of warm-up per benchmark (1 s iterations gave errors of 50-120%); at load average ~15 the term
# stage was still speeding up after 30 s, its JIT work starved: on a busy machine raise -w
jmh_args="-f 1 -wi 4 -w 5s -i 5 -r 2s" run_jmh=yes jmh_only=no jmh_filter='dev\.caravan\.bench\..*Benchmark' offline=""
invocation="bench/run.sh${*:+ $*}"

while [ $# -gt 0 ]; do
  case "$1" in
    --baseline-only) candidate=baseline ;;
    --quick) records=500 reports=10 large=1 mixed=100 duration=10 warm_up=2 jmh_args="-f 1 -wi 1 -w 1s -i 2 -r 1s" ;;
    --records) records=$2; shift ;;
    --reports) reports=$2; shift ;;
    --large) large=$2; shift ;;
    --large-bytes) large_bytes=$2; shift ;;
    --mixed) mixed=$2; shift ;;
    --seed) seed=$2; shift ;;
    --scenarios) scenarios=$2; shift ;;
    --rate) rate=$2; shift ;;
    --duration) duration=$2; shift ;;
    --repeat) repeat=$2; shift ;;
    --jvm) jvm=$2; shift ;;
    --caravan-flags) caravan_flags=$2; shift ;;
    --jmh-args) jmh_args=$2; shift ;;
    --no-jmh) run_jmh=no ;;
    --jmh-only) jmh_only=yes ;;
    --jmh-filter) jmh_filter=$2; shift ;;
    --report) report=$2; shift ;;
    --offline) offline=-o ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

bench=target/bench
mkdir -p "$bench"

echo "== build"
if [ "$candidate" = caravan ] && [ "$jmh_only" = no ]; then
  goals="-DskipTests package"   # the jar, its target/lib, and the compiled bench classes
else
  goals="test-compile"
fi
# shellcheck disable=SC2086
mvn -B -q $offline $goals dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$bench/classpath.txt"
if [ "$candidate" = caravan ] && [ "$jmh_only" = no ] && [ ! -f target/caravan.jar ]; then
  echo "target/caravan.jar was not built; use --baseline-only to check the harness without it" >&2
  exit 1
fi
cp="target/test-classes:target/classes:$(cat "$bench/classpath.txt")"

jmh() {
  # shellcheck disable=SC2086
  java -cp "$cp" org.openjdk.jmh.Main "$jmh_filter" $jmh_args -rf json -rff "$bench/jmh.json" "$@"
}
if [ "$jmh_only" = yes ]; then
  echo "== JMH stage benchmarks"
  jmh
  exit 0
fi

echo "== corpora (only those the scenarios use)"
corpus() {  # kind count bytes: regenerate only when the arguments differ from the folder's stamp
  local dir="$bench/corpus/$1"
  if [ "$(cat "$dir/.generated" 2>/dev/null)" != "$1 $2 $seed $3" ]; then
    rm -rf "$dir"
    java -cp "$cp" dev.caravan.bench.CorpusGenerator "$1" "$2" "$seed" "$dir" "$3"
  else
    echo "$1: reusing $dir"
  fi
}
uses() {  # whether the scenario list reads this corpus (warm or not); the paced latency run drops records
  case ",$scenarios," in *",$1,"* | *",$1-warm,"*) return 0 ;; *,latency,*) [ "$1" = records ] ;; *) return 1 ;; esac
}
if uses records; then corpus records "$records" 4096; fi
if uses reports; then corpus reports "$reports" 204800; fi
if uses large; then corpus large "$large" "$large_bytes"; fi
if uses mixed; then corpus mixed "$mixed" 8192; fi

jmh_option=()
if [ "$run_jmh" = yes ]; then
  echo "== JMH stage benchmarks"
  jmh | grep -E '^(Benchmark|[A-Za-z]+Benchmark\.)' || true
  jmh_option=(--jmh "$bench/jmh.json")
fi

echo "== end to end"
java -Xmx256m -cp "$cp" dev.caravan.bench.EndToEndDriver \
  --corpus "$bench/corpus" --work "$bench" --candidate "$candidate" \
  --jvm "$jvm" --caravan-flags "$caravan_flags" --caravan-jar target/caravan.jar \
  --scenarios "$scenarios" --rate "$rate" --duration "$duration" --warm-up "$warm_up" --repeat "$repeat" \
  --report "$report" "${jmh_option[@]}" --rerun "$invocation"
