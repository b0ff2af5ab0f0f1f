#!/usr/bin/env bash
# Regenerates src/main/resources/dev/caravan/language/language-words.bloom from Tesseract's word lists
# (see README.md here). Needs root (apt-get) and Maven; the build itself never runs this: the
# generated file is committed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
tesseract=(afr aze bos cat ces cym dan deu eng epo spa est eus fin fra gle hrv hun ind isl ita lit lav msa
  nor nld pol por ron slk slv sqi srp srp_latn swe tur vie bel bul kaz mkd mon rus ukr)
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
packages=(tesseract-ocr)
for lang in "${tesseract[@]}"; do packages+=("tesseract-ocr-${lang//_/-}"); done
apt-get install -y -q --no-install-recommends "${packages[@]}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Tesseract keeps its word list as a DAWG inside the model: unpack the model, then list the DAWG
tessdata="$(dirname "$(ls /usr/share/tesseract-ocr/*/tessdata/eng.traineddata | head -1)")"
for lang in "${tesseract[@]}"; do
  combine_tessdata -u "$tessdata/$lang.traineddata" "$work/$lang." > /dev/null 2>&1
  dawg2wordlist "$work/$lang.lstm-unicharset" "$work/$lang.lstm-word-dawg" "$work/$lang.words" > /dev/null 2>&1
done
cd "$root"
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/eval-classpath.txt
java -Xmx3g -cp "target/test-classes:target/classes:$(cat target/eval-classpath.txt)" \
  dev.caravan.language.BuildLanguageWords "$work" src/main/resources/dev/caravan/language/language-words.bloom
