#!/usr/bin/env bash
# Regenerates src/main/resources/dev/caravan/language/family-word-frequencies.bin from LibreOffice's
# translations (see README.md here). Downloads the Debian packages with apt-get (no install: the
# system's catalogs, which eval/language/build-dataset.sh reads, stay as they are). Needs Maven; the
# build itself never runs this: the generated file is committed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
# family: members (after a colon the folders of the package to read where not the code itself; =latin:
# transliterated from Serbian Cyrillic)
families=(
  "nordic: nb nn da sv"
  "hi-mr: hi mr"
  "slavic-south: hr bs sr:sr@latin,sr=latin sl"
  "afrikaans-dutch: af nl"
  "iberian: es pt ca"
  "czech-slovak: cs sk"
  "cyrillic: mk sr bg ru"
)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
packages=()
for family in "${families[@]}"; do
  for member in ${family#*:}; do packages+=("libreoffice-l10n-${member%%:*}"); done
done
mapfile -t packages < <(printf '%s\n' "${packages[@]}" | sort -u)
(cd "$work" && apt-get download -q "${packages[@]}" && for deb in *.deb; do dpkg-deb -x "$deb" "${deb%%_*}"; done)
dpkg-deb -f "$work"/libreoffice-l10n-nb_*.deb Version > "$work/version"
echo "LibreOffice translations $(cat "$work/version")" >&2
python3 "$here/family_word_counts.py" "$work" "$root/eval/language/dev.tsv" "$root/eval/language/dataset.tsv" \
  "${families[@]}" | gzip -9n > "$work/counts.tsv.gz"
cd "$root"
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/eval-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/eval-classpath.txt)" \
  dev.caravan.language.BuildFamilyWordFrequencies "$work/counts.tsv.gz" \
  src/main/resources/dev/caravan/language/family-word-frequencies.bin
