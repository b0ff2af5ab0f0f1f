#!/usr/bin/env bash
# Fits the log priors of src/main/resources/dev/caravan/language/language-priors.tsv on the development
# set (dev.tsv, other lines of the same sources as dataset.tsv, which stays held out) and prints them.
# Usage: eval/language/fit-priors.sh   (about 2 minutes; copy the printed lines into the resource)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/eval-classpath.txt
java -XX:ActiveProcessorCount=1 -cp "target/test-classes:target/classes:$(cat target/eval-classpath.txt)" \
  dev.caravan.language.LanguagePriorFit eval/language/dev.tsv
