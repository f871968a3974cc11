#!/usr/bin/python3
"""Per choice group of a scans-elsewhere condition: the truth, the output, whether it is right, whether the output
flags it, and whether the truth has no such group (the 2021 and 2025 templates: score.py's choices category gives
such a form 50 % even when the output rightly has no group either).

usage: choices.py SET_DIR/CONDITION OUT_DIR [SET_DIR/CONDITION OUT_DIR ...] [--quiet]

A group is right when its selection (as a set) and its status equal the truth's; a group the truth does not have
is right when the output has none either. A wrong group is *flagged* when its status is `ambiguous` or a finding of
severity warning or error names the group or one of its options (CHOICE_NONE_SELECTED and CHOICE_MULTIPLE count:
they ask a person to look); *flagged as unsure* only counts `ambiguous`, CHOICE_AMBIGUOUS, CHOICE_BOX_NOT_FOUND (a box not found on a scan:
whether that option is ticked is not known) and VALUE_UNCERTAIN.
Output declarations are matched by the manifest (source.file's name and formIndex), as score.py does.
"""
import json
import os
import re
import sys

GROUPS = ('projectType', 'fundUse')
UNSURE = {'CHOICE_AMBIGUOUS', 'CHOICE_BOX_NOT_FOUND', 'VALUE_UNCERTAIN'}


def outputs(out_dir):
    decls = []
    for root, _, files in os.walk(out_dir):
        for f in sorted(files):
            p = os.path.join(root, f)
            if f.endswith('.jsonl'):
                with open(p, encoding='utf-8-sig') as fh:
                    decls += [json.loads(l) for l in fh if l.strip()]
            elif f.endswith('.json') and f not in ('run.json',):
                with open(p, encoding='utf-8-sig') as fh:
                    o = json.load(fh)
                decls += o if isinstance(o, list) else [o]
    found = {}
    for d in decls:
        src = d.get('source') if isinstance(d, dict) and isinstance(d.get('source'), dict) else None
        if src and src.get('file'):
            found.setdefault((os.path.basename(src['file']), src.get('formIndex') or 0), d)
    return found


def norm(s):
    return re.sub(r'\s+', '', str(s))


def group_row(truth, out, grp):
    t, o = truth.get(grp), (out or {}).get(grp)
    tnull = t is None
    if tnull:
        right = o is None
    else:
        tsel = sorted(norm(x) for x in t.get('selected') or [])
        osel = sorted(norm(x) for x in o.get('selected') or []) if isinstance(o, dict) else None
        right = o is not None and tsel == osel and t.get('status') == o.get('status')
    status = o.get('status') if isinstance(o, dict) else None
    codes = [f.get('code') for f in (out or {}).get('findings', [])
             if str(f.get('field') or '').startswith(grp) and f.get('severity') in ('warning', 'error')]
    flagged = status == 'ambiguous' or bool(codes)
    unsure = status == 'ambiguous' or any(c in UNSURE for c in codes)
    return {'group': grp, 'truthNull': tnull, 'right': right, 'flagged': flagged, 'unsure': unsure,
            'truth': None if tnull else (t.get('selected'), t.get('status')),
            'output': None if o is None else (o.get('selected'), status), 'codes': sorted(set(codes))}


def condition(set_cond, out_dir, quiet):
    manifest = json.load(open(os.path.join(set_cond, 'manifest.json'), encoding='utf-8'))
    found = outputs(out_dir)
    rows = []
    # tools/elsewhere writes {"entries": [... "params"]}, tools/scans-b a bare list with "effects"
    entries = manifest['entries'] if isinstance(manifest, dict) else manifest
    for e in entries:
        params = e.get('params') or e.get('effects') or {}
        for k, form in enumerate(e['forms']):
            truth = json.load(open(os.path.join(set_cond, 'truth', form), encoding='utf-8'))
            out = found.get((e['input'], k))
            pen = params.get('penticks') or params.get('pen') or {}
            pen = pen if isinstance(pen, dict) else {'style': pen}
            for grp in GROUPS:
                r = group_row(truth, out, grp)
                r['form'] = form
                r['missing'] = out is None
                r['pen'] = f"{pen.get('style')}/{pen.get('ink')}/{params.get('mode')}" if pen else params.get('mode')
                rows.append(r)
                if not quiet:
                    mark = 'ok ' if r['right'] else ('WRONG flagged' if r['flagged'] else 'WRONG UNFLAGGED')
                    print(f"  {form:28s} {grp:11s} {'null-truth ' if r['truthNull'] else ''}{mark:16s} "
                          f"truth={r['truth']} out={r['output']} pen={r['pen']} codes={','.join(r['codes'])}")
    return rows


def summary(name, rows):
    real = [r for r in rows if not r['truthNull']]
    null = [r for r in rows if r['truthNull']]
    wrong = [r for r in real if not r['right']]
    nwrong = [r for r in null if not r['right']]
    pct = 100.0 * sum(r['right'] for r in real) / len(real) if real else float('nan')
    return (f"| {name} | {len(real)} | {pct:.1f} | {len(wrong)} | {sum(r['flagged'] for r in wrong)} | "
            f"{sum(r['unsure'] for r in wrong)} | {len(null)} | {len(nwrong)} |")


def main(argv):
    quiet = '--quiet' in argv
    args = [a for a in argv if a != '--quiet']
    lines, everything = [], []
    for i in range(0, len(args), 2):
        name = os.path.basename(os.path.normpath(args[i]))
        if not quiet:
            print(name)
        rows = condition(args[i], args[i + 1], quiet)
        everything += rows
        lines.append(summary(name, rows))
    print('\n| condition | groups (truth has) | right % | wrong | wrong flagged | wrong flagged unsure | '
          'null-truth groups | null-truth wrong |')
    print('|---|---|---|---|---|---|---|---|')
    print('\n'.join(lines))
    if len(lines) > 1:
        print(summary('*all*', everything))


if __name__ == '__main__':
    main(sys.argv[1:])
