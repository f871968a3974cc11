#!/usr/bin/env python3
"""CPU per scanned page, per stage, for each OCR engine: extracts the PDFs under DIR (case folders' input.pdf or plain
PDFs) with target/perfdecl.jar and prints one row per engine.

usage: bench/ocr-stages.py DIR ENGINE...      (e.g. bench/ocr-stages.py src/test/resources/filings/scan-form-1 ppocr tesseract)
CPU is user+sys of the whole extract (JVM start, workers, rendering, layout, OCR, re-reads) divided by the pages read;
for ppocr the engine's own clock (-Dperfdecl.ocr.stages=true, every JVM) splits out finding the text lines in the ink
and recognising them; "rest" is everything else (JVM start, rendering, preprocessing, layout, checkboxes).
"""
import glob, json, os, re, resource, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def inputs(d):
    found = sorted(glob.glob(os.path.join(d, '**', '*.pdf'), recursive=True))
    return found


def run(engine, pdfs):
    tmp = tempfile.mkdtemp(prefix='ocr-stages-')
    src = os.path.join(tmp, 'in')
    os.makedirs(src)
    for i, p in enumerate(pdfs):
        shutil.copy(p, os.path.join(src, '%03d-%s' % (i, os.path.basename(os.path.dirname(p)) + '.pdf')))
    env = dict(os.environ, JAVA_TOOL_OPTIONS='-Dperfdecl.ocr.stages=true')
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(['java', '-jar', os.path.join(ROOT, 'target/perfdecl.jar'), 'extract', src, '-o',
                           os.path.join(tmp, 'out'), '--quiet', '--no-xlsx', '--timeout', '1800', '--ocr', engine],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    report = json.load(open(os.path.join(tmp, 'out', 'run.json')))
    pages = sum(i['pages'] or 0 for i in report['inputs'])
    failed = sum(1 for i in report['inputs'] if i['status'] != 'ok')
    stages = {'find_ms': 0, 'recognise_ms': 0, 'characters': 0, 'lines': 0}
    for m in re.finditer(r'ppocr-stages (.*)', proc.stderr):
        for k, v in (kv.split('=') for kv in m.group(1).split()):
            if k in stages:
                stages[k] += int(v)
    shutil.rmtree(tmp)
    return pages, failed, cpu, stages


def main():
    d, engines = sys.argv[1], sys.argv[2:]
    pdfs = inputs(d)
    print('| engine | files | pages | failed | CPU ms/page | find lines ms/page | recognise ms/page | rest ms/page |'
          ' characters/page | recognise ms/character |')
    print('|---|---|---|---|---|---|---|---|---|---|')
    for e in engines:
        pages, failed, cpu, s = run(e, pdfs)
        p = max(pages, 1)
        ocr = s['find_ms'] + s['recognise_ms']
        if e == 'ppocr':
            print('| %s | %d | %d | %d | %.0f | %.0f | %.0f | %.0f | %.0f | %.2f |' % (
                e, len(pdfs), pages, failed, cpu / p, s['find_ms'] / p, s['recognise_ms'] / p, (cpu - ocr) / p,
                s['characters'] / p, s['recognise_ms'] / max(s['characters'], 1)))
        else:
            print('| %s | %d | %d | %d | %.0f | – | – | – | – | – |' % (e, len(pdfs), pages, failed, cpu / p))


if __name__ == '__main__':
    main()
