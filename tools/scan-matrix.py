#!/usr/bin/env python3
"""Make a seeded set of scans under each scanning condition, extract it, and score it per condition.

usage: tools/scan-matrix.py make SET_DIR SEED [--per N] [--conditions c1,c2,...]
       tools/scan-matrix.py score SET_DIR SCORE_PY [--conditions c1,...] [--jar target/perfdecl.jar] [--tag NAME]
                                 [--limit N] [--ocr ENGINE]
       (SCORE_PY: the project's yardstick, score.py, which is not in this repository)

make   draws, for each condition (alone) and for `all` of them combined, N source forms (seeded) from the shared
       PDFs (their copies in src/test/resources/filings/pdf-form-*, truths in src/test/resources/truth) and the forms
       rendered for the tests
       (src/test/resources/filings/pdf-own*, pdf-blind*, pdf-style-* with their expected.json), and scans each with
       the test-scope generator perfdecl.fixtures.gen.ScanGenerator, seed SEED*1000 + k, into SET_DIR/<condition>/
       (input PDFs, truth/, manifest.json, conditions.txt saying what each scan got).
score  extracts each condition's folder with target/perfdecl.jar (--jobs 1) and prints one table row per condition:
       score.py's categories, CPU ms per page (user+sys of the extraction, JVM start included), and how many wrong
       choice groups were left unflagged (selected set wrong, status not ambiguous, no finding on the group), and
       score.py's choices figure over the forms whose truth has the choice groups.

Seed sets: keep a tuning SEED you look at and debug on, and an evaluation SEED you only score (bench/SCANS.md says
which is which). Needs the project compiled (mvn -o test-compile; mvn -o -DskipTests package for the jar).
"""
import argparse, glob, json, os, random, resource, shutil, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILINGS = os.path.join(ROOT, 'src/test/resources/filings')
TRUTH = os.path.join(ROOT, 'src/test/resources/truth')
CONDITIONS = ['tone', 'lighting', 'jpeg', 'bilevel', 'borders', 'skew', 'rotate', 'crop', 'dpi', 'colour', 'seal',
              'ink', 'pen', 'all']
COLS = ['header', 'choices', 'budget', 'items', 'indicators', 'targets', 'texts', 'findings', 'overall']


def sources():
    out = []
    # the shared forms first, as when they were read from the shared corpus: a seed draws the same sources
    for truth in sorted(glob.glob(os.path.join(TRUTH, 'form-*.json'))):
        n = os.path.splitext(os.path.basename(truth))[0]
        out.append((n, os.path.join(FILINGS, 'pdf-' + n, 'input.pdf'), [json.load(open(truth, encoding='utf-8'))]))
    for d in sorted(glob.glob(os.path.join(FILINGS, 'pdf-*'))):
        name = os.path.basename(d)
        if not (name.startswith('pdf-own') or name.startswith('pdf-blind') or name.startswith('pdf-style')):
            continue
        exp = json.load(open(os.path.join(d, 'expected.json'), encoding='utf-8'))
        out.append((name[4:], os.path.join(d, 'input.pdf'), exp if isinstance(exp, list) else [exp]))
    return out


def classpath():
    cp_file = os.path.join(ROOT, 'target/gen-classpath.txt')
    if not os.path.exists(cp_file):
        subprocess.run(['mvn', '-q', '-B', '-o', 'dependency:build-classpath', '-Dmdep.includeScope=test',
                        '-Dmdep.outputFile=' + cp_file], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return ':'.join([os.path.join(ROOT, 'target/test-classes'), os.path.join(ROOT, 'target/classes'),
                     open(cp_file).read().strip()])


def make(args):
    pool = sources()
    conds = args.conditions.split(',') if args.conditions else CONDITIONS
    jobs = []
    for cond in conds:
        ci = CONDITIONS.index(cond)
        d = os.path.join(args.set_dir, cond)
        os.makedirs(os.path.join(d, 'truth'), exist_ok=True)
        rnd = random.Random(f'{args.seed}:{cond}')
        manifest = []
        for k, (name, pdf, forms) in enumerate(rnd.sample(pool, args.per)):
            seed = args.seed * 1000 + ci * 50 + k
            out = f'{name}-s{seed}.pdf'
            jobs.append(f'{seed} {cond} {pdf} {os.path.join(d, out)}')
            names = []
            for i, f in enumerate(forms):
                t = f'{name}-s{seed}-{i}.json'
                json.dump(f, open(os.path.join(d, 'truth', t), 'w', encoding='utf-8'), ensure_ascii=False)
                names.append(t)
            manifest.append({'input': out, 'forms': names})
        json.dump(manifest, open(os.path.join(d, 'manifest.json'), 'w'), indent=1)
    job_file = os.path.join(args.set_dir, 'jobs-' + '-'.join(conds)[:40] + '.txt')
    open(job_file, 'w').write('\n'.join(jobs) + '\n')
    res = subprocess.run(['java', '-Djava.awt.headless=true', '-cp', classpath(),
                          'perfdecl.fixtures.gen.ScanGenerator', '--jobs', job_file],
                         capture_output=True, text=True)
    log = [l for l in res.stdout.splitlines() if '\t' in l]
    for cond in conds:
        d = os.path.join(args.set_dir, cond)
        open(os.path.join(d, 'conditions.txt'), 'w').write(
            '\n'.join(l for l in log if l.startswith(d + '/')) + '\n')
    if res.returncode != 0:
        sys.exit(res.stderr[-3000:])
    print(f'{len(jobs)} scans in {args.set_dir}')


def unflagged_wrong_choices(d, out):
    manifest = json.load(open(os.path.join(d, 'manifest.json')))
    decls = {}
    for f in glob.glob(os.path.join(out, 'json', '*.json')):
        o = json.load(open(f, encoding='utf-8'))
        for x in (o if isinstance(o, list) else [o]):
            decls[(os.path.basename(x['source']['file']), x['source']['formIndex'])] = x
    wrong = unflagged = 0
    for m in manifest:
        for i, t in enumerate(m['forms']):
            truth = json.load(open(os.path.join(d, 'truth', t), encoding='utf-8'))
            o = decls.get((m['input'], i))
            for grp in ('projectType', 'fundUse'):
                ts = set((truth.get(grp) or {}).get('selected') or [])
                og = (o or {}).get(grp) or {}
                if o is not None and set(og.get('selected') or []) == ts:
                    continue
                wrong += 1
                flagged = o is None or og.get('status') == 'ambiguous' or any(
                    (f.get('field') or '').startswith(grp) for f in o.get('findings') or [])
                unflagged += 0 if flagged else 1
    return wrong, unflagged


def choices_with_groups(d, out):
    """score.py's choices figure over the forms whose truth has the groups (a form without them, such as the 2021
    and 2025 templates, scores 50 % there even against its own truth: its null selection is never a list)."""
    manifest = json.load(open(os.path.join(d, 'manifest.json')))
    decls = {}
    for f in glob.glob(os.path.join(out, 'json', '*.json')):
        o = json.load(open(f, encoding='utf-8'))
        for x in (o if isinstance(o, list) else [o]):
            decls[(os.path.basename(x['source']['file']), x['source']['formIndex'])] = x
    key = lambda v: ''.join(str(v).split())
    scores = []
    for m in manifest:
        for i, t in enumerate(m['forms']):
            truth = json.load(open(os.path.join(d, 'truth', t), encoding='utf-8'))
            if truth.get('projectType') is None and truth.get('fundUse') is None:
                continue
            o = decls.get((m['input'], i)) or {}
            ok = 0
            for grp in ('projectType', 'fundUse'):
                tg, og = truth.get(grp) or {}, o.get(grp) or {}
                osel = og.get('selected')
                ok += isinstance(osel, list) and {key(x) for x in tg.get('selected') or []} == {key(x) for x in osel}
                ok += tg.get('status') == og.get('status')
            scores.append(ok / 4)
    return f'{100 * sum(scores) / len(scores):.1f}% of {len(scores)}' if scores else '–'


def score(args):
    conds = args.conditions.split(',') if args.conditions else [
        c for c in CONDITIONS if os.path.isdir(os.path.join(args.set_dir, c))]
    print('| condition | forms | ' + ' | '.join(COLS) + ' | CPU ms/page | wrong choices (unflagged) | choices (forms with groups) |')
    print('|---' * (len(COLS) + 5) + '|')
    for cond in conds:
        src = os.path.join(args.set_dir, cond)
        # the first --limit scans of the condition (all by default), with their truth and manifest
        d = os.path.join(src, 'run-' + args.tag)
        shutil.rmtree(d, ignore_errors=True)
        inputs = os.path.join(d, 'in')
        os.makedirs(inputs)
        os.makedirs(os.path.join(d, 'truth'))
        manifest = json.load(open(os.path.join(src, 'manifest.json')))[:args.limit or None]
        for m in manifest:
            os.link(os.path.join(src, m['input']), os.path.join(inputs, m['input']))
            for t in m['forms']:
                os.link(os.path.join(src, 'truth', t), os.path.join(d, 'truth', t))
        json.dump(manifest, open(os.path.join(d, 'manifest.json'), 'w'))
        out = os.path.join(d, 'out')
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(['java', '-jar', args.jar, 'extract', inputs, '-o', out, '--jobs', '1', '--quiet', '--timeout', '1800']
                       + (['--ocr', args.ocr] if args.ocr else []),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        res = subprocess.run([sys.executable, args.score_py, os.path.join(d, 'truth'), os.path.join(out, 'json'),
                              '--manifest', os.path.join(d, 'manifest.json'), '--json',
                              os.path.join(d, 'report.json')], capture_output=True, text=True)
        figures = dict(line.split(': ', 1) for line in res.stdout.splitlines() if ': ' in line)
        run = json.load(open(os.path.join(out, 'run.json')))
        pages = sum(i.get('pages') or 0 for i in run['inputs']) or 1
        forms = sum(len(m['forms']) for m in json.load(open(os.path.join(d, 'manifest.json'))))
        wrong, unflagged = unflagged_wrong_choices(d, out)
        print(f'| {cond} | {forms} | ' + ' | '.join(figures.get(c, '?') for c in COLS)
              + f' | {cpu * 1000 / pages:.0f} | {wrong} ({unflagged}) | {choices_with_groups(d, out)} |', flush=True)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest='cmd', required=True)
    m = sub.add_parser('make')
    m.add_argument('set_dir')
    m.add_argument('seed', type=int)
    m.add_argument('--per', type=int, default=5)
    m.add_argument('--conditions')
    s = sub.add_parser('score')
    s.add_argument('set_dir')
    s.add_argument('score_py', help="the project's yardstick, score.py")
    s.add_argument('--conditions')
    s.add_argument('--jar', default=os.path.join(ROOT, 'target/perfdecl.jar'))
    s.add_argument('--tag', default='run', help='names the run folder run-TAG (in, truth, out, report.json)')
    s.add_argument('--ocr', help='the OCR engine (--ocr of extract); unset: the default')
    s.add_argument('--limit', type=int, default=0, help='score only the first N scans of each condition')
    args = ap.parse_args()
    (make if args.cmd == 'make' else score)(args)


if __name__ == '__main__':
    main()
