#!/usr/bin/env bash
# Makes image-only scans of test filings for bench/OCR.md: each case's input.pdf rendered at 200 dpi (Ghostscript),
# degraded as tools/make-scans.sh degrades the committed scans (skew, noise, blur, JPEG quality 70) and written as
# a PDF of page images without any text, beside the case's expected.json.
# usage: bench/ocr-scans.sh OUT_DIR CASE...   (cases from src/test/resources/filings)
# Needs Ghostscript, ImageMagick 6 (/usr/bin/convert), python3.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$1"; shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
angles=(0.7 -1.1 0.5 -1.4 1.2 -0.8 1.5 -0.6 0.9 -1.3)
page_no=0
for case in "$@"; do
  src=src/test/resources/filings/$case/input.pdf
  mkdir -p "$out/$case"
  rm -f "$work"/p-*.png "$work"/p-*.jpg
  gs -q -dNOPAUSE -dBATCH -sDEVICE=pnggray -r200 -o "$work/p-%03d.png" "$src"
  jpgs=()
  for png in "$work"/p-*.png; do
    angle=${angles[$((page_no % ${#angles[@]}))]}
    page_no=$((page_no + 1))
    /usr/bin/convert "$png" -colorspace Gray -background white -rotate "$angle" +repage \
      -gravity center -extent "$(identify -format '%wx%h' "$png")" \
      -seed "$page_no" -attenuate 0.35 +noise Gaussian -blur 0x0.6 -strip -quality 70 "${png%.png}.jpg"
    jpgs+=("${png%.png}.jpg")
  done
  python3 - "$out/$case/input.pdf" "${jpgs[@]}" <<'PY'
import struct, sys
out, pages = sys.argv[1], sys.argv[2:]
def jpeg_size(b):
    i = 2
    while i < len(b):
        marker, length = b[i + 1], struct.unpack('>H', b[i + 2:i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            h, w = struct.unpack('>HH', b[i + 5:i + 9]); return w, h, b[i + 9]
        i += 2 + length
    raise ValueError('no SOF')
objs = [None, None]
def add(body): objs.append(body); return len(objs)
W, H = 595.28, 841.89
kids = []
for p in pages:
    data = open(p, 'rb').read()
    w, h, comps = jpeg_size(data)
    cs = b'/DeviceGray' if comps == 1 else b'/DeviceRGB'
    img = add(b'<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent 8 '
              b'/Filter /DCTDecode /Length %d >>\nstream\n' % (w, h, cs, len(data)) + data + b'\nendstream')
    content = b'q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q' % (W, H)
    c = add(b'<< /Length %d >>\nstream\n' % len(content) + content + b'\nendstream')
    kids.append(add(b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> >> '
                    b'/Contents %d 0 R >>' % (W, H, img, c)))
objs[0] = b'<< /Type /Catalog /Pages 2 0 R >>'
objs[1] = b'<< /Type /Pages /Count %d /Kids [%s] >>' % (len(kids), b' '.join(b'%d 0 R' % k for k in kids))
buf = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'); offsets = []
for i, body in enumerate(objs, 1):
    offsets.append(len(buf)); buf += b'%d 0 obj\n' % i + body + b'\nendobj\n'
xref = len(buf)
buf += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1) + b''.join(b'%010d 00000 n \n' % o for o in offsets)
buf += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
open(out, 'wb').write(buf)
PY
  cp src/test/resources/filings/$case/expected.json "$out/$case/expected.json"
  echo "$out/$case: ${#jpgs[@]} pages"
done
