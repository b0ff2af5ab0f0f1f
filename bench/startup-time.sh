#!/bin/bash
# Launch-to-ready of the packaged daemon, without the full benchmark: starts `java -Xmx512m -jar JAR` on
# fresh empty folders N times, waits for the "Caravan ready" line, stops it, prints each time and the median.
# usage: bench/startup-time.sh [JAR] [N] [extra JVM flags...]   (defaults: target/caravan.jar, 5)
set -u
JAR=$(realpath "${1:-target/caravan.jar}"); N=${2:-5}; shift $(( $# < 2 ? $# : 2 ))
times=()
for i in $(seq "$N"); do
  dir=$(mktemp -d); mkdir -p "$dir"/{inbox,outbox,error,archive,state}
  start=$(date +%s.%N)
  ( cd "$dir" && exec java -Xmx512m "$@" -jar "$JAR" --inbox inbox --outbox outbox --error error \
      --archive archive --state state > "$dir/log" 2>&1 ) &
  pid=$!
  until grep -q "Caravan ready" "$dir/log" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "daemon exited before ready:"; tail "$dir/log"; exit 1; }
    sleep 0.01
  done
  end=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null
  times+=("$(echo "$end - $start" | bc)"); echo "launch $i: ${times[-1]} s"
  rm -rf "$dir"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{t[NR]=$1} END {print "median:", t[int((NR+1)/2)], "s"}'
