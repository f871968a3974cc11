"""A scanner and its paper: tone, folds and holes, placement on the glass, lid, lamp, optics, encoding.

Images are float32 RGB arrays (0..255) until `encode`.
"""
import io
import math

import cv2
import numpy as np
from PIL import Image


def tone(img, paper, ink, tint):
    """Map white to the paper's tone and black to the ink's (printed on aged paper, faded toner)."""
    p = np.array([paper * t for t in tint], np.float32)
    return ink + (p - ink) * (img / 255.0)


def fold(img, rng, dpi):
    """A fold across the page: a soft dark crease with a bright rim on one side."""
    H, W = img.shape[:2]
    horizontal = rng.random() < 0.7
    n = H if horizontal else W
    pos = rng.uniform(0.3, 0.7) * n
    tilt = rng.uniform(-0.01, 0.01)
    ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
    d = (ys - pos - tilt * xs) if horizontal else (xs - pos - tilt * ys)
    s = 0.6 * dpi / 25.4
    shade = 1 - rng.uniform(0.12, 0.3) * np.exp(-(d / s) ** 2) + 0.04 * np.exp(-((d - 2 * s) / (2 * s)) ** 2)
    img *= shade[..., None]
    return {'fold': 'horizontal' if horizontal else 'vertical', 'at': round(pos / n, 3)}


def punch_holes(img, rng, dpi, lid):
    """Two filing holes near the left edge: the dark lid shows through, with a shadow ring."""
    H, W = img.shape[:2]
    mm = dpi / 25.4
    r = 3.0 * mm
    cx = rng.uniform(9, 13) * mm
    mid = H / 2 + rng.uniform(-10, 10) * mm
    holes = []
    for cy in (mid - 40 * mm, mid + 40 * mm):
        y0, y1 = int(max(0, cy - 2 * r)), int(min(H, cy + 2 * r))
        x0, x1 = int(max(0, cx - 2 * r)), int(min(W, cx + 2 * r))
        ys, xs = np.mgrid[y0:y1, x0:x1].astype(np.float32)
        d = np.sqrt((xs - cx) ** 2 + (ys - cy) ** 2)
        inside = np.clip(r - d + 0.5, 0, 1)
        shadow = np.exp(-np.clip(d - r, 0, None) / (0.6 * mm)) * 0.35 * (d > r)
        patch = img[y0:y1, x0:x1]
        patch *= (1 - shadow)[..., None]
        patch[:] = patch * (1 - inside[..., None]) + lid * inside[..., None]
        holes.append([round(cx / W, 3), round(cy / H, 3)])
    return holes


def place(img, rng, quarter, skew_deg, shift_px, fill):
    """Lay the page on the glass: turned by quarter*90 degrees, skewed, shifted; uncovered glass gets `fill`."""
    img = np.ascontiguousarray(np.rot90(img, k=-quarter)) if quarter else img
    H, W = img.shape[:2]
    M = cv2.getRotationMatrix2D((W / 2, H / 2), skew_deg, 1.0)
    M[0, 2] += shift_px[0]
    M[1, 2] += shift_px[1]
    if skew_deg or shift_px != (0, 0):
        img = cv2.warpAffine(img, M, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=tuple(float(f) for f in fill))
    return img


def lid_strips(img, rng, dpi, edges, colour):
    """Dark bands along edges (the scanner lid or its shadow), with a soft inner edge."""
    H, W = img.shape[:2]
    mm = dpi / 25.4
    out = []
    for e in edges:
        width = rng.uniform(3, 12) * mm
        n = W if e in ('left', 'right') else H
        ramp = np.arange(n, dtype=np.float32)
        if e in ('right', 'bottom'):
            ramp = ramp[::-1]
        a = np.clip((width - ramp) / (1.5 * mm) + 0.5, 0, 1)
        a *= 1 - 0.1 * rng.random(n).astype(np.float32)
        a = a[None, :, None] if e in ('left', 'right') else a[:, None, None]
        img[:] = img * (1 - a) + np.array(colour, np.float32) * a
        out.append({'edge': e, 'mm': round(width / mm, 1)})
    return out


def dark_corners(img, rng, dpi, corners, colour):
    """Triangles left by a scanner's own deskew: dark wedges in the corners."""
    H, W = img.shape[:2]
    mm = dpi / 25.4
    out = []
    for c in corners:
        a, b = rng.uniform(8, 30) * mm, rng.uniform(3, 10) * mm
        if rng.random() < 0.5:
            a, b = b, a
        x0 = 0 if 'left' in c else W
        y0 = 0 if 'top' in c else H
        sx = 1 if x0 == 0 else -1
        sy = 1 if y0 == 0 else -1
        pts = np.array([[x0, y0], [x0 + sx * a, y0], [x0, y0 + sy * b]], np.int32)
        m = np.zeros((H, W), np.float32)
        cv2.fillPoly(m, [pts], 1.0, cv2.LINE_AA)
        img[:] = img * (1 - m[..., None]) + np.array(colour, np.float32) * m[..., None]
        out.append({'corner': c, 'mm': [round(a / mm, 1), round(b / mm, 1)]})
    return out


def lighting(img, rng, strength):
    """Uneven lamp: a smooth gradient plus a broad falloff towards one side."""
    H, W = img.shape[:2]
    ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    g = (np.cos(ang) * xs / W + np.sin(ang) * ys / H)
    g = (g - g.min()) / max(1e-6, g.max() - g.min())
    cx, cy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.2, 0.8) * H
    v = ((xs - cx) / W) ** 2 + ((ys - cy) / H) ** 2
    field = 1 - strength * (0.6 * g + 0.4 * v / v.max())
    img *= field[..., None]
    return round(float(field.min()), 3)


def optics(img, rng, dpi, noise):
    """Lens blur scaled to dpi, sensor noise, a scanner's gamma."""
    sigma = rng.uniform(0.5, 0.9) * dpi / 300.0
    img = cv2.GaussianBlur(img, (0, 0), sigma)
    img += rng.normal(0, noise, img.shape[:2]).astype(np.float32)[..., None]
    img += rng.normal(0, noise * 0.4, img.shape).astype(np.float32)
    gamma = rng.uniform(0.85, 1.2)
    img = 255.0 * (np.clip(img, 0, 255) / 255.0) ** gamma
    return img, {'blur': round(sigma, 2), 'noise': noise, 'gamma': round(gamma, 2)}


def encode(img, mode, encoding, quality, dpi, rng):
    """Bytes of one page image and its kind: JPEG (grey or colour) or CCITT G4 bilevel TIFF."""
    if mode == 'grey' or encoding == 'g4':
        g = 0.299 * img[..., 0] + 0.587 * img[..., 1] + 0.114 * img[..., 2]
    if encoding == 'g4':
        # a copier's fixed threshold; speckle first so that thin faint lines break as they do
        g = g + rng.normal(0, 10, g.shape).astype(np.float32)
        level = np.percentile(g, 99) * rng.uniform(0.5, 0.62)
        bw = (g > level).astype(np.uint8) * 255
        pil = Image.fromarray(bw).convert('1')
        buf = io.BytesIO()
        pil.save(buf, format='TIFF', compression='group4', dpi=(dpi, dpi))
        return buf.getvalue(), {'threshold': round(float(level), 1)}
    arr = np.clip(g if mode == 'grey' else img, 0, 255).round().astype(np.uint8)
    pil = Image.fromarray(arr)
    buf = io.BytesIO()
    pil.save(buf, format='JPEG', quality=int(quality), dpi=(dpi, dpi), subsampling=2 if mode == 'colour' else 0)
    return buf.getvalue(), {}
