#!/usr/bin/env bash
# Profiles Caravan on a benchmark corpus (default: the records): launches target/caravan.jar with a JFR recording
# (CPU sampling and allocation), drops the corpus once per batch under different names (by default a cold batch
# right after ready, then a warm one) and prints each batch's wall time, the daemon's CPU seconds per file and
# CPU by kind of thread (JIT compilers, GC, Camel workers, section helpers), so one-off warm-up separates from
# per-file cost. The recording goes to target/prof/<corpus>.jfr (read it with `jfr print` / `jfr summary` / JMC).
# Usage: bench/profile.sh [--corpus records|reports|large|mixed] [--batches "cold warm"] [JVM flags...]
#        (default JVM flags -Xmx512m); needs the corpus bench/run.sh generates.
set -euo pipefail
cd "$(dirname "$0")/.."
name=records
batches="cold warm"
while [ $# -gt 0 ]; do
  case "$1" in
    --corpus) name=$2; shift 2 ;;
    --batches) batches=$2; shift 2 ;;
    *) break ;;
  esac
done
corpus=target/bench/corpus/$name
work=target/prof
[ -d "$corpus" ] || { echo "no $corpus: run bench/run.sh --scenarios $name first" >&2; exit 1; }
rm -rf "$work/run" && mkdir -p "$work/run"/{inbox,outbox,error,archive,state}
flags=("$@"); [ ${#flags[@]} -gt 0 ] || flags=(-Xmx512m)

java "${flags[@]}" -XX:StartFlightRecording=filename="$work/$name.jfr",settings=profile,dumponexit=true \
  -jar target/caravan.jar --inbox "$work/run/inbox" --outbox "$work/run/outbox" --error "$work/run/error" \
  --archive "$work/run/archive" --state "$work/run/state" > "$work/daemon.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until grep -q 'Caravan ready' "$work/daemon.log"; do
  kill -0 $pid 2>/dev/null || { cat "$work/daemon.log"; exit 1; }
  sleep 0.1
done

cpu() { awk '{ print ($14 + $15) / 100 }' /proc/$pid/stat; }   # user + system, clock ticks of 1/100 s
threads() {  # CPU seconds per kind of thread (JIT compilers, GC, Camel workers...), digits folded
  for t in /proc/$pid/task/*; do echo "$(tr -d '#0-9' < "$t/comm") $(awk '{ print $14 + $15 }' "$t/stat")"; done |
    awk '{ n = $NF; $NF = ""; sum[$0] += n } END { for (k in sum) printf "%s\t%s\n", k, sum[k] }' | sort
}
count=$(find "$corpus" -type f ! -name ".*" | wc -l)   # .generated records the generator arguments
for batch in $batches; do
  # written under hidden names first, then renamed at once: the rename is the drop
  perl -MFile::Copy -e 'for (glob "$ARGV[0]/*") { ($n = $_) =~ s{.*/}{}; copy($_, "$ARGV[1]/.$ARGV[2]-$n.dropping") or die }' \
    "$corpus" "$work/run/inbox" "$batch"
  expected=$(( $(find "$work/run/outbox" -name '*.json' | wc -l) + count ))
  threads > "$work/threads-before-$batch"; cpu_before=$(cpu); start=$(date +%s.%N)
  perl -e 'for (glob "$ARGV[0]/.*.dropping") { ($v = $_) =~ s{/\.([^/]*)\.dropping$}{/$1}; rename $_, $v or die }' \
    "$work/run/inbox"
  until [ "$(find "$work/run/outbox" -name '*.json' | wc -l)" -ge "$expected" ]; do
    [ -z "$(ls -A "$work/run/error")" ] || { echo "failures in error/" >&2; ls "$work/run/error" | head >&2; exit 1; }
    sleep 0.2
  done
  end=$(date +%s.%N); cpu_after=$(cpu); threads > "$work/threads-after-$batch"
  awk -v b=$batch -v n=$count -v s="$start" -v e="$end" -v c0="$cpu_before" -v c1="$cpu_after" 'BEGIN {
    printf "%s: %d files in %.2f s = %.1f docs/s; CPU %.1f s = %.2f ms/file\n", b, n, e - s, n / (e - s),
      c1 - c0, (c1 - c0) * 1000 / n }'
  echo "  CPU s by thread kind:" $(join -t $'\t' -a 2 -e 0 -o 0,1.2,2.2 "$work/threads-before-$batch" "$work/threads-after-$batch" |
    awk -F'\t' '$3 - $2 >= 20 { printf "%s=%.1f, ", $1, ($3 - $2) / 100 }')
done
kill $pid; wait $pid 2>/dev/null || true; trap - EXIT
echo "recording: $work/$name.jfr"
