#!/usr/bin/env bash
# Rebuilds eval/language/dataset.tsv (lang<TAB>kind<TAB>text) from text that Debian packages ship:
# translated manual pages (manpages-l10n family and the English originals) and gettext catalogs
# (including iso-codes), and dev.tsv, the development set (other lines of the same pools). See
# eval/language/README.md for sources and how lines are chosen.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# Translated manual pages and packages that ship many gettext catalogs (help texts, messages).
apt-get install -y -q --no-install-recommends groff-base man-db gettext iso-codes \
  manpages manpages-cs manpages-da manpages-de manpages-el manpages-es manpages-fi manpages-fr \
  manpages-hu manpages-id manpages-it manpages-ja manpages-mk manpages-nb manpages-nl manpages-pl \
  manpages-pt-br manpages-ro manpages-ru manpages-sr manpages-sv manpages-tr manpages-uk manpages-vi \
  manpages-zh coreutils grep tar sed findutils diffutils gnupg apt dpkg bash util-linux-locales \
  libc-l10n e2fsprogs gzip wget nano procps psmisc
python3 "$here/build_dataset.py" "$here/dataset.tsv" "$here/dev.tsv"
