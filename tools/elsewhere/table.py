#!/usr/bin/python3
"""Markdown table from score.sh's results: one row per condition and engine, score.py's categories,
CPU seconds per page (user + sys of the whole extract run, workers included), and how many wrong
choice groups (projectType/fundUse: selection or status wrong) carry a finding on that group.

usage: table.py OUT_ROOT
"""
import json
import os
import sys

CATS = ['header', 'choices', 'budget', 'items', 'indicators', 'targets', 'texts', 'findings']
ORDER = ['tone', 'jpeg', 'bilevel', 'borders', 'skew', 'orientation', 'crop', 'dpi', 'colour', 'seal',
         'signature', 'penticks', 'textlayer', 'all']


def declaration(root, cond, engine, matched):
    path = os.path.join(root, f'{cond}-{engine}', matched['path'])
    with open(path, encoding='utf-8-sig') as f:
        if path.endswith('.jsonl'):
            return [json.loads(l) for l in f if l.strip()][matched['position']]
        obj = json.load(f)
        return obj[matched['position']] if isinstance(obj, list) else obj


def wrong_choices(root, cond, engine, forms):
    wrong = flagged = 0
    for x in forms:
        if x.get('matched') is None:
            continue
        groups = {r['field'].split('.')[0] for r in x['details']['choices']}
        if not groups:
            continue
        fields = [str(f.get('field') or '') for f in declaration(root, cond, engine, x['matched']).get('findings', [])]
        for g in groups:
            wrong += 1
            flagged += any(fl.startswith(g) for fl in fields)
    return wrong, flagged


def main(root):
    rows = {}
    with open(os.path.join(root, 'results.tsv')) as f:
        for line in f:
            cond, engine, pages, user, sys_, wall, rc = line.rstrip('\n').split('\t')
            rows[(cond, engine)] = (int(pages), float(user), float(sys_), float(wall), rc)
    for engine in sorted({l.split('\t')[1] for l in open(os.path.join(root, 'results.tsv'), encoding='utf-8') if '\t' in l}):
        keys = [c for c in ORDER if (c, engine) in rows]
        if not keys:
            continue
        print(f'\n### `--ocr {engine}`\n')
        print('| condition | forms | missing | ' + ' | '.join(CATS) + ' | overall | wrong choice groups flagged | CPU s/page | pages | exit |')
        print('|---' * (len(CATS) + 8) + '|')
        tot = {c: 0.0 for c in CATS}
        tforms = tmiss = tpages = 0
        tcpu = 0.0
        twrong = tflag = 0
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
            wrong, flagged = wrong_choices(root, cond, engine, forms)
            twrong += wrong
            tflag += flagged
            print(f'| {cond} | {n} | {miss} | ' + ' | '.join(f'{100 * avg[c]:.1f}' for c in CATS)
                  + f' | **{100 * overall:.1f}** | {flagged}/{wrong} | {(user + sys_) / pages:.2f} | {pages} | {rc} |')
        if tforms:
            avg = {c: tot[c] / tforms for c in CATS}
            print(f'| *every form above* | {tforms} | {tmiss} | ' + ' | '.join(f'{100 * avg[c]:.1f}' for c in CATS)
                  + f' | **{100 * sum(avg.values()) / len(CATS):.1f}** | {tflag}/{twrong} | {tcpu / tpages:.2f} | {tpages} | |')


if __name__ == '__main__':
    main(sys.argv[1])
