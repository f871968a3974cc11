#!/usr/bin/python3
"""scans-b: turn born-digital declaration PDFs into simulated archive scans.

usage: /usr/bin/python3 tools/scans-b/scanb.py SOURCES OUT --seed N
                        [--conditions a,b,...|all-conditions] [--per-condition K] [--no-ocr]

SOURCES  text file, one filing a line: `NAME<TAB>PDF<TAB>TRUTH` (relative paths are taken
         from the SOURCES file's folder); TRUTH is one declaration object or a list of them.
OUT      receives OUT/<condition>/<file>.pdf, OUT/<condition>/truth/<file>[--K].json and
         OUT/<condition>/manifest.json (score.py --manifest format plus the effects applied).

The truth is copied unchanged except for `source` (file, sha256, pages of the scan, inputKind)
and `id`: every effect only changes how the paper looks, never what it says.
Needs Debian's python3 with numpy, PIL, opencv, img2pdf; poppler-utils; ocrmypdf+tesseract
(chi_sim) for the `ocr` condition.
"""
import argparse
import hashlib
import io
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

import cv2
import img2pdf
import numpy as np
from PIL import Image, ImageDraw, ImageFont

cv2.setNumThreads(1)

CONDITIONS = ['paper', 'jpeg', 'bilevel', 'borders', 'skew', 'rotated', 'shifted', 'dpi',
              'seal', 'pen', 'ocr', 'all']
GROUPS = {
    'projectType': ['市委市政府已确定的新增项目', '结转项目', '其他一次性项目', '经常性专项业务费', '其他经常性项目'],
    'fundUse': ['基本建设工程类', '信息化建设类', '政策补贴类', '政府购买服务', '资产购置类', '其他事业专业类'],
}
TICK_CHARS = set('☑☒√✓✔■▣✗✘×●◉⊠⊗')
BOXED_TICKS = set('☑☒■▣⊠')
FONT = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
MAX_LEADING_PAGES = 1  # long disclosure documents keep one page before the first form


# ------------------------------------------------------------------ sources and truth

def read_sources(path):
    base = os.path.dirname(os.path.abspath(path))
    out = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            name, pdf, truth = line.split('\t')
            pdf = pdf if os.path.isabs(pdf) else os.path.join(base, pdf)
            truth = truth if os.path.isabs(truth) else os.path.join(base, truth)
            out.append((name, os.path.normpath(pdf), os.path.normpath(truth)))
    return out


def load_forms(truth_path):
    with open(truth_path, encoding='utf-8-sig') as f:
        obj = json.load(f)
    forms = obj if isinstance(obj, list) else [obj]
    forms = sorted(forms, key=lambda d: (d.get('source') or {}).get('formIndex') or 0)
    return forms


def page_count(pdf):
    out = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r'Pages:\s+(\d+)', out).group(1))


def form_pages(form, npages):
    p = (form.get('source') or {}).get('pages')
    if isinstance(p, list) and len(p) == 2 and all(isinstance(x, int) for x in p):
        return p
    return [1, npages]


# ------------------------------------------------------------------ text positions

WORD_RE = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
PAGE_RE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


def words_of(pdf, page):
    """Words of one page as (x0, y0, x1, y1, text) in PDF points, top-left origin."""
    out = subprocess.run(['pdftotext', '-f', str(page), '-l', str(page), '-bbox', pdf, '-'],
                         capture_output=True, text=True).stdout
    out = out.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"')
    return [(float(a), float(b), float(c), float(d), t) for a, b, c, d, t in WORD_RE.findall(out)]


def char_boxes(word):
    """Split a word box among its characters: narrow (ASCII) characters count half."""
    x0, y0, x1, y1, t = word
    w = [0.5 if ord(c) < 0x2000 and c not in '√' else 1.0 for c in t]
    tot = sum(w) or 1.0
    boxes, x = [], x0
    for c, wi in zip(t, w):
        dx = (x1 - x0) * wi / tot
        boxes.append((x, y0, x + dx, y1, c))
        x += dx
    return boxes


def find_labels(words, labels):
    """Best occurrence of each label: its (x0,y0,x1,y1) in points, chosen near its group's others."""
    occ = {}
    for lab in labels:
        found = []
        for w in words:
            t = w[4]
            i = t.find(lab)
            if i >= 0:
                cb = char_boxes(w)
                found.append((cb[i][0], w[1], cb[i + len(lab) - 1][2], w[3]))
            else:
                core = ''.join(c for c in t if c not in TICK_CHARS and c not in '[]【】()（）□☐○ ')
                if len(core) >= 4 and core in lab and lab.startswith(core):
                    found.append((w[0], w[1], w[2], w[3]))
        occ[lab] = found
    best = {}
    for lab, found in occ.items():
        scored = []
        for o in found:
            near = sum(1 for l2, f2 in occ.items() if l2 != lab and any(abs(p[1] - o[1]) < 70 for p in f2))
            scored.append((-near, o[1], o))
        if scored:
            best[lab] = sorted(scored)[0][2]
    return best


# ------------------------------------------------------------------ drawing helpers

def noise_field(h, w, rng, cells=8):
    small = rng.random((max(2, cells), max(2, int(cells * w / max(h, 1)) + 1))).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def blend_ink(img, mask, colour, strength=1.0):
    """Translucent ink: multiply the page by the ink colour where mask (0..1) says."""
    m = (np.clip(mask, 0, 1) * strength)[..., None]
    col = np.array(colour, np.float32)[None, None, :]
    img *= (1 - m) + m * col
    return img


def pen_path(points, rng, jitter):
    pts = np.array(points, np.float32)
    out = []
    for a, b in zip(pts[:-1], pts[1:]):
        n = max(2, int(np.linalg.norm(b - a) / 3))
        for t in np.linspace(0, 1, n, endpoint=False):
            out.append(a + (b - a) * t)
    out.append(pts[-1])
    out = np.array(out)
    out += rng.normal(0, jitter, out.shape).astype(np.float32)
    k = np.array([0.25, 0.5, 0.25])
    if len(out) > 3:
        out[1:-1] = (out[:-2] * k[0] + out[1:-1] * k[1] + out[2:] * k[2])
    return out


def draw_stroke(mask, pts, width):
    pts = np.round(pts * 4).astype(np.int32).reshape(-1, 1, 2)
    cv2.polylines(mask, [pts], False, 1.0, max(1, int(round(width))), cv2.LINE_AA, shift=2)


def erase(img, x0, y0, x1, y1, paper):
    h, w = img.shape[:2]
    x0, y0, x1, y1 = max(0, int(x0)), max(0, int(y0)), min(w, int(math.ceil(x1))), min(h, int(math.ceil(y1)))
    if x1 > x0 and y1 > y0:
        img[y0:y1, x0:x1] = paper


# ------------------------------------------------------------------ marks on the paper

def find_tick_box(grey, lab_px, h_px, text_ticks, boxes_around=False):
    """The printed mark belonging to a selected label: a text tick glyph or a box-shaped blob
    beside the label, whichever carries the most ink. Returns (kind, x0, y0, x1, y1) or None."""
    lx0, ly0, lx1, ly1 = lab_px
    cands = []
    for (tx0, ty0, tx1, ty1, c) in text_ticks:
        cy = (ty0 + ty1) / 2
        if ly0 - h_px < cy < ly1 + h_px and (lx0 - 3 * h_px < tx1 <= lx0 + 2 or lx1 - 2 <= tx0 < lx1 + 3 * h_px):
            gap = max(lx0 - tx1, tx0 - lx1, 0)
            cands.append((0, gap, ('glyph-box' if c in BOXED_TICKS or boxes_around else 'glyph', tx0, ty0, tx1, ty1)))
    if cands:
        return sorted(cands)[0][2]
    H, W = grey.shape
    y0 = int(max(0, ly0 - 0.4 * h_px)); y1 = int(min(H, ly1 + 0.4 * h_px))
    best = None
    for xa, xb in ((lx0 - 1.8 * h_px, lx0 - 1), (lx1 + 1, lx1 + 1.8 * h_px)):
        xa, xb = int(max(0, xa)), int(min(W, xb))
        if xb - xa < 4 or y1 - y0 < 4:
            continue
        reg = (grey[y0:y1, xa:xb] < 0.55).astype(np.uint8)
        n, lab, st, _ = cv2.connectedComponentsWithStats(reg, 8)
        for i in range(1, n):
            x, y, w, hh, area = st[i]
            if not (0.45 * h_px <= w <= 1.6 * h_px and 0.45 * h_px <= hh <= 1.6 * h_px):
                continue
            comp = reg[y:y + hh, x:x + w]
            bw = max(1, int(0.12 * min(w, hh)))
            perim = np.concatenate([comp[:bw].ravel(), comp[-bw:].ravel(), comp[:, :bw].ravel(), comp[:, -bw:].ravel()])
            inner = comp[bw * 2:-bw * 2, bw * 2:-bw * 2]
            fill = inner.mean() if inner.size else 0
            boxy = perim.mean() > 0.45
            score = fill + (0.2 if boxy else 0)
            kind = 'box' if boxy else 'blob'
            if best is None or score > best[0]:
                best = (score, (kind, xa + x, y0 + y, xa + x + w, y0 + y + hh))
    return best[1] if best else None


def pen_mark(img, rng, style, box, label_px, dpi, colour):
    x0, y0, x1, y1 = box
    s = max(x1 - x0, y1 - y0)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    width = max(1.5, 0.45 / 25.4 * dpi * rng.uniform(0.8, 1.3))
    mask = np.zeros(img.shape[:2], np.float32)
    j = s * 0.04
    if style == 'check':
        a = (cx - 0.45 * s, cy + rng.uniform(-0.05, 0.1) * s)
        b = (cx - 0.1 * s, cy + 0.45 * s)
        c = (cx + rng.uniform(0.5, 0.8) * s, cy - rng.uniform(0.7, 1.0) * s)
        draw_stroke(mask, pen_path([a, b, c], rng, j), width)
    elif style == 'cross':
        r = 0.42 * s
        draw_stroke(mask, pen_path([(cx - r, cy - r), (cx + r, cy + r)], rng, j), width)
        draw_stroke(mask, pen_path([(cx + r, cy - r * 1.1), (cx - r * 0.9, cy + r)], rng, j), width)
    elif style == 'fill':
        r = 0.36 * s
        ys = np.linspace(cy - r, cy + r, max(4, int(2 * r / (width * 0.8))))
        pts = []
        for i, yy in enumerate(ys):
            pts.append((cx - r if i % 2 == 0 else cx + r, yy))
        draw_stroke(mask, pen_path(pts, rng, j * 0.5), width * 1.2)
    else:  # circle round the option: box and label
        lx0, ly0, lx1, ly1 = label_px
        ex0, ex1 = min(x0, lx0), max(x1, lx1)
        ey0, ey1 = min(y0, ly0), max(y1, ly1)
        ccx, ccy = (ex0 + ex1) / 2, (ey0 + ey1) / 2
        ax, ay = (ex1 - ex0) / 2 + 0.25 * s, (ey1 - ey0) / 2 + 0.35 * s
        t0 = rng.uniform(0, 2 * math.pi)
        ts = np.linspace(t0, t0 + 2 * math.pi * rng.uniform(1.05, 1.2), 80)
        drift = np.linspace(0, rng.uniform(-0.15, 0.15) * ay, len(ts))
        pts = [(ccx + ax * math.cos(t), ccy + ay * math.sin(t) + d) for t, d in zip(ts, drift)]
        draw_stroke(mask, pen_path(pts, rng, j * 0.6), width)
    mask = cv2.GaussianBlur(mask, (0, 0), 0.6)
    blend_ink(img, mask, colour, rng.uniform(0.75, 0.95))


def replace_ticks(img, rng, form, words_by_page, first_page, dpi, paper, style, colour, log):
    """Printed ticks of the selected options give way to pen marks; the selection stays as filed."""
    sc = dpi / 72.0
    grey = img.mean(axis=2)
    words = words_by_page.get(first_page, [])
    text_ticks = [tuple(v * sc for v in cb[:4]) + (cb[4],) for w in words for cb in char_boxes(w)
                  if cb[4] in TICK_CHARS]
    boxes_around = any(c in '☐□' for w in words for c in w[4])
    for grp, labels in GROUPS.items():
        g = form.get(grp)
        if not isinstance(g, dict):
            continue
        selected = [s for s in (g.get('selected') or []) if s in labels]
        if not selected:
            continue
        pos = find_labels(words, labels)
        for lab in selected:
            if lab not in pos:
                log.append(f'{grp}:{lab}:label-not-found')
                continue
            lp = tuple(v * sc for v in pos[lab])
            h_px = lp[3] - lp[1]
            # a bare tick standing where the other options print an empty box is put back as a box
            found = find_tick_box(grey, lp, h_px, text_ticks, boxes_around)
            if found is None:
                bx = (lp[0] - 1.3 * h_px, lp[1], lp[0] - 0.3 * h_px, lp[3])
                log.append(f'{grp}:{lab}:no-printed-mark')
            else:
                kind, bx0, by0, bx1, by1 = found
                bx = (bx0, by0, bx1, by1)
                bw = bx1 - bx0
                if kind in ('glyph', 'blob'):
                    erase(img, bx0 - 1, by0 - 1, bx1 + 1, by1 + 1, paper)
                    if kind == 'blob':
                        pass
                elif kind == 'glyph-box':
                    erase(img, bx0, by0, bx1, by1, paper)
                    m = np.zeros(img.shape[:2], np.float32)
                    s = min(bw, by1 - by0) * 0.8
                    cx, cy = (bx0 + bx1) / 2, (by0 + by1) / 2
                    cv2.rectangle(m, (int(cx - s / 2), int(cy - s / 2)), (int(cx + s / 2), int(cy + s / 2)), 1.0,
                                  max(1, int(sc * 0.6)))
                    blend_ink(img, m, (0, 0, 0))
                else:  # box drawn as lines: clear its inside, keep the outline
                    k = max(2, int(0.16 * min(bw, by1 - by0)))
                    erase(img, bx0 + k, by0 + k, bx1 - k, by1 - k, paper)
                log.append(f'{grp}:{lab}:{kind}')
            pen_mark(img, rng, style, bx, lp, dpi, colour)


def draw_seal(img, rng, form, words, dpi, log):
    """A red round official seal over the unit name, reaching across the table's rulings."""
    sc = dpi / 72.0
    unit = ((form.get('unit') or {}).get('name')) or ''
    anchor = None
    for key in ([unit[:4]] if len(unit) >= 4 else []) + ['盖章', '单位']:
        for w in words:
            if key and key in w[4]:
                anchor = w
                break
        if anchor:
            break
    H, W = img.shape[:2]
    r = rng.uniform(19, 21) / 25.4 * dpi
    if anchor:
        cx = (anchor[2] * sc) - rng.uniform(0.1, 0.6) * r
        cy = ((anchor[1] + anchor[3]) / 2) * sc + rng.uniform(-0.4, 0.6) * r
        log.append('seal:on-unit')
    else:
        cx, cy = W * rng.uniform(0.55, 0.75), H * rng.uniform(0.12, 0.3)
        log.append('seal:no-anchor')
    cx = min(max(cx, r * 0.5), W - r * 0.5)
    size = int(2 * r + 8)
    m = Image.new('L', (size, size), 0)
    d = ImageDraw.Draw(m)
    c = size / 2
    ring = max(2, int(1.3 / 25.4 * dpi))
    d.ellipse([c - r, c - r, c + r, c + r], outline=255, width=ring)
    star_r = 0.3 * r
    pts = []
    for i in range(10):
        rr = star_r if i % 2 == 0 else star_r * 0.4
        a = -math.pi / 2 + i * math.pi / 5
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    d.polygon(pts, fill=255)
    text = (unit or '专用章')[:16]
    fs = max(8, int(r * 0.25))
    try:
        font = ImageFont.truetype(FONT, fs)
    except OSError:
        font = ImageFont.load_default()
    span = math.radians(min(250, 22 * len(text) + 40))
    for i, ch in enumerate(text):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / len(text)
        g = Image.new('L', (fs * 2, fs * 2), 0)
        ImageDraw.Draw(g).text((fs / 2, fs / 2), ch, fill=255, font=font)
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        rr = r - ring - fs * 0.75
        px, py = c + rr * math.cos(a) - fs, c + rr * math.sin(a) - fs
        m.paste(255, (int(px), int(py)), g)
    mk = np.asarray(m, np.float32) / 255.0
    tex = noise_field(size, size, rng, 12) * 0.5 + noise_field(size, size, rng, 40) * 0.5
    mk *= np.clip(0.6 + tex * 0.7, 0, 1)
    mk = cv2.warpAffine(mk, cv2.getRotationMatrix2D((c, c), rng.uniform(-25, 25), 1.0), (size, size))
    full = np.zeros(img.shape[:2], np.float32)
    x0, y0 = int(cx - c), int(cy - c)
    xs0, ys0 = max(0, -x0), max(0, -y0)
    xd0, yd0 = max(0, x0), max(0, y0)
    xd1, yd1 = min(W, x0 + size), min(H, y0 + size)
    full[yd0:yd1, xd0:xd1] = mk[ys0:ys0 + (yd1 - yd0), xs0:xs0 + (xd1 - xd0)]
    blend_ink(img, full, (0.86, 0.12, 0.14), rng.uniform(0.7, 0.95))


def signature(img, rng, dpi, colour, where):
    H, W = img.shape[:2]
    mask = np.zeros((H, W), np.float32)
    x, y = where
    length = rng.uniform(25, 40) / 25.4 * dpi
    amp = rng.uniform(3, 5) / 25.4 * dpi
    t = np.linspace(0, 1, 220)
    f1, f2 = rng.uniform(5, 9), rng.uniform(11, 17)
    xs = x + t * length + amp * 0.5 * np.sin(2 * math.pi * f2 * t + rng.uniform(0, 6))
    ys = y - amp * np.sin(2 * math.pi * f1 * t) * (1 - 0.6 * t) + t * rng.uniform(-0.3, 0.1) * amp
    draw_stroke(mask, np.stack([xs, ys], 1).astype(np.float32), max(1.5, 0.4 / 25.4 * dpi))
    tail = np.stack([xs[-1] + t * length * 0.3, ys[-1] + amp * 0.6 * t], 1).astype(np.float32)
    draw_stroke(mask, tail, max(1.5, 0.35 / 25.4 * dpi))
    blend_ink(img, cv2.GaussianBlur(mask, (0, 0), 0.6), colour, 0.9)


def hand_note(img, rng, dpi, colour, where, text):
    H, W = img.shape[:2]
    fs = int(rng.uniform(4.5, 6) / 25.4 * dpi)
    font = ImageFont.truetype(FONT, fs)
    tw = fs * (len(text) + 1)
    g = Image.new('L', (tw, fs * 2), 0)
    d = ImageDraw.Draw(g)
    x = fs * 0.2
    for ch in text:
        d.text((x, fs * 0.3 + rng.uniform(-0.12, 0.12) * fs), ch, fill=255, font=font)
        x += fs * rng.uniform(0.85, 1.05) if ord(ch) > 0x2000 else fs * 0.55
    g = g.rotate(rng.uniform(-6, 6), resample=Image.BICUBIC, expand=True)
    a = np.asarray(g, np.float32) / 255.0
    a = cv2.GaussianBlur(a, (0, 0), 0.5)
    x0, y0 = int(where[0]), int(where[1])
    h, w = a.shape
    x1, y1 = min(W, x0 + w), min(H, y0 + h)
    if x1 <= x0 or y1 <= y0:
        return
    full = np.zeros((H, W), np.float32)
    full[y0:y1, x0:x1] = a[:y1 - y0, :x1 - x0]
    blend_ink(img, full, colour, 0.85)


# ------------------------------------------------------------------ paper, scanner, encoder

def ink_bbox(grey, thr=0.6):
    ys, xs = np.where(grey < thr)
    if len(xs) == 0:
        h, w = grey.shape
        return 0, 0, w, h
    return xs.min(), ys.min(), xs.max() + 1, ys.max() + 1


def age_paper(img, rng, tone, fade, texture=True):
    H, W = img.shape[:2]
    tint = np.array([1.0, rng.uniform(0.97, 1.0), rng.uniform(0.90, 0.97)], np.float32)
    paper = tone * tint
    if texture:
        tex = (noise_field(H, W, rng, 6) - 0.5) * 0.04 + (noise_field(H, W, rng, 60) - 0.5) * 0.025
    else:
        tex = np.zeros((H, W), np.float32)
    # faded ink: the darkness of every stroke keeps only (1 - fade) of its depth
    ink_depth = (1.0 - img) * (1.0 - fade * (0.75 + 0.5 * noise_field(H, W, rng, 5)))[..., None]
    out = (paper[None, None, :] + tex[..., None]) * (1.0 - ink_depth)
    return np.clip(out, 0, 1).astype(np.float32), paper


def uneven_light(img, rng, amount):
    H, W = img.shape[:2]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    g = ((xx / W - 0.5) * math.cos(ang) + (yy / H - 0.5) * math.sin(ang))
    g = (g - g.min()) / max(1e-6, g.max() - g.min())
    cx, cy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.2, 0.8) * H
    v = ((xx - cx) ** 2 / W ** 2 + (yy - cy) ** 2 / H ** 2)
    light = 1.0 - amount * (0.6 * g + 0.8 * v)
    return np.clip(img * light[..., None], 0, 1)


def fold_line(img, rng, paper_val, log):
    H, W = img.shape[:2]
    y = int(H * rng.choice([0.5, 1 / 3, 2 / 3]) + rng.uniform(-0.03, 0.03) * H)
    tilt = rng.uniform(-0.004, 0.004) * W
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    d = yy - (y + tilt * (xx / W - 0.5))
    crease = 0.22 * np.exp(-(d / 2.0) ** 2) + 0.06 * np.exp(-((d - 6) / 10.0) ** 2)
    lift = 0.05 * np.exp(-((d + 8) / 12.0) ** 2)
    out = img * (1 - crease)[..., None] + lift[..., None] * (1 - img)
    log.append(f'fold:y={y}')
    return np.clip(out, 0, 1)


def punch_holes(img, rng, dpi, log):
    H, W = img.shape[:2]
    r = 3.0 / 25.4 * dpi
    x = 12.0 / 25.4 * dpi
    gap = 80.0 / 25.4 * dpi
    out = img.copy()
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    for cy in (H / 2 - gap / 2, H / 2 + gap / 2):
        cyj = cy + rng.uniform(-3, 3) / 25.4 * dpi
        dist = np.sqrt((xx - x) ** 2 + (yy - cyj) ** 2)
        hole = dist < r
        shadow = np.clip(1 - (dist - r) / (0.9 / 25.4 * dpi), 0, 1) * (dist >= r)
        out *= (1 - 0.45 * shadow)[..., None]
        out[hole] = rng.uniform(0.05, 0.25)
    log.append('holes:2')
    return out


def place_on_platen(img, rng, dpi, angle, shift, bg, lid_edges, keystone, log):
    """The sheet as the scanner sees it: rotated and shifted over a background that shows
    where the sheet does not cover the platen; lid strips darken 1-2 edges."""
    H, W = img.shape[:2]
    M = cv2.getRotationMatrix2D((W / 2, H / 2), angle, 1.0)
    M[0, 2] += shift[0]
    M[1, 2] += shift[1]
    src = np.float32([[0, 0], [W, 0], [W, H], [0, H]])
    ones = np.ones((4, 1), np.float32)
    dst = (np.hstack([src, ones]) @ M.T).astype(np.float32)
    if keystone:
        k = keystone * W
        dst[0, 0] += k; dst[1, 0] -= k
    P = cv2.getPerspectiveTransform(src, dst)
    out = cv2.warpPerspective(img, P, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                              borderValue=tuple(float(v) for v in bg))
    cover = cv2.warpPerspective(np.ones((H, W), np.float32), P, (W, H), flags=cv2.INTER_LINEAR)
    edge = cv2.GaussianBlur(cover, (0, 0), 0.8 / 25.4 * dpi)
    shade = np.clip(1 - (1 - edge) * 1.6, 0, 1) * cover + (1 - cover)
    out = out * (0.65 + 0.35 * shade)[..., None] if bg[0] < 0.5 else out
    for e in lid_edges:
        wpx = int(rng.uniform(3, 12) / 25.4 * dpi)
        val = rng.uniform(0.05, 0.3)
        ramp = np.linspace(val, 1, wpx).astype(np.float32)
        if e == 'left':
            out[:, :wpx] *= ramp[None, :, None]
        elif e == 'right':
            out[:, W - wpx:] *= ramp[::-1][None, :, None]
        elif e == 'top':
            out[:wpx] *= ramp[:, None, None]
        else:
            out[H - wpx:] *= ramp[::-1][:, None, None]
        log.append(f'lid:{e}:{wpx}px')
    return np.clip(out, 0, 1)


def bounded_shift(img, rng, dpi, signs, angle, log):
    """Move the sheet on the platen by up to its margin: where the outermost ink is a ruling the
    move goes a fraction of a millimetre further, so that part of the frame falls off the scan;
    where it is text, the text stays whole."""
    grey = img.mean(axis=2)
    H, W = grey.shape
    x0, y0, x1, y1 = ink_bbox(grey, 0.5)
    ink = grey < 0.5
    mm = dpi / 25.4
    out = [0.0, 0.0]
    for ax, sg in enumerate(signs):
        if sg == 0:
            continue
        if ax == 0:
            edge = x0 if sg < 0 else x1 - 1
            room = (x0 if sg < 0 else W - x1) - abs(math.sin(math.radians(angle))) * H / 2
            prof = ink.sum(axis=0)
            run = range(edge, W) if sg < 0 else range(edge, -1, -1)
            limit = 0.25 * H
        else:
            edge = y0 if sg < 0 else y1 - 1
            room = (y0 if sg < 0 else H - y1) - abs(math.sin(math.radians(angle))) * W / 2
            prof = ink.sum(axis=1)
            run = range(edge, H) if sg < 0 else range(edge, -1, -1)
            limit = 0.25 * W
        thick = 0
        for i in run:  # the outermost ruling's thickness: a text line flush with it loses no more
            if prof[i] <= limit:
                break
            thick += 1
        ruling = thick > 0
        if room > 30 * mm:  # a sheet is misplaced by a margin's width, not by a half-empty page's
            amount, ruling = rng.uniform(5, 25) * mm, False
        else:
            amount = room + min(rng.uniform(0.1, 0.6) * mm, thick) if ruling else room * rng.uniform(0.5, 0.95)
        out[ax] = sg * float(max(0.0, amount))
        log.append(f'shift:{"xy"[ax]}={out[ax]:.0f}px:{"ruling" if ruling else "text"}')
    return tuple(out)


def frame_cut(img, rng, side, log):
    """Crop one side so that the table's outer ruling (or the outermost ink) is just cut off."""
    grey = img.mean(axis=2)
    H, W = grey.shape
    ink = grey < 0.5
    if side in ('left', 'right'):
        prof = ink.sum(axis=0)
        order = range(W) if side == 'left' else range(W - 1, -1, -1)
        limit = H * 0.25
    else:
        prof = ink.sum(axis=1)
        order = range(H) if side == 'top' else range(H - 1, -1, -1)
        limit = W * 0.25
    first = None
    cut = None
    for i in order:
        if prof[i] > 0 and first is None:
            first = i
        if first is not None:
            if prof[i] > limit:
                cut = i
            elif cut is not None:
                break
            elif abs(i - first) > 3:
                break
    if cut is None:
        # no ruling on this side: crop into the margin only, two pixels short of the text
        step = -1 if side in ('left', 'top') else 1
        cut = (first if first is not None else 0) + 3 * step
        how = 'margin'
    else:
        how = 'ruling'
    cut = int(cut + (1 if side in ('left', 'top') else 0))
    if side == 'left':
        img = img[:, cut + 1:]
    elif side == 'right':
        img = img[:, :max(1, cut)]
    elif side == 'top':
        img = img[cut + 1:]
    else:
        img = img[:max(1, cut)]
    log.append(f'cut:{side}:{how}')
    return img


def optics(img, rng, dpi, blur, noise, streaks, log):
    if blur > 0:
        img = cv2.GaussianBlur(img, (0, 0), blur * dpi / 300.0)
    H, W = img.shape[:2]
    if streaks:
        for _ in range(streaks):
            x = int(rng.uniform(0.03, 0.97) * W)
            wpx = max(1, int(rng.uniform(0.1, 0.4) / 25.4 * dpi))
            dark = rng.uniform(0.2, 0.55) if rng.random() < 0.7 else -0.25
            if dark > 0:
                img[:, x:x + wpx] *= (1 - dark)
            else:
                img[:, x:x + wpx] = np.clip(img[:, x:x + wpx] + 0.25, 0, 1)
            log.append(f'streak:x={x}')
    if noise > 0:
        img = img + rng.normal(0, noise, img.shape[:2]).astype(np.float32)[..., None]
    return np.clip(img, 0, 1)


def copier_bilevel(img, rng, dpi, log):
    """Photocopy look: blurred toner, a fixed threshold, dropout patches and dust specks."""
    g = img.mean(axis=2) if img.ndim == 3 else img
    g = cv2.GaussianBlur(g, (0, 0), rng.uniform(0.5, 1.0) * dpi / 300.0)
    H, W = g.shape
    thr = rng.uniform(0.38, 0.55)
    drop = noise_field(H, W, rng, 30) * 0.6 + noise_field(H, W, rng, 120) * 0.4
    thr_map = thr - np.clip(drop - 0.62, 0, 1) * 0.9
    black = g < thr_map
    speck = rng.random((H, W)) < rng.uniform(0.00005, 0.0003)
    speck = cv2.dilate(speck.astype(np.uint8), np.ones((2, 2), np.uint8)) > 0
    black |= speck
    log.append(f'threshold:{thr:.2f}')
    return black


def encode_pages(pages, dpi, mode, quality, subsample, jpeg2=None):
    blobs = []
    for p in pages:
        buf = io.BytesIO()
        if mode == 'bilevel':
            im = Image.fromarray(np.where(p, 0, 255).astype(np.uint8)).convert('1')
            im.save(buf, format='TIFF', compression='group4', dpi=(dpi, dpi))
        else:
            a = (np.clip(p, 0, 1) * 255 + 0.5).astype(np.uint8)
            im = Image.fromarray(a.mean(axis=2).astype(np.uint8) if mode == 'grey' else a)
            im.save(buf, format='JPEG', quality=int(quality), subsampling=subsample, dpi=(dpi, dpi))
            if jpeg2:
                im2 = Image.open(io.BytesIO(buf.getvalue()))
                buf = io.BytesIO()
                im2.save(buf, format='JPEG', quality=int(jpeg2), subsampling=2, dpi=(dpi, dpi))
        blobs.append(buf.getvalue())
    return img2pdf.convert(blobs)


# ------------------------------------------------------------------ one filing

def plan(cond, rng):
    """The effects of one filing: each condition turns on its own; `all` turns on everything."""
    on = lambda c: cond == c or cond == 'all'
    p = {
        'dpi': int(rng.choice([200, 300])), 'mode': 'colour' if rng.random() < 0.5 else 'grey',
        'quality': int(rng.integers(75, 91)), 'subsample': 0, 'jpeg2': None,
        'tone': float(rng.uniform(0.96, 1.0)), 'fade': 0.0, 'light': 0.0, 'texture': False,
        'blur': float(rng.uniform(0.3, 0.5)), 'noise': 0.008,
        'seal': False, 'pen': False, 'angle': 0.0, 'keystone': 0.0, 'streaks': 0,
        'turn': None, 'shift': (0.0, 0.0), 'cut': [], 'lid': [], 'bg': 'white',
        'holes': False, 'fold': False, 'ocr': False,
    }
    if on('paper'):
        p.update(tone=float(rng.uniform(0.85, 0.95)), fade=float(rng.uniform(0.05, 0.30)),
                 light=float(rng.uniform(0.08, 0.22)), texture=True)
    if on('jpeg'):
        p.update(quality=int(rng.integers(20, 51)), subsample=2,
                 jpeg2=int(rng.integers(25, 51)) if rng.random() < 0.4 else None)
    if on('bilevel'):
        p['mode'] = 'bilevel'
    if on('borders'):
        p['lid'] = list(rng.choice(['left', 'right', 'top', 'bottom'], size=int(rng.integers(1, 3)), replace=False))
        p['bg'] = 'black'
        p['angle'] = float(rng.uniform(0.6, 1.5) * rng.choice([-1, 1]))
        p['holes'] = bool(rng.random() < 0.6)
        p['fold'] = bool(rng.random() < 0.6)
        if not (p['holes'] or p['fold']):
            p['fold'] = True
    if on('skew'):
        p['angle'] = float(rng.uniform(-3, 3))
        p['keystone'] = float(rng.uniform(0.002, 0.008) * rng.choice([-1, 1]))
        p['streaks'] = int(rng.integers(1, 4))
    if on('rotated'):
        p['turn'] = 'one-page'
    if on('shifted'):
        # the side a sheet is pushed towards falls off the scan area; a crop (a Letter-size scan
        # area on A4, a scanner's auto-crop) takes one side. Never both frame edges of one axis.
        how = str(rng.choice(['shift', 'crop', 'both'], p=[0.5, 0.3, 0.2]))
        sx, sy = int(rng.choice([-1, 0, 1])), int(rng.choice([-1, 0, 1]))
        if sx == 0 and sy == 0:
            sx = int(rng.choice([-1, 1]))
        if how == 'both':
            sy = 0 if sx else sy
        side = str(rng.choice(['bottom', 'bottom', 'left', 'right', 'top']))
        if how == 'both':
            side = str(rng.choice(['top', 'bottom'] if sx else ['left', 'right']))
        p['shift'] = (sx, sy) if how != 'crop' else (0, 0)
        p['cut'] = [side] if how != 'shift' else []
        p['shiftHow'] = how
    if on('dpi'):
        p['dpi'] = int(rng.choice([150, 200, 300, 400]))
        p['mode'] = 'colour' if rng.random() < 0.5 else 'grey'
    if cond == 'all':
        p['dpi'] = int(rng.choice([150, 200, 300, 400]))
        p['mode'] = str(rng.choice(['colour', 'grey', 'bilevel']))
        p['angle'] = float(rng.uniform(-3, 3))
    if on('seal'):
        p['seal'] = True
    if on('pen'):
        p['pen'] = True
    if cond == 'ocr' or (cond == 'all' and rng.random() < 0.5):
        p['ocr'] = True
    return p


def render(pdf, first, last, dpi, tmp):
    # Ghostscript, not pdftoppm: poppler leaves out the check-box widgets of some filled-in forms,
    # which a printout (and so a scan) shows.
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=png16m', f'-r{dpi}', '-dUseCropBox',
                    '-dTextAlphaBits=4', '-dGraphicsAlphaBits=4', f'-dFirstPage={first}', f'-dLastPage={last}',
                    '-sOutputFile=' + os.path.join(tmp, 'p-%04d.png'), pdf], check=True)
    files = sorted((f for f in os.listdir(tmp) if f.startswith('p-') and f.endswith('.png')),
                   key=lambda f: int(re.search(r'-(\d+)\.png$', f).group(1)))
    pages = []
    for f in files:
        a = cv2.imread(os.path.join(tmp, f), cv2.IMREAD_COLOR)
        pages.append(cv2.cvtColor(a, cv2.COLOR_BGR2RGB).astype(np.float32) / 255.0)
        os.remove(os.path.join(tmp, f))
    return pages


def make_one(cond, src, out_name, out_dir, seed, no_ocr):
    name, pdf, truth_path = src
    rng = np.random.default_rng(int(hashlib.sha256(f'{seed}:{cond}:{name}'.encode()).hexdigest()[:15], 16))
    forms = load_forms(truth_path)
    n = page_count(pdf)
    spans = [form_pages(f, n) for f in forms]
    first = max(1, min(s[0] for s in spans) - MAX_LEADING_PAGES)
    last = max(s[1] for s in spans)
    if first <= 3:
        first = 1
    p = plan(cond, rng)
    if no_ocr:
        p['ocr'] = False
    dpi = p['dpi']
    log = []
    pen_colour = (0.12, 0.2, 0.62) if rng.random() < 0.7 else (0.13, 0.13, 0.18)
    pen_style = str(rng.choice(['check', 'cross', 'fill', 'circle']))
    with tempfile.TemporaryDirectory() as tmp:
        pages = render(pdf, first, last, dpi, tmp)
        words = {pg: words_of(pdf, pg) for pg in range(first, last + 1)}
        form_first = {s[0] for s in spans}
        turned = None
        if p['turn']:
            in_form = [i for i in range(len(pages)) if any(s[0] <= first + i <= s[1] for s in spans)]
            turned = int(rng.choice(in_form))
            base_turn = int(rng.choice([0, 0, 2])) if len(pages) > 1 else 0
            other = int(rng.choice([t for t in (1, 2, 3) if t != base_turn]))
            p['turn'] = {'pagesTurned': base_turn * 90, 'page': first + turned, 'pageTurned': other * 90}
        out_pages = []
        for i, img in enumerate(pages):
            pg = first + i
            paper_white = np.ones(3, np.float32)
            if p['pen'] and pg in form_first:
                for f, s in zip(forms, spans):
                    if s[0] == pg:
                        replace_ticks(img, rng, f, words, pg, dpi, paper_white, pen_style, pen_colour, log)
            if p['seal'] and pg in form_first:
                for f, s in zip(forms, spans):
                    if s[0] == pg:
                        draw_seal(img, rng, f, words.get(pg, []), dpi, log)
            if p['pen'] and any(s[1] == pg for s in spans):
                x0, y0, x1, y1 = ink_bbox(img.mean(axis=2))
                H, W = img.shape[:2]
                sy = min(H - 0.02 * H, y1 + rng.uniform(4, 12) / 25.4 * dpi)
                signature(img, rng, dpi, pen_colour, (x1 - rng.uniform(0.3, 0.5) * (x1 - x0), sy))
                log.append('signature')
            if p['pen'] and pg in form_first:
                x0, y0, x1, y1 = ink_bbox(img.mean(axis=2))
                note = str(rng.choice(['已核', '同意', '经办：', '复核 ' + str(int(rng.integers(1, 12))) + '/' + str(int(rng.integers(1, 28))), '存档']))
                hand_note(img, rng, dpi, pen_colour, (rng.uniform(0.05, 0.6) * img.shape[1], max(2, y0 - rng.uniform(12, 20) / 25.4 * dpi)), note)
                log.append('note')
            img, paper = age_paper(img, rng, p['tone'], p['fade'], p['texture'])
            if p['fold']:
                img = fold_line(img, rng, paper, log)
            if p['holes']:
                img = punch_holes(img, rng, dpi, log)
            bg = (0.06, 0.06, 0.07) if p['bg'] == 'black' else (0.93, 0.93, 0.92)
            H, W = img.shape[:2]
            angle = p['angle'] + (float(rng.normal(0, 0.15)) if p['angle'] else 0.0)
            shift = bounded_shift(img, rng, dpi, p['shift'], angle, log) if any(p['shift']) else (0.0, 0.0)
            for side in p['cut']:
                img = frame_cut(img, rng, side, log)
            if angle or any(shift) or p['lid'] or p['keystone']:
                img = place_on_platen(img, rng, dpi, angle, shift, bg, p['lid'], p['keystone'], log)
            if p['light']:
                img = uneven_light(img, rng, p['light'])
            img = optics(img, rng, dpi, p['blur'], p['noise'], p['streaks'], log)
            if p['mode'] == 'bilevel':
                img = copier_bilevel(img, rng, dpi, log)
            if p['turn']:
                k = p['turn']['pageTurned'] if i == turned else p['turn']['pagesTurned']
                img = np.ascontiguousarray(np.rot90(img, -k // 90))
            out_pages.append(img)
        data = encode_pages(out_pages, dpi, p['mode'], p['quality'], p['subsample'], p['jpeg2'])
        pdf_out = os.path.join(out_dir, out_name + '.pdf')
        if p['ocr']:
            raw = os.path.join(tmp, 'raw.pdf')
            with open(raw, 'wb') as f:
                f.write(data)
            env = dict(os.environ, OMP_THREAD_LIMIT='1')
            r = subprocess.run(['ocrmypdf', '-q', '-l', 'chi_sim+eng', '--output-type', 'pdf', '--optimize', '0',
                                '--jobs', '1', raw, pdf_out], env=env, capture_output=True, text=True)
            if r.returncode != 0:
                print(f'warning: ocrmypdf failed on {out_name}: {r.stderr.strip()[:200]}', file=sys.stderr)
                shutil.copyfile(raw, pdf_out)
                p['ocr'] = 'failed'
        else:
            with open(pdf_out, 'wb') as f:
                f.write(data)
    with open(pdf_out, 'rb') as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    truth_names = []
    os.makedirs(os.path.join(out_dir, 'truth'), exist_ok=True)
    for k, (form, span) in enumerate(zip(forms, spans)):
        t = json.loads(json.dumps(form))
        t['source'] = {'file': out_name + '.pdf', 'sha256': sha, 'formIndex': k,
                       'pages': [span[0] - first + 1, span[1] - first + 1], 'inputKind': 'pdf-ocr'}
        t['id'] = f'{sha[:12]}-{k}'
        tn = out_name + (f'--{k}' if len(forms) > 1 else '') + '.json'
        with open(os.path.join(out_dir, 'truth', tn), 'w', encoding='utf-8') as f:
            json.dump(t, f, ensure_ascii=False, indent=2)
            f.write('\n')
        truth_names.append(tn)
    eff = {k: v for k, v in p.items()}
    eff['shift'] = list(eff['shift'])
    return {'input': out_name + '.pdf', 'forms': truth_names, 'source': name,
            'sourcePages': [first, last], 'pages': len(out_pages), 'effects': eff, 'log': log}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('sources')
    ap.add_argument('out')
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--conditions', default=','.join(CONDITIONS))
    ap.add_argument('--per-condition', type=int, default=2)
    ap.add_argument('--no-ocr', action='store_true', help='skip the ocrmypdf text layer (fast dry runs)')
    args = ap.parse_args(argv)
    sources = read_sources(args.sources)
    conds = [c.strip() for c in args.conditions.split(',') if c.strip()]
    for c in conds:
        if c not in CONDITIONS:
            ap.error(f'unknown condition {c}; known: {", ".join(CONDITIONS)}')
    for cond in conds:
        pick = random.Random(f'{args.seed}:{cond}:pick').sample(sources, min(args.per_condition, len(sources)))
        out_dir = os.path.join(args.out, cond)
        os.makedirs(out_dir, exist_ok=True)
        manifest = []
        for i, src in enumerate(pick, 1):
            out_name = f'{cond}-{args.seed}-{i:02d}'
            entry = make_one(cond, src, out_name, out_dir, args.seed, args.no_ocr)
            manifest.append(entry)
            print(f'{cond}/{out_name}.pdf <- {src[0]} ({entry["pages"]} pages, {len(entry["forms"])} forms)',
                  flush=True)
        with open(os.path.join(out_dir, 'manifest.json'), 'w', encoding='utf-8') as f:
            json.dump(manifest, f, ensure_ascii=False, indent=1)
            f.write('\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
