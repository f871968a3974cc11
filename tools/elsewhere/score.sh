#!/bin/bash
# Extracts one condition folder of a scans-elsewhere set with one OCR engine (the product as a black box)
# and scores it: appends a line to OUT_ROOT/results.tsv.
# usage: score.sh JAR SET_DIR CONDITION ENGINE OUT_ROOT SCORE_PY
set -u
jar=$1 set=$2 cond=$3 engine=$4 root=$5 score=$6
out=$root/$cond-$engine
rm -rf "$out"; mkdir -p "$root"
# tools/elsewhere writes {"entries": [...]} with each entry's pages; tools/scans-b a bare list with a page count
pages=$(/usr/bin/python3 -c "
import json, sys
m = json.load(open(sys.argv[1]))
entries = m['entries'] if isinstance(m, dict) else m
print(sum(len(e['pages']) if isinstance(e.get('pages'), list) else int(e.get('pages', 0)) for e in entries))" "$set/$cond/manifest.json")
/usr/bin/time -f '%U %S %e' -o "$root/$cond-$engine.time" \
  nice java -jar "$jar" extract "$set/$cond" -o "$out" --ocr "$engine" --no-xlsx -q --timeout 1800 > "$root/$cond-$engine.log" 2>&1
rc=$?
python3 "$score" "$set/$cond/truth" "$out" --manifest "$set/$cond/manifest.json" --json "$root/$cond-$engine.score.json" \
  > "$root/$cond-$engine.score.txt" 2>&1
read -r user sys wall < <(tail -1 "$root/$cond-$engine.time")
echo -e "$cond\t$engine\t$pages\t$user\t$sys\t$wall\t$rc" >> "$root/results.tsv"
