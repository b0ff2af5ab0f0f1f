#!/bin/bash
# Load: N small files dropped at once into a fresh inbox, one --once run of the packaged jar with a small heap.
# Prints the wall time, the peak open file descriptors of the daemon (sampled from /proc every 0.5 s), the
# progress lines the log showed, and checks that every input ended exactly once (JSON + archive, or error).
# Usage: reliability/load.sh [files] [heap]   (defaults 20000 256m); needs target/caravan.jar (mvn package).
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-20000}
heap=${2:-256m}
work=$(mktemp -d)
mkdir -p "$work/in"
for i in $(seq 1 "$files"); do
  printf 'Report %d on ketamine and depression.\n\nA second paragraph, number %d.\n' "$i" "$i" > "$work/in/r$i.txt"
done
start=$(date +%s.%N)
java -Xmx"$heap" -jar target/caravan.jar --inbox "$work/in" --outbox "$work/out" --error "$work/err" \
  --archive "$work/done" --state "$work/state" --once > "$work/caravan.out" 2> "$work/caravan.log" &
pid=$!
peak=0
while kill -0 "$pid" 2>/dev/null; do
  fds=$( (ls "/proc/$pid/fd" 2>/dev/null || true) | wc -l)
  [ "$fds" -gt "$peak" ] && peak=$fds
  sleep 0.5
done
set +e; wait "$pid"; rc=$?; set -e
end=$(date +%s.%N)
json=$(find "$work/out" -maxdepth 1 -name '*.json' ! -name '.*' | wc -l)
archived=$(find "$work/done" -maxdepth 1 -type f | wc -l)
# the error folder exists only once something failed
failed=$( (find "$work/err" -maxdepth 1 -name '*.error.json' 2>/dev/null || true) | wc -l)
left=$(find "$work/in" -maxdepth 1 -type f | wc -l)
echo "files=$files heap=$heap exit=$rc seconds=$(echo "$end - $start" | bc) peak_fds=$peak"
echo "json=$json archived=$archived failed=$failed left_in_inbox=$left"
echo "OutOfMemoryError lines: $(grep -c OutOfMemoryError "$work/caravan.log" || true)"
echo "per-file progress lines: $(grep -c ' -> ' "$work/caravan.log" || true)"
cat "$work/caravan.out"
if [ "$rc" -ne 0 ] || [ "$json" -ne "$files" ] || [ "$archived" -ne "$files" ] || [ "$left" -ne 0 ]; then
  echo "FAILED: see $work"; exit 1
fi
rm -rf "$work"
