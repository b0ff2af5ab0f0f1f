"""Counts the words of LibreOffice's translated messages per member of each family of look-alike languages.

Usage: family_word_counts.py <unpacked packages> <eval set>... <"family: member member:dir,dir=latin ...">...
Writes to stdout, one family after another, a record of its members and a record per word any member
used, with each member's count (see README.md). Messages found verbatim in an evaluation set are left
out, so the evaluation never scores a line the counts were made from.
"""
import collections
import glob
import re
import subprocess
import sys
import unicodedata

# Serbian is written in both alphabets, one letter for one (or two) of the other: Latin-script Serbian
# counts its Cyrillic messages too, transliterated, since its own Latin translation is far smaller
SERBIAN_LATIN = dict(zip('абвгдђежзијклљмнњопрстћуфхцчџш',
                         ['a', 'b', 'v', 'g', 'd', 'đ', 'e', 'ž', 'z', 'i', 'j', 'k', 'l', 'lj', 'm', 'n', 'nj',
                          'o', 'p', 'r', 's', 't', 'ć', 'u', 'f', 'h', 'c', 'č', 'dž', 'š']))
HEADER_FIELD = re.compile(r'^[A-Za-z-]+: ')
PO_ESCAPE = re.compile(r'\\(.)')


def messages(mo_file):
    """The translated strings of a compiled catalog (msgstr, plural forms included), unescaped."""
    po = subprocess.run(['msgunfmt', '--no-wrap', mo_file], check=True, capture_output=True, text=True).stdout
    strings, current = [], None
    for line in po.split('\n'):
        match = re.match(r'msgstr(\[\d+\])? "(.*)"$', line)
        if match:
            current = [match.group(2)]
        elif line.startswith('"') and current is not None:
            current.append(line[1:-1])
        elif current is not None:
            strings.append(''.join(current))
            current = None
    if current is not None:
        strings.append(''.join(current))
    # PO escapes: \n, \t, \" and \\ (a message's line breaks and tabs only separate words here)
    unescaped = (PO_ESCAPE.sub(lambda m: ' ' if m.group(1) in 'nt' else m.group(1), s) for s in strings)
    # the catalog header (Project-Id-Version: ...) is metadata, not a message
    return [s for s in unescaped if s and not HEADER_FIELD.match(s)]


def words(text):
    """Lower-cased runs of letters and marks, as Caravan's TextWords cuts text; acronyms left out."""
    # LibreOffice marks menu accelerators with ~ and _ inside words
    text = text.replace('~', '').replace('_', '')
    run = []
    for char in text + ' ':
        if unicodedata.category(char)[0] in 'LM':
            run.append(char)
            continue
        if run:
            word = ''.join(run)
            run = []
            if len(word) < 2 or word.upper() != word or word.lower() == word:
                yield word.lower()


def main(unpacked, args):
    evaluated = set()
    while args and not ':' in args[0]:
        for line in open(args.pop(0), encoding='utf-8'):
            fields = line.rstrip('\n').split('\t')
            if len(fields) == 3:
                evaluated.add(fields[2].strip())
    for spec in args:
        family, members = spec.split(':', 1)
        codes, counts = [], []
        for member in members.split():
            code, _, dirs = member.partition(':')
            count = collections.Counter()
            for folder in (dirs.split(',') if dirs else [code]):
                # folder=latin: the folder's messages transliterated from Serbian Cyrillic
                folder, _, transliterate = folder.partition('=')
                pattern = f'{unpacked}/libreoffice-l10n-{code}/usr/lib/libreoffice/program/resource/{folder}/LC_MESSAGES/*.mo'
                for mo_file in sorted(glob.glob(pattern)):
                    for message in messages(mo_file):
                        if message.strip() not in evaluated:
                            count.update(''.join(SERBIAN_LATIN.get(c, c) for c in word) if transliterate else word
                                         for word in words(message))
            codes.append(code)
            counts.append(count)
            print(f'{family} {code}: {sum(count.values())} words, {len(count)} distinct', file=sys.stderr)
        print(f'{family}\t{" ".join(codes)}')
        for word in sorted(set().union(*counts)):
            print(f'{family}\t{word}\t{" ".join(str(count[word]) for count in counts)}')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2:])
