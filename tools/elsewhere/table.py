#!/usr/bin/python3
"""Markdown table from score.sh's results: one row per condition and engine, score.py's categories,
CPU seconds per page (user + sys of the whole extract run, workers included).

usage: table.py OUT_ROOT
"""
import json
import os
import sys

CATS = ['header', 'choices', 'budget', 'items', 'indicators', 'targets', 'texts', 'findings']
ORDER = ['tone', 'jpeg', 'bilevel', 'borders', 'skew', 'orientation', 'crop', 'dpi', 'colour', 'seal',
         'signature', 'penticks', 'textlayer', 'all']


def main(root):
    rows = {}
    with open(os.path.join(root, 'results.tsv')) as f:
        for line in f:
            cond, engine, pages, user, sys_, wall, rc = line.rstrip('\n').split('\t')
            rows[(cond, engine)] = (int(pages), float(user), float(sys_), float(wall), rc)
    for engine in ('rapidocr', 'tesseract'):
        keys = [c for c in ORDER if (c, engine) in rows]
        if not keys:
            continue
        print(f'\n### `--ocr {engine}`\n')
        print('| condition | forms | missing | ' + ' | '.join(CATS) + ' | overall | CPU s/page | pages | exit |')
        print('|---' * (len(CATS) + 7) + '|')
        tot = {c: 0.0 for c in CATS}
        tforms = tmiss = tpages = 0
        tcpu = 0.0
        for cond in keys:
            pages, user, sys_, wall, rc = rows[(cond, engine)]
            with open(os.path.join(root, f'{cond}-{engine}.score.json')) as f:
                rep = json.load(f)
            forms = rep['perForm']
            n = len(forms)
            miss = sum(1 for x in forms if x.get('matched') is None)
            avg = {c: sum(x['scores'][c] for x in forms) / n for c in CATS}
            overall = sum(avg.values()) / len(CATS)
            for c in CATS:
                tot[c] += avg[c] * n
            tforms += n
            tmiss += miss
            tpages += pages
            tcpu += user + sys_
            print(f'| {cond} | {n} | {miss} | ' + ' | '.join(f'{100 * avg[c]:.1f}' for c in CATS)
                  + f' | **{100 * overall:.1f}** | {(user + sys_) / pages:.2f} | {pages} | {rc} |')
        if tforms:
            avg = {c: tot[c] / tforms for c in CATS}
            print(f'| *every form above* | {tforms} | {tmiss} | ' + ' | '.join(f'{100 * avg[c]:.1f}' for c in CATS)
                  + f' | **{100 * sum(avg.values()) / len(CATS):.1f}** | {tcpu / tpages:.2f} | {tpages} | |')


if __name__ == '__main__':
    main(sys.argv[1])
