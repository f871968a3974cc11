#!/usr/bin/env bash
# Builds the scanned fixtures from the shared PDFs:
#   scan-form-N/input.pdf         200 dpi page images, slightly skewed, noisy and blurred, with tesseract's
#                                 invisible chi_sim text layer (inputKind pdf-ocr)
#   scan-imageonly-form-1/input.pdf  the same kind of page images with no text layer at all
# Needs poppler-utils (pdftoppm), ImageMagick 6 (/usr/bin/convert), tesseract with chi_sim, qpdf, python3.
# usage: tools/make-scans.sh PDF_DIR TRUTH_DIR
#   PDF_DIR: the shared PDFs form-N.pdf; TRUTH_DIR: their truth files form-N.json (e.g. src/test/resources/truth)
set -euo pipefail
if [ $# -ne 2 ] || [ ! -d "$1" ] || [ ! -d "$2" ]; then
  echo "usage: tools/make-scans.sh PDF_DIR TRUTH_DIR   (the shared PDFs form-N.pdf and their form-N.json)" >&2
  exit 2
fi
pdfs="$(cd "$1" && pwd)"
truth="$(cd "$2" && pwd)"
cd "$(dirname "$0")/.."
out=src/test/resources/filings
convert=/usr/bin/convert          # /usr/local/bin/convert may be a stand-in
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# deterministic, alternating skews in degrees (0.5 .. 1.5)
angles=(0.7 -1.1 0.5 -1.4 1.2 -0.8 1.5 -0.6 0.9 -1.3)

degrade() { # in.png out.jpg angle seed
  "$convert" "$1" -colorspace Gray -background white -rotate "$3" +repage \
    -gravity center -extent "$(identify -format '%wx%h' "$1")" \
    -seed "$4" -attenuate 0.35 +noise Gaussian -blur 0x0.6 \
    -strip -quality 70 "$2"
}

image_only_pdf() { # out.pdf page.jpg...  (a plain PDF: one JPEG XObject per A4 page, no text)
  python3 - "$@" <<'PY'
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
objs = []
def add(body): objs.append(body); return len(objs)
W, H = 595.28, 841.89
kids = []
pages_id = 2 + 0
objs.append(None); objs.append(None)   # 1 catalog, 2 pages: filled in below
for p in pages:
    data = open(p, 'rb').read()
    w, h, comps = jpeg_size(data)
    cs = '/DeviceGray' if comps == 1 else '/DeviceRGB'
    img = add(b'<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent 8 '
              b'/Filter /DCTDecode /Length %d >>\nstream\n' % (w, h, cs.encode(), len(data)) + data + b'\nendstream')
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
buf += b'trailer\n<< /Size %d /Root 1 0 R /ID [<696d6167656f6e6c79666f726d2d3031> <696d6167656f6e6c79666f726d2d3031>] >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
open(out, 'wb').write(buf)
PY
}

expect() { # TRUTH.json INPUT.pdf OUT.json: the truth with the id and source the product gives the scan
  python3 - "$1" "$2" "$3" "$(qpdf --show-npages "$2")" <<'PY'
import hashlib, json, sys
truth, pdf, out, pages = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
raw = open(truth, encoding='utf-8').read()
d = json.loads(raw)
sha = hashlib.sha256(open(pdf, 'rb').read()).hexdigest()
d['id'] = sha[:12] + '-0'
d['source'] = {'file': 'input.pdf', 'sha256': sha, 'formIndex': 0, 'pages': [1, pages], 'inputKind': 'pdf-ocr'}
open(out, 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False, indent=2) + raw[len(raw.rstrip('\n')):])
PY
}

echo "tesseract: $(tesseract --version 2>&1 | head -1)"
start=$(date +%s)
page_no=0
for src in "$pdfs"/form-[0-9]*.pdf; do
  n=$(basename "$src" .pdf); n=${n#form-}
  dir="$out/scan-form-$n"; mkdir -p "$dir"
  pdftoppm -r 200 -png "$src" "$work/f$n"
  : > "$work/list$n.txt"
  for png in $(ls "$work"/f$n-*.png | sort -V); do
    angle=${angles[$((page_no % ${#angles[@]}))]}
    page_no=$((page_no + 1))
    degrade "$png" "${png%.png}.jpg" "$angle" "$page_no"
    echo "${png%.png}.jpg" >> "$work/list$n.txt"
  done
  t0=$(date +%s)
  tesseract "$work/list$n.txt" "$work/ocr$n" -l chi_sim --dpi 200 pdf 2>/dev/null
  # tesseract stamps the current time: fix it, and let qpdf derive /ID from the content, so reruns are identical
  python3 -c 'import re,sys; p=sys.argv[1]; b=open(p,"rb").read(); open(p,"wb").write(re.sub(rb"(/CreationDate *\(D:)\d{14}", rb"\g<1>20190301093000", b))' "$work/ocr$n.pdf"
  qpdf --deterministic-id "$work/ocr$n.pdf" "$dir/input.pdf"
  expect "$truth/form-$n.json" "$dir/input.pdf" "$dir/expected.json"
  echo "$dir: $(ls "$work"/f$n-*.jpg | wc -l) pages, OCR $(( $(date +%s) - t0 )) s"
done

dir="$out/scan-imageonly-form-1"; mkdir -p "$dir"
image_only_pdf "$dir/input.pdf" $(ls "$work"/f1-*.jpg | sort -V)
expect "$truth/form-1.json" "$dir/input.pdf" "$dir/expected.json"
echo "$dir: image only"
echo "total $(( $(date +%s) - start )) s"
