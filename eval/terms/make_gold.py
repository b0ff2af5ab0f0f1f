#!/usr/bin/env python3
"""Turns the hand-annotated documents in annotated/ into plain texts (docs/) and the gold file (gold.tsv).

Markup: [[surface text|preferred label]], the label being a concept's English label in the default
vocabulary. Offsets in gold.tsv are code points in the plain text, end exclusive.
Run from eval/terms: python3 make_gold.py
"""
import pathlib
import re

VOCABULARY = pathlib.Path('../../src/main/resources/vocabulary/caravan-neuro.tsv')
MARK = re.compile(r'\[\[([^\]|]+)\|([^\]]+)\]\]')


def labels():
    ids = {}
    for line in VOCABULARY.read_text(encoding='utf-8').splitlines():
        if line and not line.startswith('#'):
            columns = line.split('\t')
            if columns[2] in ids and ids[columns[2]] != columns[0]:
                raise SystemExit(f'label {columns[2]} is not unique')
            ids[columns[2]] = columns[0]
    return ids


def main():
    ids = labels()
    pathlib.Path('docs').mkdir(exist_ok=True)
    rows = ['doc\tstart\tend\tconceptId\ttext']
    for source in sorted(pathlib.Path('annotated').glob('*.txt')):
        annotated = source.read_text(encoding='utf-8')
        plain, position = [], 0
        for mark in MARK.finditer(annotated):
            plain.append(annotated[position:mark.start()])
            start = sum(len(part) for part in plain)
            surface, label = mark.group(1), mark.group(2)
            if label not in ids:
                raise SystemExit(f'{source.name}: unknown label {label}')
            plain.append(surface)
            rows.append(f'{source.stem}\t{start}\t{start + len(surface)}\t{ids[label]}\t{surface}')
            position = mark.end()
        plain.append(annotated[position:])
        text = ''.join(plain)
        if '[[' in text or ']]' in text:
            raise SystemExit(f'{source.name}: unbalanced markup')
        pathlib.Path('docs', source.name).write_text(text, encoding='utf-8')
    pathlib.Path('gold.tsv').write_text('\n'.join(rows) + '\n', encoding='utf-8')


if __name__ == '__main__':
    main()
