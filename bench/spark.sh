#!/usr/bin/env bash
# Spark benchmark: the Spark job in local mode (tools/spark-local.sh, spark-submit's main class on Spark's own
# class path) against `perfdecl extract --jobs 2` on the same files, on this machine.
# Usage: bench/spark.sh [FILES] [SCAN_DIR...]
#   FILES born-digital files replicated from samples/ (default 600, each with its own SHA-256);
#   SCAN_DIRs: folders of scanned fixtures (default src/test/resources/filings/scan-form-*).
# Prints a Markdown report; bench/SPARK.md holds the last one recorded. Times include JVM start (and Spark's).
# The machine may be shared: per-file and per-page figures come from CPU seconds (user + system of all the run's
# processes), which other users' load disturbs much less than wall time; compare ratios within one report.
set -euo pipefail
cd "$(dirname "$0")/.."
FILES="${1:-600}"
shift || true
SCANS=("$@")
[[ ${#SCANS[@]} -gt 0 ]] || SCANS=(src/test/resources/filings/scan-form-*)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [[ -n ${KEEP:-} ]]; then trap - EXIT; echo "work folder: $work" >&2; fi
[[ -f target/perfdecl.jar ]] || mvn -B -q -o -DskipTests package >&2

mkdir -p "$work/one" "$work/many" "$work/scans"
i=0
while [[ $i -lt $FILES ]]; do
  for src in samples/*.pdf; do
    [[ $i -lt $FILES ]] || break
    dst=$(printf '%s/many/%05d-%s' "$work" "$i" "$(basename "$src")")
    cat "$src" > "$dst"; printf '\n%%%d\n' "$i" >> "$dst"
    i=$((i + 1))
  done
done
cp samples/form-1.pdf "$work/one/"
for d in "${SCANS[@]}"; do cp "$d/input.pdf" "$work/scans/$(basename "$d").pdf"; done

timed() { # name command...: runs it, records its wall and CPU seconds (its processes') in $work/t.<name>
  /usr/bin/time -f "%e %U %S" -o "$work/t.$1" "${@:2}" > "$work/log.$1" 2>&1 || true
}
# a scanned file may take minutes on a loaded machine: no timeouts in the measurements
cli=(java -jar target/perfdecl.jar extract --jobs 2 --timeout 1800 -q -o)
spark=(tools/spark-local.sh --master 'local[2]')

echo "Command: bench/spark.sh $FILES  (commit $(git rev-parse --short HEAD), $(date -u +%Y-%m-%dT%H:%MZ))"
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
echo
# Spark's class path, resolved once outside the timings (as tools/spark-local.sh does)
[[ -s target/spark-runtime.classpath ]] || mvn -B -q -f tools/spark-local/pom.xml dependency:build-classpath \
    -Dmdep.outputFile="$PWD/target/spark-runtime.classpath" >&2
timed cli1 "${cli[@]}" "$work/o-cli1" "$work/one"
timed spark1 "${spark[@]}" "$work/one" "$work/o-spark1" --timeout 1800
timed cliN "${cli[@]}" "$work/o-cliN" "$work/many"
timed sparkN "${spark[@]}" "$work/many" "$work/o-sparkN" --timeout 1800
timed sparkNtasks "${spark[@]}" "$work/many" "$work/o-sparkNtasks" --partitions $((FILES / 2)) --timeout 1800
timed cliS "${cli[@]}" "$work/o-cliS" "$work/scans"
timed sparkS "${spark[@]}" "$work/scans" "$work/o-sparkS" --partitions "$(ls "$work/scans" | wc -l)" --timeout 1800
grep -h "^perfdecl: [0-9]* form" "$work"/log.* > "$work/summaries" || true

python3 - "$work" "$FILES" <<'PY'
import csv, sys, pathlib
w, n = pathlib.Path(sys.argv[1]), int(sys.argv[2])
t, cpu = {}, {}
for p in w.glob("t.*"):
    wall, user, sys_ = (float(x) for x in p.read_text().split()[-3:])
    t[p.name[2:]], cpu[p.name[2:]] = wall, user + sys_
def run_csv(name):
    with open(w / name / "run.csv", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))
def pages(name):
    return sum(int(r["pages"] or 0) for r in run_csv(name))
p1, pN, pS = pages("o-cli1"), pages("o-cliN"), pages("o-cliS")
files_s = len(run_csv("o-cliS"))
tasks = n // 2
print("| run | files | pages | wall s | CPU s | CPU ms per file, fixed cost taken off |")
print("|---|---:|---:|---:|---:|---:|")
def row(label, key, files, pg, fixed):
    per = (cpu[key] - cpu[fixed]) / files * 1000
    print(f"| {label} | {files} | {pg} | {t[key]:.1f} | {cpu[key]:.1f} | {'–' if key == fixed else f'{per:.0f}'} |")
row("extract --jobs 2, 1 file (fixed cost: JVMs)", "cli1", 1, p1, "cli1")
row("Spark local[2], 1 file (fixed cost: JVM, SparkContext, its jobs)", "spark1", 1, p1, "spark1")
row("extract --jobs 2, born-digital", "cliN", n, pN, "cli1")
row("Spark local[2], born-digital, 8 tasks", "sparkN", n, pN, "spark1")
row(f"Spark local[2], born-digital, {tasks} tasks", "sparkNtasks", n, pN, "spark1")
row("extract --jobs 2, scans", "cliS", files_s, pS, "cli1")
row("Spark local[2], scans, a task per file", "sparkS", files_s, pS, "spark1")
cli_file = (cpu["cliN"] - cpu["cli1"]) / n
spark_file = (cpu["sparkN"] - cpu["spark1"]) / n
task = max(0.0, (cpu["sparkNtasks"] - cpu["sparkN"]) / (tasks - 8))
page_cli = (cpu["cliS"] - cpu["cli1"]) / pS
page_spark = (cpu["sparkS"] - cpu["spark1"]) / pS
overhead = max(0.0, spark_file - cli_file)
print()
print(f"- Born-digital, CPU per file: extract {cli_file*1000:.0f} ms, Spark {spark_file*1000:.0f} ms "
      f"({spark_file / cli_file:.2f}x): Spark's overhead {overhead*1000:.0f} ms per file. Wall time "
      f"{t['sparkN'] / t['cliN']:.2f}x extract's.")
print(f"- Fixed cost of a run: Spark {cpu['spark1']:.1f} CPU s, {t['spark1']:.1f} s wall; extract {cpu['cli1']:.1f} CPU s, "
      f"{t['cli1']:.1f} s wall.")
print(f"- Per task, from {tasks} against 8 tasks over the same files: {task*1000:.0f} CPU ms.")
print(f"- Scanned page: {page_spark:.2f} CPU s in Spark, {page_cli:.2f} in extract ({page_spark / page_cli:.2f}x).")
print()
print("Projection for 1,000,000 scanned pages (as 333,333 three-page files, a task per 100 files): "
      "(pages x CPU s per page + files x overhead per file + tasks x CPU per task) / cores, plus the fixed cost; "
      "assumes executor cores as fast as this machine's, storage that keeps up and one task per core.")
print()
print("| executors x cores | cores | hours |")
print("|---|---:|---:|")
files_m = 1_000_000 / 3
for e, c in [(1, 2), (4, 4), (16, 4), (64, 4), (250, 4)]:
    cores = e * c
    secs = (1_000_000 * page_spark + files_m * overhead + files_m / 100 * task) / cores + t["spark1"]
    print(f"| {e} x {c} | {cores} | {secs / 3600:.1f} |")
PY
echo
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo '```'
cat "$work/summaries"
echo '```'
