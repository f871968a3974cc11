#!/usr/bin/python3
"""Scans made elsewhere: born-digital declaration PDFs printed, marked, scanned and encoded
the way another archive would, one condition at a time or all at once.

usage: make.py SRC_LIST OUT_DIR --seed N [--conditions c1,c2|all-of-them] [--per-condition K]

SRC_LIST  a text file, one source per line: a folder holding input.pdf and expected.json,
          or "PDF TRUTH.json" (two paths); '#' starts a comment.
OUT_DIR   gets OUT_DIR/<condition>/<name>.pdf, OUT_DIR/<condition>/truth/<name>[--k].json
          and OUT_DIR/<condition>/manifest.json (what each scan got; also score.py's --manifest).
"""
import argparse
import copy
import glob
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import zlib

import cv2
import img2pdf
import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import locate  # noqa: E402
import marks  # noqa: E402
import scanner  # noqa: E402

CONDITIONS = ['tone', 'jpeg', 'bilevel', 'borders', 'skew', 'orientation', 'crop', 'dpi', 'colour',
              'seal', 'signature', 'penticks', 'textlayer', 'all']
NOTES = ['已复核', '同意', '请财务处审核', '材料已齐', '补充附件', '经办人已核对', '按预算执行']
SIDES = ['left', 'right', 'top', 'bottom']
CORNERS = ['top-left', 'top-right', 'bottom-left', 'bottom-right']


def read_sources(path):
    out = []
    base = os.path.dirname(os.path.abspath(path))
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0].strip()
            if not line:
                continue
            parts = [p if os.path.isabs(p) else os.path.join(base, p) for p in line.split()]
            if len(parts) == 1:
                out.append((parts[0], os.path.join(parts[0], 'input.pdf'), os.path.join(parts[0], 'expected.json')))
            else:
                out.append((parts[0], parts[0], parts[1]))
    return out


def params_for(cond, rng, npages):
    """What one filing goes through. Baseline: 300 dpi greyscale, a good JPEG, clean white paper."""
    p = {'dpi': 300, 'mode': 'grey', 'encoding': 'jpeg', 'quality': int(rng.integers(75, 88)),
         'paper': round(float(rng.uniform(0.96, 0.99) * 255), 1), 'ink': round(float(rng.uniform(8, 20)), 1),
         'tint': [1.0, 1.0, 1.0], 'light': 0.0, 'noise': round(float(rng.uniform(1.5, 3.5)), 2),
         'strips': [], 'corners': [], 'holes': False, 'fold': False, 'lid': 235.0,
         'skew': [0.0] * npages, 'quarters': [0] * npages, 'crop': [],
         'seal': False, 'signature': False, 'note': False, 'penticks': None, 'textlayer': False}
    every = cond == 'all'
    if cond in ('tone', 'all'):
        p['paper'] = round(float(rng.uniform(0.85, 0.95) * 255), 1)
        p['ink'] = round(float(rng.uniform(0.05, 0.30) * 255), 1)
        p['tint'] = [1.0, round(float(rng.uniform(0.96, 0.99)), 3), round(float(rng.uniform(0.86, 0.95)), 3)]
        p['light'] = round(float(rng.uniform(0.06, 0.2)), 3)
    if cond in ('jpeg', 'all'):
        p['quality'] = int(rng.integers(20, 51))
    if cond == 'bilevel' or (every and rng.random() < 0.35):
        p['encoding'] = 'g4'
    if cond in ('borders', 'all'):
        dark = rng.random() < 0.5
        p['lid'] = round(float(rng.uniform(10, 30) if dark else rng.uniform(40, 120)), 1)
        p['strips'] = [str(s) for s in rng.choice(SIDES, size=int(rng.integers(1, 3)), replace=False)]
        if rng.random() < 0.6 or every:
            p['corners'] = [str(c) for c in rng.choice(CORNERS, size=int(rng.integers(1, 3)), replace=False)]
        p['holes'] = bool(rng.random() < 0.6)
        p['fold'] = bool(rng.random() < 0.6)
    if cond in ('skew', 'all'):
        p['skew'] = [round(float(rng.choice([-1, 1]) * rng.uniform(0.5, 3.0)), 2) for _ in range(npages)]
    if cond in ('orientation', 'all'):
        base = int(rng.integers(1, 4))
        q = [base] * npages
        if npages > 1:
            odd = int(rng.integers(0, npages))
            q[odd] = int(rng.choice([x for x in range(4) if x != base]))
        p['quarters'] = q
    if cond in ('crop', 'all'):
        p['crop'] = [[str(s) for s in rng.choice(['left', 'right', 'bottom'], size=int(rng.integers(1, 3)),
                                                replace=False)] + [round(float(rng.uniform(1, 4)), 2)]
                     for _ in range(npages)]
    if cond in ('dpi', 'all'):
        p['dpi'] = int(rng.choice([150, 200, 300, 400]))
    if cond == 'colour' or (cond in ('seal', 'signature', 'penticks', 'all') and rng.random() < 0.5):
        p['mode'] = 'colour'
        if cond == 'colour':
            p['tint'] = [1.0, round(float(rng.uniform(0.97, 0.995)), 3), round(float(rng.uniform(0.9, 0.97)), 3)]
    if p['encoding'] == 'g4':
        p['mode'] = 'bilevel'
    if cond in ('seal', 'all'):
        p['seal'] = True
    if cond in ('signature', 'all'):
        p['signature'] = True
        p['note'] = str(rng.choice(NOTES))
    if cond in ('penticks', 'all'):
        p['penticks'] = {'style': str(rng.choice(['tick', 'cross', 'filled', 'circle'])),
                         'ink': 'blue' if rng.random() < 0.6 else 'black'}
    if cond == 'textlayer' or (every and rng.random() < 0.5):
        p['textlayer'] = True
    return p


def render(pdf, dpi, tmp):
    # Ghostscript, not poppler: it draws AcroForm check boxes that carry no appearance stream,
    # as a printer driver would; poppler leaves them out.
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=png16m', f'-r{dpi}',
                    '-dTextAlphaBits=4', '-dGraphicsAlphaBits=4',
                    '-sOutputFile=' + os.path.join(tmp, 'p-%04d.png'), pdf], check=True, capture_output=True)
    pages = sorted(glob.glob(os.path.join(tmp, 'p-*.png')))
    return [cv2.cvtColor(cv2.imread(f, cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB) for f in pages]


def char_boxes(lines, scale):
    """Pixel boxes of every printed character that is not a tick box glyph."""
    out = []
    for words in lines:
        for t, x0, y0, x1, y1 in words:
            n = max(1, len(t))
            for i, c in enumerate(t):
                if c in locate.BOX_GLYPHS or c.isspace():
                    continue
                out.append(((x0 + (x1 - x0) * i / n) * scale, y0 * scale,
                            (x0 + (x1 - x0) * (i + 1) / n) * scale, y1 * scale))
    return out


def replace_ticks(rgb, lines, scale, truth, style, colour, dpi, rng, toned):
    """Printed ticks out, empty printed boxes in, pen marks on. Returns what was done per option.

    `rgb` is the clean render (boxes are found and repainted there); `toned` receives the ink later
    through the returned list of (box, label_box) to mark.
    """
    chars = char_boxes(lines, scale)
    dark = (cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY) < 150).astype(np.uint8)
    done, to_mark = [], []
    for group in ('projectType', 'fundUse'):
        opts = (truth.get(group) or {}).get('options') or []
        labels = [o.get('label') for o in opts if o.get('label')]
        checked = {o.get('label'): bool(o.get('checked')) for o in opts}
        labels_px = {}
        for lab in labels:
            hits = locate.find_text(lines, lab, labels)
            if hits:
                x0, y0, x1, y1 = hits[0]
                labels_px[lab] = (x0 * scale, y0 * scale, x1 * scale, y1 * scale)
        if not labels_px:
            continue
        side, boxes = tick_boxes_filtered(dark, labels_px, chars)
        empty = [boxes[l] for l in boxes if not checked.get(l)]
        template = None
        if empty:
            x, y, w, h = empty[0]
            template = rgb[y:y + h, x:x + w].copy()
        for lab in labels_px:
            if not checked.get(lab):
                continue
            if lab not in boxes:
                glyph = glyph_beside(lines, scale, labels_px[lab], side)
                if glyph is None:
                    done.append({'group': group, 'label': lab, 'box': None})
                    continue
                # a tick glyph with no box round it (✓ after the label): a box of the template's size there
                gx0, gy0, gx1, gy1 = glyph
                w, h = (template.shape[1], template.shape[0]) if template is not None else \
                    (int(gx1 - gx0) + 1, int(gy1 - gy0) + 1)
                boxes[lab] = (int((gx0 + gx1 - w) / 2), int((gy0 + gy1 - h) / 2), w, h)
            x, y, w, h = boxes[lab]
            x0, y0, x1, y1 = erase_mark(rgb, dark, (x, y, w, h))
            if template is not None:
                t = cv2.resize(template, (w, h), interpolation=cv2.INTER_AREA)
                rgb[y:y + h, x:x + w] = np.minimum(rgb[y:y + h, x:x + w], t)
            to_mark.append(((x, y, w, h), labels_px[lab]))
            done.append({'group': group, 'label': lab, 'box': [x, y, w, h], 'side': side,
                         'printedBox': template is not None})
    return done, to_mark


def glyph_beside(lines, scale, label_px, side):
    """Pixel box of a tick glyph (✓, ☑, ...) printed on the label's line next to it, if any."""
    lx0, ly0, lx1, ly1 = label_px
    h = ly1 - ly0
    best = None
    for words in lines:
        for t, x0, y0, x1, y1 in words:
            n = max(1, len(t))
            for i, c in enumerate(t):
                if c not in locate.BOX_GLYPHS or c in '☐□':
                    continue
                b = ((x0 + (x1 - x0) * i / n) * scale, y0 * scale, (x0 + (x1 - x0) * (i + 1) / n) * scale, y1 * scale)
                if abs((b[1] + b[3]) / 2 - (ly0 + ly1) / 2) > 0.6 * h:
                    continue
                gap = b[0] - lx1 if side == 'right' else lx0 - b[2]
                if -0.2 * h <= gap <= 2.5 * h and (best is None or gap < best[0]):
                    best = (gap, b)
    return best[1] if best else None


def tick_boxes_filtered(dark, labels_px, chars):
    """locate.tick_boxes, with candidates that are printed characters blanked out first."""
    d = dark.copy()
    for x0, y0, x1, y1 in chars:
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        near = any(abs(cy - (b[1] + b[3]) / 2) < 3 * (b[3] - b[1]) for b in labels_px.values())
        if near:
            d[int(y0):int(y1) + 1, int(x0):int(x1) + 1] = 0
    rgb = np.where(d[..., None] > 0, 0, 255).astype(np.uint8).repeat(3, axis=2)
    return locate.tick_boxes(rgb, labels_px, {})


def erase_mark(rgb, dark, box):
    """Blank the printed mark: the box and any small stroke (a tick sticking out) that touches it."""
    x, y, w, h = box
    pad = max(2, int(0.6 * h))
    X0, Y0 = max(0, x - pad), max(0, y - pad)
    X1, Y1 = min(rgb.shape[1], x + w + pad), min(rgb.shape[0], y + h + pad)
    n, lab, stats, _ = cv2.connectedComponentsWithStats(dark[Y0:Y1, X0:X1], connectivity=8)
    rgb[y:y + h, x:x + w] = 255
    for i in range(1, n):
        cx, cy, cw, ch, _ = stats[i]
        ax, ay = X0 + cx, Y0 + cy
        touches = ax < x + w and ax + cw > x and ay < y + h and ay + ch > y
        if touches and cw < 1.8 * w and ch < 1.8 * h:
            sub = lab == i
            region = rgb[Y0:Y1, X0:X1]
            region[sub] = 255
    return x, y, x + w, y + h


def find_any(pages_lines, texts):
    for pi, (_, _, lines) in enumerate(pages_lines):
        for t in texts:
            if t:
                hits = locate.find_text(lines, t)
                if hits:
                    return pi, hits[0]
    return None, None


def make_filing(src_pdf, truth_forms, out_pdf, p, rng, tmp):
    dpi = p['dpi']
    scale = dpi / 72.0
    pages_lines = locate.page_lines(src_pdf)
    rgbs = render(src_pdf, dpi, tmp)
    npages = len(rgbs)
    truth = truth_forms[0]
    record = {'pages': []}
    ink_marks = {i: [] for i in range(npages)}

    if p['penticks']:
        colour = marks.BLUE_PEN if p['penticks']['ink'] == 'blue' else marks.BLACK_PEN
        ticks = []
        for form in truth_forms:
            for i, (_, _, lines) in enumerate(pages_lines):
                if i >= npages:
                    break
                done, to_mark = replace_ticks(rgbs[i], lines, scale, form, p['penticks']['style'], colour,
                                              dpi, rng, None)
                for d in done:
                    d['page'] = i + 1
                ticks += done
                for box, lab in to_mark:
                    ink_marks[i].append(('tick', box, lab, colour))
        record['ticks'] = ticks

    seal_at = sign_at = None
    if p['seal']:
        name = ((truth.get('unit') or {}).get('name') or '')
        pi, hit = find_any(pages_lines, [name, name[:8], '申报单位', '实施单位'])
        if pi is not None:
            x0, y0, x1, y1 = [v * scale for v in hit]
            cx = x0 + rng.uniform(0.55, 1.0) * (x1 - x0)
            cy = (y0 + y1) / 2 + rng.uniform(-0.15, 0.15) * 21 * dpi / 25.4
            seal_at = (pi, (cx, cy), name)
    if p['signature']:
        pi, hit = find_any(pages_lines, [truth.get('contactPerson'), truth.get('projectLead'), '联系人', '项目负责人'])
        if pi is not None:
            x0, y0, x1, y1 = [v * scale for v in hit]
            sign_at = (pi, (x1 + rng.uniform(1, 4) * (y1 - y0), (y0 + y1) / 2 + 0.2 * (y1 - y0)))

    for i, rgb in enumerate(rgbs):
        pr = {}
        img = scanner.tone(rgb.astype(np.float32), p['paper'], p['ink'], p['tint'])
        for kind, box, lab, colour in ink_marks[i]:
            marks.pen_tick(img, box, lab, p['penticks']['style'], colour, dpi, rng)
        if seal_at and seal_at[0] == i:
            r = marks.seal(img, seal_at[1], dpi, seal_at[2], rng)
            pr['seal'] = {'centre': [int(seal_at[1][0]), int(seal_at[1][1])], 'radius': int(r)}
        if sign_at and sign_at[0] == i:
            pr['signature'] = [int(v) for v in marks.signature(img, sign_at[1], dpi, rng)]
        if p['note'] and i == 0:
            H, W = img.shape[:2]
            top = locate.ink_bbox(rgb)[1]
            at = (W * rng.uniform(0.55, 0.72), max(5, top * rng.uniform(0.1, 0.5)))
            marks.note(img, at, dpi, p['note'], rng)
            pr['note'] = [int(at[0]), int(at[1])]
        lid = (p['lid'],) * 3
        if p['fold']:
            pr['fold'] = scanner.fold(img, rng, dpi)
        if p['holes']:
            pr['holes'] = scanner.punch_holes(img, rng, dpi, np.array(lid, np.float32))
        q = p['quarters'][i] if i < len(p['quarters']) else 0
        img = np.ascontiguousarray(np.rot90(img, k=-q)) if q else img
        shift = (0.0, 0.0)
        if p['crop'] and i < len(p['crop']):
            sides, cut_mm = p['crop'][i][:-1], p['crop'][i][-1]
            cut = cut_mm * dpi / 25.4
            x0, y0, x1, y1 = locate.ink_bbox(np.clip(img, 0, 255).astype(np.uint8)
                                             if img.ndim == 2 else img.min(axis=2))
            H, W = img.shape[:2]
            dx = dy = 0.0
            if 'left' in sides:
                dx = -(x0 + cut)
            elif 'right' in sides:
                dx = (W - x1) + cut
            if 'bottom' in sides:
                dy = (H - y1) + cut
            shift = (dx, dy)
            pr['cut'] = {'sides': sides, 'mm': cut_mm}
        skew = p['skew'][i] if i < len(p['skew']) else 0.0
        img = scanner.place(img, rng, 0, skew, shift, lid)
        if p['strips']:
            pr['strips'] = scanner.lid_strips(img, rng, dpi, p['strips'], lid)
        if p['corners']:
            pr['corners'] = scanner.dark_corners(img, rng, dpi, p['corners'], lid)
        if p['light']:
            pr['lightMin'] = scanner.lighting(img, rng, p['light'])
        img, opt = scanner.optics(img, rng, dpi, p['noise'])
        pr.update(opt)
        data, enc = scanner.encode(img, p['mode'], p['encoding'], p['quality'], dpi, rng)
        pr.update(enc)
        pr['quarterTurns'] = q
        pr['skew'] = skew
        record['pages'].append(pr)
        ext = 'tif' if p['encoding'] == 'g4' else 'jpg'
        with open(os.path.join(tmp, f'scan-{i:03d}.{ext}'), 'wb') as f:
            f.write(data)
    imgs = sorted(glob.glob(os.path.join(tmp, 'scan-*')))
    layout = img2pdf.get_fixed_dpi_layout_fun((p['dpi'], p['dpi']))
    raw = os.path.join(tmp, 'raw.pdf')
    with open(raw, 'wb') as f:
        f.write(img2pdf.convert(imgs, layout_fun=layout, nodate=True))
    if p['textlayer']:
        res = subprocess.run(['ocrmypdf', '-q', '-l', 'chi_sim', '--output-type', 'pdf', '--optimize', '0',
                              '--jobs', '1', raw, out_pdf], capture_output=True)
        record['textlayer'] = 'ocrmypdf/tesseract chi_sim' if res.returncode == 0 else \
            'failed: ' + res.stderr.decode('utf-8', 'replace').strip().splitlines()[-1:][0:1].__str__()
        if res.returncode != 0:
            os.replace(raw, out_pdf)
    else:
        os.replace(raw, out_pdf)
    return record


def load_truth(path):
    with open(path, encoding='utf-8-sig') as f:
        obj = json.load(f)
    return obj if isinstance(obj, list) else [obj]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('src_list')
    ap.add_argument('out_dir')
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--conditions', default=','.join(CONDITIONS),
                    help='comma-separated, from: ' + ', '.join(CONDITIONS))
    ap.add_argument('--per-condition', type=int, default=3, help='filings drawn per condition')
    args = ap.parse_args(argv)
    sources = read_sources(args.src_list)
    conds = [c.strip() for c in args.conditions.split(',') if c.strip()]
    for c in conds:
        if c not in CONDITIONS:
            ap.error(f'unknown condition {c}')
    for cond in conds:
        crng = np.random.default_rng([args.seed, zlib.crc32(cond.encode())])
        picks = crng.choice(len(sources), size=min(args.per_condition, len(sources)), replace=False)
        cdir = os.path.join(args.out_dir, cond)
        tdir = os.path.join(cdir, 'truth')
        os.makedirs(tdir, exist_ok=True)
        entries = []
        for k, si in enumerate(picks):
            label, pdf, truth_path = sources[int(si)]
            truth = load_truth(truth_path)
            case = os.path.basename(os.path.normpath(label if os.path.isdir(label) else os.path.dirname(pdf)))
            name = f'{cond}-{k + 1:02d}-{hashlib.sha1(case.encode()).hexdigest()[:6]}'
            frng = np.random.default_rng([args.seed, zlib.crc32(cond.encode()), k])
            npages = int(subprocess.run(['pdfinfo', pdf], capture_output=True, text=True, check=True)
                         .stdout.split('Pages:')[1].split()[0])
            p = params_for(cond, frng, npages)
            with tempfile.TemporaryDirectory() as tmp:
                rec = make_filing(pdf, truth, os.path.join(cdir, name + '.pdf'), p, frng, tmp)
            forms = []
            for fi, form in enumerate(truth):
                t = copy.deepcopy(form)
                t.pop('render', None)
                t['source'] = {'file': name + '.pdf', 'sha256': None, 'formIndex': fi,
                               'pages': (form.get('source') or {}).get('pages'), 'inputKind': 'scan'}
                tname = name + ('.json' if len(truth) == 1 else f'--{fi + 1}.json')
                with open(os.path.join(tdir, tname), 'w', encoding='utf-8') as f:
                    json.dump(t, f, ensure_ascii=False, indent=1)
                forms.append(tname)
            entries.append({'input': name + '.pdf', 'forms': forms, 'source': case, 'params': p, **rec})
            print(f'{cond}/{name}.pdf  <- {case}  ({npages} p)', flush=True)
        with open(os.path.join(cdir, 'manifest.json'), 'w', encoding='utf-8') as f:
            json.dump({'seed': args.seed, 'condition': cond, 'entries': entries}, f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
