#!/usr/bin/env bash
# Bundle benchmark: one PDF of PAGES pages (default 200) built from the committed born-digital filings
# (perfdecl.bench.BundleMaker), extracted by the CLI with --jobs 1 and --jobs 2; prints pages per second and peak
# RSS (GNU time), and the same for a bundle of half the pages, to show memory flat in the page count.
# Then, for comparison, a batch: the same fixtures as separate files (about half the pages), with --jobs 1 and 2.
# Usage: bench/bundles.sh [PAGES] [scan]. With "scan" the bundle is the committed scans (BundleMaker ... scan), read
# with the default OCR engine and the default time limits. bench/BUNDLES.md holds the runs recorded.
set -euo pipefail
cd "$(dirname "$0")/.."
PAGES="${1:-200}"
MODE="${2:-digital}"
OCR=(--ocr none)
[ "$MODE" = scan ] && OCR=()
EXTRA=(${BENCH_EXTRA:-})
WORK="$(mktemp -d)"
CP_FILE="$WORK/cp"
trap 'rm -rf "$WORK"' EXIT
mvn -q -B -o test-compile >"$WORK/log" 2>&1 || { cat "$WORK/log"; exit 1; }
mvn -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >"$WORK/log" 2>&1 \
    || { cat "$WORK/log"; exit 1; }
CP="target/test-classes:target/classes:$(cat "$CP_FILE")"
echo "Command: bench/bundles.sh $PAGES $MODE ${BENCH_EXTRA:-} (commit $(git rev-parse --short HEAD), $(date -u +%Y-%m-%dT%H:%MZ), load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
echo
# timed_extract INPUT OUT JOBS PAGES: extracts INPUT into OUT, prints "forms statuses | wall s | pages/s | peak RSS MB"
timed_extract() {
  local start end forms
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$WORK/rss" java -Xmx1g -Djava.awt.headless=true -cp "$CP" perfdecl.cli.Main extract \
      "$1" -o "$2" --jobs "$3" --no-xlsx --quiet "${OCR[@]}" "${EXTRA[@]}" 2>"$WORK/err" || true
  end=$(date +%s.%N)
  forms=$(python3 -c "import json;r=json.load(open('$2/run.json'));print(r['totals']['forms'],','.join(sorted({i['status'] for i in r['inputs']})))")
  # GNU time puts "Command exited with non-zero status 1" (a partial or failed input) before the figure
  python3 -c "w=$end-$start;print('$forms | %.1f | %.2f | %d' % (w, $4/w, $(tail -n 1 "$WORK/rss")/1024))"
}

echo "| pages | jobs | forms | wall s | pages/s | peak RSS MB |"
echo "|---|---|---|---|---|---|"
for n in "$PAGES" $((PAGES / 2)); do
  mkdir -p "$WORK/in-$n"
  got=$(java -cp "$CP" perfdecl.bench.BundleMaker "$WORK/in-$n/bundle.pdf" "$n" "$MODE" | sed 's/.*: \([0-9]*\) pages/\1/')
  for jobs in 1 2; do
    [ "$n" = "$PAGES" ] || [ "$jobs" = 1 ] || continue
    echo "| $got | $jobs | $(timed_extract "$WORK/in-$n/bundle.pdf" "$WORK/out-$n-$jobs" "$jobs" "$got") |"
  done
done

echo
echo "Batch of separate files, the same fixtures (for the speed-up a second job gives to many small files):"
echo
echo "| files | pages | jobs | forms | wall s | pages/s | peak RSS MB |"
echo "|---|---|---|---|---|---|---|"
if [ "$MODE" = scan ]; then prefix=scan-form-; else prefix=pdf-form-; fi
mkdir -p "$WORK/batch"
files=0; pages=0
while [ "$pages" -lt $((PAGES / 2)) ]; do
  for i in 1 2 3 4 5; do
    src="src/test/resources/filings/$prefix$i/input.pdf"
    [ -f "$src" ] || continue
    files=$((files + 1))
    # a comment line after %%EOF makes each copy a different file (identical files are read once per batch)
    { cat "$src"; printf '\n%% copy %d\n' "$files"; } >"$WORK/batch/f$files.pdf"
    pages=$((pages + $(pdfinfo "$src" | awk '/^Pages:/ {print $2}')))
  done
done
for jobs in 1 2; do
  echo "| $files | $pages | $jobs | $(timed_extract "$WORK/batch" "$WORK/batch-out-$jobs" "$jobs" "$pages") |"
done
