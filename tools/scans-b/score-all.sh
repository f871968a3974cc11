#!/bin/bash
# Extracts and scores every condition of a scans-b set with one jar (ppocr), through tools/elsewhere/score.sh:
# OUT_ROOT/results.tsv, OUT_ROOT/<condition>-ppocr.score.json; then `tools/scans-b/table.py OUT_ROOT SET` tabulates.
# usage: score-all.sh JAR SET OUT_ROOT SCORE_PY
set -u
jar=$1 set=$2 root=$3 score=$4
here=$(cd "$(dirname "$0")/.." && pwd)
for d in "$set"/*/; do
  c=$(basename "$d"); [ -f "$d/manifest.json" ] || continue
  bash "$here/elsewhere/score.sh" "$jar" "$set" "$c" ppocr "$root" "$score"
done
