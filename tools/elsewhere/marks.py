"""Things people put on paper before it is scanned: pen ticks, a red seal, a blue signature or note.

Images are float32 RGB arrays (0..255); ink is laid multiplicatively so that what is under
it stays visible, as with real ink.
"""
import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
BLUE_PEN = (40, 60, 165)
BLACK_PEN = (35, 35, 45)
SEAL_RED = (210, 40, 50)


def lay_ink(img, mask, colour, strength=0.95):
    m = np.clip(mask, 0, 1)[..., None] * strength
    ink = np.array(colour, np.float32) / 255.0
    img *= 1.0 - m * (1.0 - ink)


def _bezier(points, n=40):
    pts = np.array(points, np.float64)
    out = []
    for t in np.linspace(0, 1, n):
        p = pts.copy()
        while len(p) > 1:
            p = p[:-1] * (1 - t) + p[1:] * t
        out.append(p[0])
    return np.array(out)


def _spline(points, per=16):
    """Catmull-Rom through the points."""
    p = np.array(points, np.float64)
    p = np.vstack([p[0], p, p[-1]])
    out = []
    for i in range(1, len(p) - 2):
        p0, p1, p2, p3 = p[i - 1], p[i], p[i + 1], p[i + 2]
        for t in np.linspace(0, 1, per, endpoint=False):
            t2, t3 = t * t, t * t * t
            out.append(0.5 * ((2 * p1) + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2
                              + (-p0 + 3 * p1 - 3 * p2 + p3) * t3))
    out.append(p[-2])
    return np.array(out)


def _stroke(mask, pts, width, rng):
    """A pen stroke: varying pressure, anti-aliased."""
    pts = np.asarray(pts, np.float64)
    for i in range(len(pts) - 1):
        w = max(1, int(round(width * rng.uniform(0.8, 1.15))))
        a = tuple(int(round(v * 4)) for v in pts[i])
        b = tuple(int(round(v * 4)) for v in pts[i + 1])
        cv2.line(mask, a, b, 1.0, w, cv2.LINE_AA, shift=2)


def pen_width(dpi, rng):
    return max(1.5, rng.uniform(0.35, 0.55) * dpi / 25.4)


def pen_tick(img, box, label_box, style, colour, dpi, rng):
    """Draw one hand-made tick of `style` (tick, cross, filled, circle) for the box (x, y, w, h)."""
    x, y, w, h = box
    mask = np.zeros(img.shape[:2], np.float32)
    pw = pen_width(dpi, rng)
    j = lambda s: rng.normal(0, s * h)  # noqa: E731
    if style == 'tick':
        pts = _bezier([(x + 0.05 * w + j(.05), y + 0.5 * h + j(.05)),
                       (x + 0.3 * w, y + 0.85 * h), (x + 0.42 * w + j(.05), y + 1.0 * h + j(.05))], 12)
        pts2 = _bezier([(x + 0.42 * w, y + 1.0 * h), (x + 0.8 * w + j(.1), y + 0.3 * h),
                        (x + 1.25 * w + j(.1), y - 0.35 * h + j(.1))], 20)
        _stroke(mask, np.vstack([pts, pts2]), pw, rng)
    elif style == 'cross':
        e = rng.uniform(0.15, 0.35)
        _stroke(mask, _bezier([(x - e * w + j(.05), y - e * h + j(.05)), (x + 0.5 * w + j(.05), y + 0.5 * h),
                               (x + (1 + e) * w + j(.05), y + (1 + e) * h + j(.05))], 16), pw, rng)
        _stroke(mask, _bezier([(x + (1 + e) * w + j(.05), y - e * h + j(.05)), (x + 0.5 * w + j(.05), y + 0.5 * h),
                               (x - e * w + j(.05), y + (1 + e) * h + j(.05))], 16), pw, rng)
    elif style == 'filled':
        rows = max(4, int(h / (pw * 0.8)))
        pts = []
        for i in range(rows + 1):
            yy = y + 0.08 * h + 0.84 * h * i / rows
            xs = (x + 0.08 * w, x + 0.92 * w) if i % 2 == 0 else (x + 0.92 * w, x + 0.08 * w)
            pts.append((xs[0] + j(.03), yy))
            pts.append((xs[1] + j(.03), yy + j(.02)))
        _stroke(mask, pts, pw * 1.3, rng)
    elif style == 'circle':
        lx0, ly0, lx1, ly1 = label_box
        ux0, uy0 = min(x, lx0), min(y, ly0)
        ux1, uy1 = max(x + w, lx1), max(y + h, ly1)
        cx, cy = (ux0 + ux1) / 2, (uy0 + uy1) / 2
        ax, ay = (ux1 - ux0) / 2 + 0.45 * h, (uy1 - uy0) / 2 + 0.45 * h
        a0 = rng.uniform(0, 2 * math.pi)
        span = rng.uniform(2.05, 2.25) * math.pi
        ts = np.linspace(a0, a0 + span, 90)
        wob = 1 + 0.04 * np.sin(ts * rng.uniform(1.5, 3)) + np.linspace(0, rng.uniform(-.08, .08), len(ts))
        pts = np.stack([cx + ax * wob * np.cos(ts), cy + ay * wob * np.sin(ts)], 1)
        _stroke(mask, pts, pw, rng)
    mask = cv2.GaussianBlur(mask, (0, 0), 0.6)
    lay_ink(img, mask, colour, rng.uniform(0.8, 0.97))


def _ink_texture(shape, rng, scale):
    """Blotchy 0.45..1 field: a stamp never inks evenly."""
    h, w = shape
    small = rng.random((max(2, h // scale), max(2, w // scale))).astype(np.float32)
    field = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    fine = rng.random((h, w)).astype(np.float32)
    return np.clip(0.45 + 0.45 * field + 0.15 * fine, 0, 1)


def seal(img, centre, dpi, text, rng):
    """A round official seal: ring, star, the unit's name round the top. Returns its radius (px)."""
    r = 21.0 * dpi / 25.4 * rng.uniform(0.9, 1.05)
    size = int(2 * r + 8)
    layer = Image.new('L', (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size / 2
    ring = max(2, int(1.2 * dpi / 25.4))
    d.ellipse([c - r, c - r, c + r, c + r], outline=255, width=ring)
    star = [(c + 0.3 * r * math.cos(-math.pi / 2 + k * 4 * math.pi / 5),
             c + 0.3 * r * math.sin(-math.pi / 2 + k * 4 * math.pi / 5)) for k in range(5)]
    d.polygon(star, fill=255)
    chars = [ch for ch in text if not ch.isspace()][:22] or ['章']
    fs = int(r * 0.26)
    font = ImageFont.truetype(FONT, fs)
    span = math.radians(min(250, 18 * len(chars) + 40))
    for k, ch in enumerate(chars):
        a = -math.pi / 2 - span / 2 + span * (k + 0.5) / len(chars)
        glyph = Image.new('L', (fs * 2, fs * 2), 0)
        ImageDraw.Draw(glyph).text((fs / 2, fs / 2), ch, fill=255, font=font)
        glyph = glyph.rotate(-math.degrees(a + math.pi / 2), resample=Image.BICUBIC)
        gx = c + 0.7 * r * math.cos(a) - fs
        gy = c + 0.7 * r * math.sin(a) - fs
        layer.paste(255, (int(gx), int(gy)), glyph)
    label = '专用章' if rng.random() < 0.5 else '公章'
    f2 = ImageFont.truetype(FONT, int(r * 0.2))
    tw = d.textlength(label, font=f2)
    d.text((c - tw / 2, c + 0.42 * r), label, fill=255, font=f2)
    layer = layer.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    mask = np.asarray(layer, np.float32) / 255.0
    mask = cv2.GaussianBlur(mask, (0, 0), 0.7) * _ink_texture(mask.shape, rng, max(4, int(r / 6)))
    _paste_mask(img, mask, centre, SEAL_RED, rng.uniform(0.75, 0.92))
    return r


def _paste_mask(img, mask, centre, colour, strength):
    H, W = img.shape[:2]
    h, w = mask.shape
    x0, y0 = int(centre[0] - w / 2), int(centre[1] - h / 2)
    sx0, sy0 = max(0, -x0), max(0, -y0)
    dx0, dy0 = max(0, x0), max(0, y0)
    dx1, dy1 = min(W, x0 + w), min(H, y0 + h)
    if dx1 <= dx0 or dy1 <= dy0:
        return
    full = np.zeros((H, W), np.float32)
    full[dy0:dy1, dx0:dx1] = mask[sy0:sy0 + dy1 - dy0, sx0:sx0 + dx1 - dx0]
    lay_ink(img, full, colour, strength)


def signature(img, origin, dpi, rng, colour=BLUE_PEN):
    """A cursive-looking signature starting at origin (px), about 30-40 mm long."""
    mm = dpi / 25.4
    length = rng.uniform(28, 40) * mm
    height = rng.uniform(7, 11) * mm
    x, y = origin
    mask = np.zeros(img.shape[:2], np.float32)
    pw = pen_width(dpi, rng) * 0.9
    strokes = rng.integers(2, 4)
    seg = length / strokes
    for s in range(strokes):
        n = rng.integers(6, 11)
        xs = x + s * seg + np.sort(rng.uniform(0, seg * 0.95, n))
        ys = y + rng.normal(0, height * 0.35, n) - np.linspace(0, height * 0.15, n)
        loops = []
        for k in range(n):
            loops.append((xs[k], ys[k]))
            if rng.random() < 0.35:
                loops.append((xs[k] - 0.15 * seg / n * 4, ys[k] - height * 0.45))
        _stroke(mask, _spline(loops, 14), pw, rng)
    if rng.random() < 0.7:  # underline flourish
        _stroke(mask, _bezier([(x, y + height * 0.6), (x + length * 0.5, y + height * 0.9),
                               (x + length * 1.05, y + height * 0.4)], 30), pw, rng)
    mask = cv2.GaussianBlur(mask, (0, 0), 0.6)
    lay_ink(img, mask, colour, rng.uniform(0.8, 0.95))
    return (x, y - height, x + length, y + height)


def note(img, origin, dpi, text, rng, colour=BLUE_PEN):
    """A short handwritten-like note (a font, jittered per character, slanted)."""
    fs = int(rng.uniform(4.5, 6.5) * dpi / 25.4)
    font = ImageFont.truetype(FONT, fs)
    w = int(fs * (len(text) + 2))
    layer = Image.new('L', (w, fs * 3), 0)
    d = ImageDraw.Draw(layer)
    cx = fs // 2
    for ch in text:
        d.text((cx, fs + rng.normal(0, fs * 0.08)), ch, fill=255, font=font)
        cx += int(fs * rng.uniform(0.85, 1.05)) if ord(ch) > 255 else int(fs * 0.55)
    layer = layer.rotate(rng.uniform(-6, 6), resample=Image.BICUBIC, expand=True)
    mask = np.asarray(layer, np.float32) / 255.0
    mask = cv2.GaussianBlur(mask, (0, 0), 0.8)
    h, ww = mask.shape
    _paste_mask(img, mask, (origin[0] + ww / 2, origin[1] + h / 2), colour, rng.uniform(0.8, 0.95))
