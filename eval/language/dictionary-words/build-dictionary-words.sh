#!/usr/bin/env bash
# Regenerates src/main/resources/dev/caravan/language/dictionary-words.bin from Debian's spelling
# dictionaries and Tesseract word lists (see README.md here). Needs root (apt-get) and Maven; the
# build itself never runs this: the generated file is committed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends aspell aspell-mr tesseract-ocr \
  hunspell-no hunspell-da hunspell-sv hunspell-hr hunspell-bs hunspell-sr hunspell-sl hunspell-af hunspell-nl \
  hunspell-hi hunspell-bg hunspell-ru hunspell-es hunspell-pt-pt hunspell-pt-br hunspell-ca \
  hunspell-cs hunspell-sk \
  tesseract-ocr-nor tesseract-ocr-dan tesseract-ocr-swe tesseract-ocr-hrv tesseract-ocr-bos tesseract-ocr-srp-latn \
  tesseract-ocr-slv tesseract-ocr-afr tesseract-ocr-nld tesseract-ocr-hin tesseract-ocr-mar \
  tesseract-ocr-ind tesseract-ocr-msa tesseract-ocr-mkd tesseract-ocr-srp tesseract-ocr-bul \
  tesseract-ocr-rus tesseract-ocr-spa tesseract-ocr-por tesseract-ocr-cat tesseract-ocr-ces tesseract-ocr-slk
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for f in /usr/share/hunspell/*.aff /usr/share/hunspell/*.dic; do ln -s "$f" "$work/"; done
# Tesseract keeps its word list as a DAWG inside the model: unpack the model, then list the DAWG
tessdata="$(dirname "$(ls /usr/share/tesseract-ocr/*/tessdata/eng.traineddata | head -1)")"
for lang in nor dan swe hrv bos srp_latn slv afr nld hin mar ind msa mkd srp bul rus spa por cat ces slk; do
  combine_tessdata -u "$tessdata/$lang.traineddata" "$work/$lang." > /dev/null 2>&1
  dawg2wordlist "$work/$lang.lstm-unicharset" "$work/$lang.lstm-word-dawg" "$work/$lang.words" > /dev/null 2>&1
done
# Marathi has an Aspell word list only
zcat /usr/share/aspell/mr.cwl.gz | precat > "$work/mr.words"
for artifact in lucene-core lucene-analysis-common; do
  mvn -q -B dependency:copy -Dartifact=org.apache.lucene:$artifact:9.12.3 -DoutputDirectory="$work/lib"
done
java -Xmx6g -cp "$work/lib/*" "$here/BuildDictionaryWords.java" "$work" "$work/dictionary-words.tsv.gz"
# the records hashed and sorted as the detector keeps them, so that it loads them in one bulk read
cd "$root"
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/eval-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/eval-classpath.txt)" \
  dev.caravan.language.CompileDictionaryWords "$work/dictionary-words.tsv.gz" \
  src/main/resources/dev/caravan/language/dictionary-words.bin
