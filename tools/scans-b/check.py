#!/usr/bin/python3
"""Check a scans-b set is well-formed without looking at its pages.

usage: check.py SET_DIR

For every OUT/<condition>/manifest.json: each input PDF opens (pdfinfo) with the page count the
manifest gives, has no text layer unless the entry was OCRed (pdffonts), and each truth file
listed exists, names the PDF in source.file, has formIndex equal to its position and has a
projectName; every truth file in truth/ is listed. Prints forms and pages per condition; exits 1
on any problem.
"""
import json
import os
import re
import subprocess
import sys


def main(set_dir):
    bad = 0
    total_f = total_p = total_i = 0
    print(f'{"condition":10} {"files":>5} {"forms":>5} {"pages":>5}')
    for cond in sorted(os.listdir(set_dir)):
        d = os.path.join(set_dir, cond)
        mpath = os.path.join(d, 'manifest.json')
        if not os.path.isfile(mpath):
            continue
        with open(mpath, encoding='utf-8') as f:
            manifest = json.load(f)
        listed = set()
        forms = pages = 0
        for e in manifest:
            pdf = os.path.join(d, e['input'])
            r = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True)
            m = re.search(r'Pages:\s+(\d+)', r.stdout)
            if r.returncode != 0 or not m:
                print(f'BAD {cond}/{e["input"]}: does not open: {r.stderr.strip()[:120]}')
                bad += 1
                continue
            n = int(m.group(1))
            pages += n
            if n != e['pages']:
                print(f'BAD {cond}/{e["input"]}: {n} pages, manifest says {e["pages"]}')
                bad += 1
            fonts = subprocess.run(['pdffonts', pdf], capture_output=True, text=True).stdout
            has_text = len(fonts.strip().splitlines()) > 2
            if has_text != (e['effects'].get('ocr') is True):
                print(f'BAD {cond}/{e["input"]}: text layer {has_text}, ocr {e["effects"].get("ocr")}')
                bad += 1
            for k, tn in enumerate(e['forms']):
                listed.add(tn)
                tp = os.path.join(d, 'truth', tn)
                try:
                    with open(tp, encoding='utf-8') as f:
                        t = json.load(f)
                except (OSError, ValueError) as ex:
                    print(f'BAD {cond}/truth/{tn}: {ex}')
                    bad += 1
                    continue
                src = t.get('source') or {}
                if src.get('file') != e['input'] or src.get('formIndex') != k or 'projectName' not in t:
                    print(f'BAD {cond}/truth/{tn}: source {src.get("file")}#{src.get("formIndex")}')
                    bad += 1
                forms += 1
        extra = set(os.listdir(os.path.join(d, 'truth'))) - listed
        for x in sorted(extra):
            print(f'BAD {cond}/truth/{x}: not in the manifest')
            bad += 1
        print(f'{cond:10} {len(manifest):5} {forms:5} {pages:5}')
        total_f += forms
        total_p += pages
        total_i += len(manifest)
    print(f'{"total":10} {total_i:5} {total_f:5} {total_p:5}')
    print('problems:', bad)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
