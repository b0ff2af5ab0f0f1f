#!/usr/bin/env bash
# Measures every candidate detector on dataset.tsv and rewrites RESULTS.md.
# Each candidate runs in its own JVM (heap figures stay separate), limited to one processor so the
# libraries that parallelise internally (Lingua) run single-threaded like the others.
# Usage: eval/language/run-eval.sh [candidate...]   (default: all)
set -euo pipefail
cd "$(dirname "$0")/../.."
candidates=("$@")
[ ${#candidates[@]} -gt 0 ] || candidates=(caravan caravan-plain caravan-families lingua-low lingua-high optimaize opennlp)
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/eval-classpath.txt
cp="target/test-classes:target/classes:$(cat target/eval-classpath.txt)"
table=target/eval-table.md
errors=target/eval-errors.md
rm -f "$table" "$errors"
for candidate in "${candidates[@]}"; do
  java -XX:ActiveProcessorCount=1 -Xmx3g -cp "$cp" dev.caravan.language.LanguageEvaluation \
    "$candidate" eval/language/dataset.tsv "$table" "$errors" "target/eval-errors-$candidate.tsv"
done
# the hand-written analysis below the marker survives a rerun; the tables above it are rewritten
notes=$(sed -n '/^<!-- analysis -->$/,$p' eval/language/RESULTS.md 2>/dev/null || true)
{
  echo "# Language detection: measured candidates"
  echo
  echo "Produced by \`eval/language/run-eval.sh\` on $(date -u +%Y-%m-%d), $(nproc) cores, load average"
  echo "$(cut -d' ' -f1-3 /proc/loadavg) when it finished (the machine is shared: wall-clock speeds vary"
  echo "with the load, CPU-time speeds in brackets much less). Dataset: $(grep -vc '^#' eval/language/dataset.tsv) lines,"
  echo "$(grep -c $'\tshort\t' eval/language/dataset.tsv) short lines (20-60 chars) and $(grep -c $'\tparagraph\t' eval/language/dataset.tsv) paragraphs"
  echo "in $(grep -v '^#' eval/language/dataset.tsv | cut -f1 | sort -u | wc -l) languages (see README.md)."
  echo
  echo "Merged: hr/sr/bs, nb/nn/no and ms/id count as one answer. Heap: retained after a full pass (models"
  echo "loaded lazily included). Build: creating the detector object. Start-up: building it and answering a first"
  echo "English short line (which waits for models loaded on first use)."
  echo "First pass: one pass over the whole dataset, model loading and JIT warm-up included."
  echo "Speeds: second pass, one thread; wall clock (process CPU time). Caravan's candidates load every model"
  echo "when built. Every wrong answer: target/eval-errors-<candidate>.tsv."
  echo
  echo "| candidate | short exact | short merged | paragraph exact | paragraph merged | heap | build | start-up | first pass | short lines/s | paragraph chars/s |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  cat "$table"
  cat "$errors"
  if [ -n "$notes" ]; then echo; echo "$notes"; fi
} > eval/language/RESULTS.md
cat eval/language/RESULTS.md
