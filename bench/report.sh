#!/usr/bin/env bash
# Report benchmark: audits a generated archive (perfdecl.audit.FilingArchive, test scope) and prints the size of
# report.html and, in headless Chromium (chromium + chromium-driver), the time until it is interactive.
# Usage: bench/report.sh [UNITS (312 = 10,000+ forms)] [YEARS (4)] [BROWSER_RUNS (3)]
set -euo pipefail
cd "$(dirname "$0")/.."
CP_FILE="$(mktemp)"
LOG="$(mktemp)"
trap 'rm -f "$CP_FILE" "$LOG"' EXIT
mvn -q -B -o test-compile >"$LOG" 2>&1 || { cat "$LOG"; exit 1; }
mvn -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >"$LOG" 2>&1 \
    || { cat "$LOG"; exit 1; }
CP="target/test-classes:target/classes:$(cat "$CP_FILE")"
echo "Command: bench/report.sh ${1:-312} ${2:-4} ${3:-3}  (commit $(git rev-parse --short HEAD), $(date -u +%Y-%m-%dT%H:%MZ))"
echo
echo "| measure | figure |"
echo "|---|---|"
java -Xmx2g -cp "$CP" perfdecl.bench.ReportBenchmark "${1:-312}" "${2:-4}" "${3:-3}"
