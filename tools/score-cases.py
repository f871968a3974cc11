#!/usr/bin/env python3
"""Score the extraction of test filings against their expected.json with the product's yardstick (score.py).

usage: tools/score-cases.py SCORE_PY [PREFIX ...]
  SCORE_PY: the project's yardstick, score.py (it is not in this repository)
  PREFIX:   case groups to score (default: one line per case group: ocr-seed, ocr-own, pdf-form, pdf-bundle,
            pdf-style-<style>, scan)
environment: OCR=NAME extracts with --ocr NAME and adds a CPU ms/page column; FILINGS=DIR reads cases from DIR
             instead of src/test/resources/filings; SET=NAME scores every case there as one group NAME
Each case group's inputs are extracted with target/perfdecl.jar into a temp folder; expected.json files (objects or
arrays) become a truth folder and a manifest that pairs each form with its input and form index; then SCORE_PY
prints the per-category figures.
"""
import json, os, resource, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILINGS = os.environ.get('FILINGS', os.path.join(ROOT, 'src/test/resources/filings'))
SET = os.environ.get('SET')  # one group of this name for every case under FILINGS (e.g. scans made by bench/)
SCORE = None
OCR = os.environ.get('OCR')  # the extract's --ocr engine; unset: the default


def groups():
    names = sorted(n for n in os.listdir(FILINGS) if os.path.isdir(os.path.join(FILINGS, n)))
    if SET:
        return {SET: names}
    out = {}
    for n in names:
        if n.startswith('pdf-style-'):
            g = n[:n.rindex('-form-')]
        elif n.startswith('scan-'):
            # scans of the shared forms by how they were made; scans of other forms (their own names) as "scan"
            g = n[:n.rindex('-form-')] if '-form-' in n else 'scan'
        else:
            g = '-'.join(n.split('-')[:2])
        out.setdefault(g, []).append(n)
    return out


def score(group, cases):
    tmp = tempfile.mkdtemp(prefix='score-')
    truth, inputs, out = (os.path.join(tmp, d) for d in ('truth', 'in', 'out'))
    os.makedirs(truth); os.makedirs(inputs)
    manifest = []
    for case in cases:
        src = next(f for f in os.listdir(os.path.join(FILINGS, case)) if f.startswith('input.'))
        name = case + os.path.splitext(src)[1]
        shutil.copy(os.path.join(FILINGS, case, src), os.path.join(inputs, name))
        exp = json.load(open(os.path.join(FILINGS, case, 'expected.json'), encoding='utf-8'))
        forms = exp if isinstance(exp, list) else [exp]
        names = []
        for i, f in enumerate(forms):
            t = f'{case}-{i}.json'
            json.dump(f, open(os.path.join(truth, t), 'w', encoding='utf-8'), ensure_ascii=False)
            names.append(t)
        manifest.append({'input': name, 'forms': names})
    json.dump(manifest, open(os.path.join(tmp, 'manifest.json'), 'w'))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(['java', '-jar', os.environ.get('JAR', os.path.join(ROOT, 'target/perfdecl.jar')), 'extract', inputs, '-o', out,
                    '--quiet', '--timeout', '900'] + (['--ocr', OCR] if OCR else []),
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_ms = 1000 * (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    res = subprocess.run([sys.executable, SCORE, truth, os.path.join(out, 'json'), '--manifest',
                          os.path.join(tmp, 'manifest.json')], capture_output=True, text=True)
    figures = dict(line.split(': ', 1) for line in res.stdout.splitlines() if ': ' in line)
    run = json.load(open(os.path.join(out, 'run.json')))
    for i in run['inputs']:
        if i.get('status') == 'failed':
            print(f"  {i['file']}: {i.get('reason')}", file=sys.stderr)
    pages = sum(i['pages'] or 0 for i in run['inputs'])
    ms = sum(i['ms'] for i in run['inputs'])
    cols = ['header', 'choices', 'budget', 'items', 'indicators', 'targets', 'texts', 'findings', 'overall']
    cpu = f" {cpu_ms / pages:.0f} |" if OCR and pages else (" – |" if OCR else "")
    print(f"| {group} | {len(cases)} | " + ' | '.join(figures.get(c, '?') for c in cols)
          + (f" | {ms / pages:.0f} |" if pages else " | – |") + cpu, flush=True)
    shutil.rmtree(tmp)


def main():
    global SCORE
    if len(sys.argv) < 2 or not os.path.isfile(sys.argv[1]):
        sys.exit('usage: tools/score-cases.py SCORE_PY [PREFIX ...]   (SCORE_PY: the path of score.py)')
    SCORE = os.path.abspath(sys.argv[1])
    wanted = sys.argv[2:]
    if OCR:
        print(f'engine: {OCR}; CPU ms/page: user+sys of the extract (JVM start, workers included) per page')
    print('| cases | n | header | choices | budget | items | indicators | targets | texts | findings | overall | ms/page |'
          + (' CPU ms/page |' if OCR else ''))
    print('|---|---|---|---|---|---|---|---|---|---|---|---|' + ('---|' if OCR else ''))
    for g, cases in groups().items():
        if not wanted or any(g.startswith(w) for w in wanted):
            score(g, cases)


if __name__ == '__main__':
    main()
