#!/usr/bin/env bash
# What writing declarations.xlsx (the default) costs a batch: `perfdecl extract` over FILES copies of samples/*.pdf
# (each with a comment appended after %%EOF, so that every file has its own SHA-256), with and without --no-xlsx,
# ROUNDS times each, alternating and swapping which goes first, so that a shared machine's load falls on both
# alike. Prints each run's wall and CPU seconds (the whole process tree), the largest process's peak RSS and how
# long the workbook took to write (it is written last, from the json files: its mtime minus that of findings.csv,
# written just before it), then the medians and their ratios.
# Usage: bench/xlsx-cost.sh [FILES] [ROUNDS] [JOBS]   (default 1000 files, 3 rounds, 2 jobs)
set -euo pipefail
cd "$(dirname "$0")/.."
FILES="${1:-1000}"
ROUNDS="${2:-3}"
JOBS="${3:-2}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mvn -q -B -o -DskipTests package >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }

mkdir -p "$WORK/in"
samples=(samples/*.pdf)
for ((i = 0; i < FILES; i++)); do
  src="${samples[i % ${#samples[@]}]}"
  dst="$WORK/in/$(printf '%05d' "$i")-$(basename "$src")"
  cp "$src" "$dst"
  printf '\n%% perfdecl bench copy %d\n' "$i" >>"$dst"
done

echo "Command: bench/xlsx-cost.sh $FILES $ROUNDS $JOBS  (commit $(git rev-parse --short HEAD), $(date -u +%Y-%m-%dT%H:%MZ))"
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
echo
echo "| run | round | seconds | CPU seconds | peak RSS MB (largest process) | declarations.xlsx MB | writing it, s |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for ((r = 1; r <= ROUNDS; r++)); do
  order=(xlsx no-xlsx)
  ((r % 2 == 0)) && order=(no-xlsx xlsx)
  for variant in "${order[@]}"; do
    out="$WORK/out-$variant"
    rm -rf "$out"
    flag=()
    [ "$variant" = no-xlsx ] && flag=(--no-xlsx)
    /usr/bin/time -f '%e %U %S %M' -o "$WORK/time" \
      java -jar target/perfdecl.jar extract "$WORK/in" -o "$out" --jobs "$JOBS" --quiet "${flag[@]}" 2>"$WORK/err" \
      || { cat "$WORK/err"; exit 1; }
    read -r wall user sys rss <"$WORK/time"
    size=0
    step=0
    if [ -f "$out/declarations.xlsx" ]; then
      size=$(stat -c %s "$out/declarations.xlsx")
      step=$(echo "$(stat -c %.3Y "$out/declarations.xlsx") - $(stat -c %.3Y "$out/findings.csv")" | bc -l)
    fi
    printf '| %s | %d | %.1f | %.1f | %d | %.1f | %.1f |\n' "$variant" "$r" "$wall" "$(echo "$user + $sys" | bc)" \
      $((rss / 1024)) "$(echo "$size / 1048576" | bc -l)" "$step" | tee -a "$WORK/rows"
  done
done
echo
python3 - "$WORK/rows" <<'EOF'
import statistics, sys
rows = [l.strip('| \n').split(' | ') for l in open(sys.argv[1])]
def med(variant, col):
    return statistics.median(float(r[col]) for r in rows if r[0] == variant)
w, c, m = (med('xlsx', i) / med('no-xlsx', i) for i in (2, 3, 4))
print(f"Medians, with xlsx / --no-xlsx: wall {med('xlsx', 2):.1f} / {med('no-xlsx', 2):.1f} s = {w:.2f}x; "
      f"CPU {med('xlsx', 3):.1f} / {med('no-xlsx', 3):.1f} s = {c:.2f}x; peak RSS {m:.2f}x; "
      f"writing declarations.xlsx {med('xlsx', 6):.1f} s wall, {med('xlsx', 6) / med('xlsx', 2):.0%} of its run")
pairs = []
for a, b in zip(rows[0::2], rows[1::2]):
    x, n = (a, b) if a[0] == 'xlsx' else (b, a)
    pairs.append(float(x[2]) / float(n[2]))
print("Wall ratio per round (xlsx run / the --no-xlsx run beside it): "
      + ", ".join(f"{p:.2f}x" for p in pairs))
EOF
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
