"""Where things are on a born-digital page: words from pdftotext, tick boxes from pixels.

Everything here works from the source PDF and its expected JSON only (labels of the
options, the unit name); nothing comes from the product.
"""
import re
import subprocess
import xml.etree.ElementTree as ET

import cv2
import numpy as np

BOX_GLYPHS = '☐☑☒□■▢√✓✔✗✘×'


def page_lines(pdf):
    """Per page: (width_pt, height_pt, [line]) where a line is [(text, x0, y0, x1, y1)] in pt, y down."""
    out = subprocess.run(['pdftotext', '-bbox-layout', pdf, '-'], check=True,
                         capture_output=True).stdout.decode('utf-8', 'replace')
    out = re.sub(r'<!DOCTYPE[^>]*>', '', out)
    out = re.sub(r'\sxmlns="[^"]*"', '', out, count=1)
    root = ET.fromstring(out)
    pages = []
    for page in root.iter('page'):
        lines = []
        for line in page.iter('line'):
            words = [(w.text or '', float(w.get('xMin')), float(w.get('yMin')),
                      float(w.get('xMax')), float(w.get('yMax'))) for w in line.iter('word')]
            if words:
                lines.append(words)
        pages.append((float(page.get('width')), float(page.get('height')), lines))
    return pages


def find_text(lines, text, context=()):
    """Bounding boxes (pt) of `text` found inside one line; lines holding more of `context` win."""
    target = re.sub(r'\s+', '', text)
    if not target:
        return []
    hits = []
    for words in lines:
        chars = []  # (char, x0, y0, x1, y1) with x split evenly inside a word
        for t, x0, y0, x1, y1 in words:
            n = max(1, len(t))
            for i, c in enumerate(t):
                chars.append((c, x0 + (x1 - x0) * i / n, y0, x0 + (x1 - x0) * (i + 1) / n, y1))
        joined = ''.join(c[0] for c in chars)
        start = joined.find(target)
        while start >= 0:
            span = chars[start:start + len(target)]
            box = (min(c[1] for c in span), min(c[2] for c in span),
                   max(c[3] for c in span), max(c[4] for c in span))
            score = sum(1 for c in context if c and c != text and re.sub(r'\s+', '', c) in joined)
            hits.append((score, box))
            start = joined.find(target, start + 1)
    hits.sort(key=lambda h: -h[0])
    return [b for _, b in hits]


def _candidates(dark, box_px, side):
    """Square-ish components beside a label (pixels); returns [(gap, x, y, w, h)]."""
    x0, y0, x1, y1 = box_px
    h = y1 - y0
    H, W = dark.shape
    if side == 'left':
        wx0, wx1 = int(x0 - 2.6 * h), int(x0 + 0.05 * h)
    else:
        wx0, wx1 = int(x1 - 0.05 * h), int(x1 + 2.6 * h)
    wy0, wy1 = int(y0 - 0.9 * h), int(y1 + 0.9 * h)
    wx0, wy0 = max(0, wx0), max(0, wy0)
    wx1, wy1 = min(W, wx1), min(H, wy1)
    if wx1 - wx0 < 3 or wy1 - wy0 < 3:
        return []
    n, _, stats, _ = cv2.connectedComponentsWithStats(dark[wy0:wy1, wx0:wx1], connectivity=8)
    found = []
    for i in range(1, n):
        x, y, w, hh, area = stats[i]
        if not (0.45 * h <= w <= 1.6 * h and 0.45 * h <= hh <= 1.6 * h):
            continue
        if not 0.6 <= w / hh <= 1.6:
            continue
        ax, ay = wx0 + x, wy0 + y
        cy = ay + hh / 2
        if abs(cy - (y0 + y1) / 2) > 0.6 * h:
            continue
        gap = (x0 - (ax + w)) if side == 'left' else (ax - x1)
        if gap < -0.2 * h:
            continue
        found.append((gap, int(ax), int(ay), int(w), int(hh)))
    found.sort()
    return found


def tick_boxes(rgb, labels_px, checked):
    """Find each option's tick box on a rendered page.

    labels_px: {label: (x0, y0, x1, y1)} in pixels; checked: {label: bool}.
    Returns (side, {label: (x, y, w, h)}): the side of the labels the boxes sit on
    (decided over the whole group, since a box after one label is before the next).
    """
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    dark = (grey < 150).astype(np.uint8)
    best = None
    for side in ('left', 'right'):
        found = {}
        for label, box in labels_px.items():
            c = _candidates(dark, box, side)
            if c:
                found[label] = c[0][1:]
        gaps = sum(_candidates(dark, b, side)[0][0] for l, b in labels_px.items() if l in found)
        key = (len(found), -gaps)
        if best is None or key > best[0]:
            best = (key, side, found)
    return best[1], best[2]


def ink_bbox(rgb):
    """Bounding box (x0, y0, x1, y1) of everything printed on a rendered page."""
    grey = rgb.min(axis=2) if rgb.ndim == 3 else rgb
    ys, xs = np.nonzero(grey < 200)
    if len(xs) == 0:
        h, w = grey.shape
        return 0, 0, w, h
    return int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1
