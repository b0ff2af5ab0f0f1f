#!/usr/bin/env python3
"""Builds the language-identification evaluation set from text installed by Debian packages.

Output: TSV lines  lang<TAB>kind<TAB>text  where kind is `short` (a line of 20-60 characters) or
`paragraph` (200-1200 characters). Sources:
  * manual pages under /usr/share/man/<locale>/ (manpages-l10n family) and /usr/share/man/man*/ (en),
    rendered with groff; paragraphs are blank-line separated blocks of running prose;
  * gettext catalogs /usr/share/locale/<locale>/LC_MESSAGES/*.mo read with msgunfmt; short lines are
    single translated messages, paragraphs are consecutive long messages of one catalog joined.
Untranslated messages (msgstr equal to msgid) and lines in a script foreign to the language are
dropped. Selection is deterministic (sorted files, fixed seed), so a rebuild on the same package
versions gives the same file.

Usage: build_dataset.py dataset.tsv [dev.tsv]  -- the optional second file receives the development set:
the next SHORT_PER_LANG short lines of each language's shuffled pool, disjoint from the first file.
"""
import glob
import gzip
import os
import random
import re
import subprocess
import sys
import unicodedata

SHORT_PER_LANG = 250
PARAGRAPHS_PER_LANG = 60

# dataset code -> locale directory names (gettext and man) that hold it
LOCALES = {
    'af': ['af'], 'ar': ['ar'], 'az': ['az'], 'be': ['be'], 'bg': ['bg'], 'bn': ['bn', 'bn_IN', 'bn_BD'],
    'bs': ['bs'], 'ca': ['ca'], 'cs': ['cs'], 'cy': ['cy'], 'da': ['da'], 'de': ['de'], 'el': ['el'],
    'en': ['en_GB', 'en_CA', 'en_AU'], 'eo': ['eo'], 'es': ['es'], 'et': ['et'], 'eu': ['eu'],
    'fa': ['fa'], 'fi': ['fi'], 'fr': ['fr'], 'ga': ['ga'], 'gu': ['gu'], 'he': ['he'], 'hi': ['hi'],
    'hr': ['hr'], 'hu': ['hu'], 'hy': ['hy'], 'id': ['id'], 'is': ['is'], 'it': ['it'], 'ja': ['ja'],
    'ka': ['ka'], 'kk': ['kk'], 'ko': ['ko'], 'lt': ['lt'], 'lv': ['lv'], 'mk': ['mk'], 'mn': ['mn'],
    'mr': ['mr'], 'ms': ['ms'], 'nb': ['nb', 'nb_NO', 'no'], 'nl': ['nl'], 'nn': ['nn'], 'pa': ['pa'],
    'pl': ['pl'], 'pt': ['pt', 'pt_BR'], 'ro': ['ro'], 'ru': ['ru'], 'sk': ['sk'], 'sl': ['sl'],
    'sq': ['sq'], 'sr': ['sr', 'sr@latin'], 'sv': ['sv'], 'ta': ['ta'], 'te': ['te'], 'th': ['th'],
    'tr': ['tr'], 'uk': ['uk'], 'vi': ['vi'], 'zh': ['zh_CN', 'zh_TW', 'zh_HK'],
}

# the writing systems each language may use; a line whose letters are mostly in another is dropped
SCRIPTS = {
    'ar': {'ARABIC'}, 'fa': {'ARABIC'}, 'ur': {'ARABIC'}, 'he': {'HEBREW'},
    'be': {'CYRILLIC'}, 'bg': {'CYRILLIC'}, 'kk': {'CYRILLIC'}, 'mk': {'CYRILLIC'}, 'mn': {'CYRILLIC'},
    'ru': {'CYRILLIC'}, 'uk': {'CYRILLIC'}, 'sr': {'CYRILLIC', 'LATIN'}, 'el': {'GREEK'},
    'hi': {'DEVANAGARI'}, 'mr': {'DEVANAGARI'}, 'bn': {'BENGALI'}, 'gu': {'GUJARATI'},
    'pa': {'GURMUKHI'}, 'ta': {'TAMIL'}, 'te': {'TELUGU'}, 'th': {'THAI'}, 'ka': {'GEORGIAN'},
    'hy': {'ARMENIAN'}, 'ja': {'CJK', 'HIRAGANA', 'KATAKANA'}, 'zh': {'CJK'}, 'ko': {'HANGUL'},
}

PLACEHOLDER = re.compile(r'%(\d+\$)?[-+ #0]*\d*(\.\d+)?[hlLqjzt]*[a-zA-Z%]|%\([a-z_]+\)[sd]|\$\{[^}]*\}|'
                         r'\{[^}]*\}|<[^>]+>|&[a-z]+;|https?://\S+|\S*/\S*/\S*|--?[a-zA-Z][-a-zA-Z]*|'
                         r'\\[nt]')


def script_of(ch):
    name = unicodedata.name(ch, '')
    for script in ('CJK', 'HIRAGANA', 'KATAKANA', 'HANGUL', 'LATIN', 'CYRILLIC', 'GREEK', 'ARABIC',
                   'HEBREW', 'DEVANAGARI', 'BENGALI', 'GUJARATI', 'GURMUKHI', 'TAMIL', 'TELUGU', 'THAI',
                   'GEORGIAN', 'ARMENIAN'):
        if name.startswith(script):
            return script
    return 'OTHER'


# Words only English uses among our languages: translated manual pages keep some paragraphs untranslated
ENGLISH_WORDS = set('the and with this that which from have are you your will would should been when there '
                    'their into only such these those than then what'.split())


def looks_english(text):
    words = re.findall(r'[a-z]+', text.lower())
    hits = sum(1 for w in words if w in ENGLISH_WORDS)
    return hits >= 2 and hits >= 0.05 * len(words)


# A token that names or encodes something rather than being a word of the language: no letter at all
# (remnants of removed placeholders, brackets), identifiers with inner capitals (GdkPixbuf), acronyms
# (PKCS, ROM), tokens with digits or with any of _=.:()[]{}$@#|<>*\\ inside (options, code, f(x)).
TECHNICAL_TOKEN = re.compile(r'^(?:\w*[a-z]\w*[A-Z]\w*|[A-Z]{2,}\w*|\S*\d\S*|\S*[_=.:()\[\]{}$@#|<>*\\]\S*)$')
TOKEN_EDGES = ',;:.!?"\'«»„“”‘’()…-–—'


def is_technical(token):
    core = token.strip(TOKEN_EDGES)
    return not any(c.isalpha() for c in core) or bool(TECHNICAL_TOKEN.match(core))


def mostly_technical(text):
    """Rule 3: at most a quarter of the tokens may be technical (identifiers, acronyms, options, code)."""
    tokens = text.split()
    return sum(1 for t in tokens if is_technical(t)) * 4 > len(tokens)


def copies_source(msgid, msgstr):
    """Rule 2: a translation that keeps half or more of its words from the English original (proper names,
    product names, untranslated terms) is no evidence of its language."""
    source = {w.lower() for w in re.findall(r'\w{2,}', msgid)}
    words = [w.lower() for w in re.findall(r'\w{2,}', msgstr)]
    return not words or 2 * sum(1 for w in words if w in source) >= len(words)


def acceptable(lang, text):
    if lang != 'en' and looks_english(text):
        return False
    if mostly_technical(text):
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 0.6 * len(text.replace(' ', '')) or len(letters) < 8:
        return False
    allowed = SCRIPTS.get(lang, {'LATIN'})
    own = sum(1 for c in letters if script_of(c) in allowed)
    return own >= 0.9 * len(letters)


def clean(text):
    text = PLACEHOLDER.sub(' ', text)
    text = text.replace('_', '').replace('&', '')
    return re.sub(r'\s+', ' ', text).strip(' :;,')


def is_name_catalog(mo_path):
    """Rule 1: iso-codes catalogs (iso_3166, iso_639, iso_4217, ...) translate names of countries, languages
    and currencies: proper names, often spelt alike in neighbouring languages, not running text."""
    return os.path.basename(mo_path).startswith('iso_')


def catalog_messages(mo_path):
    """(msgid, msgstr) pairs of one compiled catalog, in file order."""
    try:
        po = subprocess.run(['msgunfmt', '--no-wrap', mo_path], capture_output=True, text=True,
                            timeout=60).stdout
    except (subprocess.SubprocessError, UnicodeDecodeError):
        return []
    pairs = []
    for block in po.split('\n\n'):
        msgid = ''.join(re.findall(r'^msgid "(.*)"$', block, re.M))
        msgstr = ''.join(re.findall(r'^msgstr(?:\[0\])? "(.*)"$', block, re.M))
        if msgid and msgstr and not copies_source(msgid, msgstr):
            pairs.append((msgid, msgstr))
    return pairs


def man_paragraphs(path):
    try:
        with gzip.open(path, 'rb') as source:
            roff = source.read()
        out = subprocess.run(['groff', '-k', '-man', '-Tutf8', '-P-cbou', '-rLL=300n'], input=roff,
                             capture_output=True, timeout=30).stdout.decode('utf-8', 'ignore')
    except (OSError, subprocess.SubprocessError, EOFError):
        return []
    blocks = []
    for block in re.split(r'\n\s*\n', out):
        lines = [line.strip() for line in block.splitlines()]
        if not lines or lines[0].startswith('-'):
            continue
        text = re.sub(r'\s+', ' ', ' '.join(lines)).strip()
        blocks.append(text)
    return blocks


def man_files(locales, english):
    if english:
        return sorted(glob.glob('/usr/share/man/man[1-8]/*.gz'))
    files = []
    for locale in locales:
        files += glob.glob(f'/usr/share/man/{locale}/man*/*.gz')
    return sorted(files)


def collect(lang, locales, rng):
    shorts, paragraphs = [], []
    seen = set()
    mo_files = sorted(f for loc in locales for f in glob.glob(f'/usr/share/locale/{loc}/LC_MESSAGES/*.mo')
                      if not is_name_catalog(f))
    joined = []
    for mo in mo_files:
        run = []
        for _, msgstr in catalog_messages(mo):
            text = clean(msgstr.replace('\\n', ' ').replace('\\t', ' ').replace('\\"', '"'))
            if 20 <= len(text) <= 60 and text not in seen and acceptable(lang, text):
                seen.add(text)
                shorts.append(text)
            if len(text) >= 40 and acceptable(lang, text):
                run.append(text)
                if sum(len(t) + 1 for t in run) >= 250:
                    joined.append(' '.join(run)[:1200])
                    run = []
            else:
                run = []
    files = man_files(locales, lang == 'en')
    rng.shuffle(files)
    for path in files[:150]:
        for text in man_paragraphs(path):
            if 200 <= len(text) <= 1200 and text not in seen and acceptable(lang, text):
                seen.add(text)
                paragraphs.append(text)
        if len(paragraphs) >= 3 * PARAGRAPHS_PER_LANG:
            break
    if lang == 'en':
        shorts += english_short_lines(seen)
    rng.shuffle(shorts)
    rng.shuffle(paragraphs)
    rng.shuffle(joined)
    paragraphs = paragraphs[:PARAGRAPHS_PER_LANG]
    paragraphs += joined[:PARAGRAPHS_PER_LANG - len(paragraphs)]
    return shorts, paragraphs


def english_short_lines(seen):
    """English has no catalog of its own: take msgids (the English originals) of a few catalogs."""
    lines = []
    for mo in sorted(f for f in glob.glob('/usr/share/locale/de/LC_MESSAGES/*.mo') if not is_name_catalog(f)):
        for msgid, _ in catalog_messages(mo):
            text = clean(msgid.replace('\\n', ' ').replace('\\"', '"'))
            if 20 <= len(text) <= 60 and text not in seen and acceptable('en', text):
                seen.add(text)
                lines.append(text)
    return lines


def main(out_path, dev_path=None):
    rng = random.Random(20261126)
    with open(out_path, 'w', encoding='utf-8') as out, \
            open(dev_path or os.devnull, 'w', encoding='utf-8') as dev:
        out.write('# lang\tkind\ttext  -- built by build-dataset.sh from Debian manual pages and gettext '
                  'catalogs; see README.md\n')
        pools = {lang: collect(lang, LOCALES[lang], rng) for lang in sorted(LOCALES)}
        # Rule 5: a text found under two languages (identical strings of sibling languages) has no single label
        owners = {}
        for lang, (shorts, paragraphs) in pools.items():
            for text in set(shorts + paragraphs):
                owners.setdefault(text.lower(), set()).add(lang)
        dev.write('# lang\tkind\ttext  -- development set: other lines of the same sources, disjoint from '
                  'the dataset; see README.md\n')
        for lang, (shorts, paragraphs) in pools.items():
            shorts = [t for t in shorts if len(owners[t.lower()]) == 1]
            # the next lines of the same shuffled pool: tuning material that never overlaps the test set
            for text in shorts[SHORT_PER_LANG:2 * SHORT_PER_LANG]:
                dev.write(f'{lang}\tshort\t{text}\n')
            shorts = shorts[:SHORT_PER_LANG]
            paragraphs = [t for t in paragraphs if len(owners[t.lower()]) == 1]
            print(f'{lang}: {len(shorts)} short, {len(paragraphs)} paragraphs', file=sys.stderr)
            for text in shorts:
                out.write(f'{lang}\tshort\t{text}\n')
            for text in paragraphs:
                out.write(f'{lang}\tparagraph\t{text}\n')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
