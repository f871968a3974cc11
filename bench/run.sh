#!/usr/bin/env bash
# Batch benchmark: builds the project and runs perfdecl.bench.ExtractionBenchmark (test scope, not a test).
# Usage: bench/run.sh [FILES] [BASELINE_FILES] [workers-only]
#   (default 1000 files, baselines over 300 of them; workers-only leaves out the in-process runs)
#    or: bench/run.sh readers  (the PDF reader alone on the committed fixtures: ms per page, born-digital and scans;
#   perfdecl.bench.ReaderTimings)
# Prints a Markdown report; bench/RESULTS.md holds the last one recorded.
set -euo pipefail
cd "$(dirname "$0")/.."
FILES="${1:-1000}"
BASELINE="${2:-300}"
MODE="${3:-all}"
CP_FILE="$(mktemp)"
LOG="$(mktemp)"
trap 'rm -f "$CP_FILE" "$LOG"' EXIT
mvn -q -B -o test-compile >"$LOG" 2>&1 || { cat "$LOG"; exit 1; }
mvn -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >"$LOG" 2>&1 \
    || { cat "$LOG"; exit 1; }
CP="target/test-classes:target/classes:$(cat "$CP_FILE")"
if [ "$FILES" = readers ]; then
  echo "Command: bench/run.sh readers  (commit $(git rev-parse --short HEAD), $(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  exec java -Xmx1g -Djava.awt.headless=true -cp "$CP" perfdecl.bench.ReaderTimings
fi
echo "Command: bench/run.sh $FILES $BASELINE $MODE  (commit $(git rev-parse --short HEAD), $(date -u +%Y-%m-%dT%H:%MZ))"
echo
java -Xmx1g -Djava.awt.headless=true -cp "$CP" perfdecl.bench.ExtractionBenchmark samples "$FILES" "$BASELINE" "$MODE"
