#!/usr/bin/env python3
"""CPU-seconds per scanned page for each OCR engine, the fixed cost of a run (JVM start, loading the model) kept apart
from the cost each page adds: the figure issue 13 asks for (at most 1.5 CPU-s per page).

usage: bench/ocr-cost.py [--jar JAR] [--engines ppocr,tesseract] [--small N] [--in-process] PATH...
       PATH: PDFs or folders of them (recursed: case folders' input.pdf, a set from tools/scan-matrix.py make).

For each engine two extractions run, each in one worker process of one thread (--isolate --jobs 1), as a batch is read: the first
N files (default 1), then every file. The cost a page adds is the slope between the two, (CPU_all - CPU_small) /
(pages_all - pages_small); the fixed cost is what the small run costs beyond its pages. CPU is user+sys of the
extract and its worker. The scan reader's own clock (-Dperfdecl.ocr.stages=FILE, the thread's CPU) splits the full run's CPU
into loading the model, rendering and preparing the page images, PP-OCR's finding text lines and recognising them
(first readings and re-reads), the rest of the scanned pages' layout (orientation, skew, rulings, checkboxes, placing
words, reviewing cells), and what lies outside it (JVM start, JIT and GC threads, opening PDFs, parsing, writing).
The worker is ended forcibly when the run is done, before its clock is written: the stage columns need --in-process
(--no-isolate: the extract's own JVM, default collector and compilers, reads the files). Compare engines and jars within one run: on a shared machine CPU per page
drifts with the load.
"""
import argparse, glob, json, os, re, resource, shutil, subprocess, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STAGES = ('pages', 'lines', 'characters', 'find_ms', 'recognise_ms', 'load_ms', 'scanned_pages', 'prepare_ms',
          'layout_ms')


def inputs(paths):
    out = []
    for p in paths:
        out += sorted(glob.glob(os.path.join(p, '**', '*.pdf'), recursive=True)) if os.path.isdir(p) else [p]
    return out


def extract(jar, engine, pdfs, isolate):
    tmp = tempfile.mkdtemp(prefix='ocr-cost-')
    src = os.path.join(tmp, 'in')
    os.makedirs(src)
    for i, p in enumerate(pdfs):
        os.symlink(os.path.abspath(p), os.path.join(src, '%03d.pdf' % i))
    clock = os.path.join(tmp, 'stages.txt')
    env = dict(os.environ, JAVA_TOOL_OPTIONS=(os.environ.get('JAVA_TOOL_OPTIONS', '') +
                                              ' -Dperfdecl.ocr.stages=' + clock).strip())
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(['java', '-jar', jar, 'extract', src, '-o', os.path.join(tmp, 'out'), '--quiet',
                           '--no-xlsx', '--isolate' if isolate else '--no-isolate', '--jobs', '1', '--timeout', '1800', '--ocr', engine],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    report = json.load(open(os.path.join(tmp, 'out', 'run.json')))
    pages = sum(i['pages'] or 0 for i in report['inputs'])
    failed = sum(1 for i in report['inputs'] if i['status'] != 'ok')
    stages = dict.fromkeys(STAGES, 0)
    for m in re.finditer(r'ppocr-stages (.*)', open(clock).read() if os.path.exists(clock) else proc.stderr):
        for k, v in (kv.split('=') for kv in m.group(1).split()):
            if k in stages:
                stages[k] += int(v)
    shutil.rmtree(tmp)
    return pages, failed, cpu, stages


def main():
    a = argparse.ArgumentParser()
    a.add_argument('paths', nargs='+')
    a.add_argument('--jar', default=os.path.join(ROOT, 'target/perfdecl.jar'))
    a.add_argument('--engines', default='ppocr,tesseract')
    a.add_argument('--small', type=int, default=1)
    a.add_argument('--in-process', action='store_true')
    args = a.parse_args()
    pdfs = inputs(args.paths)
    print('jar %s, %d files' % (args.jar, len(pdfs)))
    print('| engine | pages | failed | CPU s/page (all) | fixed CPU s | CPU s/page added | load model s |'
          ' render+prepare s/page | find lines s/page | recognise s/page | rest of layout s/page |'
          ' outside layout s/page | characters/page | recognise ms/character |')
    print('|---' * 14 + '|')
    for e in args.engines.split(','):
        sp, _, scpu, _ = extract(args.jar, e, pdfs[:args.small], not args.in_process)
        pages, failed, cpu, s = extract(args.jar, e, pdfs, not args.in_process)
        slope = (cpu - scpu) / max(1, pages - sp)
        fixed = scpu - slope * sp
        p = max(pages, 1)
        ms = {k: s[k] / 1000 for k in STAGES if k.endswith('_ms')}
        row = '| %s | %d | %d | %.2f | %.2f | %.2f ' % (e, pages, failed, cpu / p, fixed, slope)
        if s['layout_ms']:
            ocr = ms['find_ms'] + ms['recognise_ms'] if s['pages'] else 0
            row += '| %.2f | %.2f | %s | %s | %.2f | %.2f | %s | %s |' % (
                ms['load_ms'], ms['prepare_ms'] / p,
                '%.3f' % (ms['find_ms'] / p) if s['pages'] else '–',
                '%.2f' % (ms['recognise_ms'] / p) if s['pages'] else '–',
                (ms['layout_ms'] - ms['prepare_ms'] - ocr) / p, (cpu - ms['layout_ms'] - ms['load_ms']) / p,
                '%.0f' % (s['characters'] / p) if s['pages'] else '–',
                '%.2f' % (s['recognise_ms'] / s['characters']) if s['characters'] else '–')
        else:
            row += '| – ' * 8 + '|'
        print(row, flush=True)


if __name__ == '__main__':
    main()
