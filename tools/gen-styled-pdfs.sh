#!/usr/bin/env bash
# Regenerates src/test/resources/filings/pdf-style-*/ from the truth files with the test-scope generator.
# usage: tools/gen-styled-pdfs.sh [TRUTH_DIR] [STYLE...]   (TRUTH_DIR defaults to /work/shared/corpus/truth)
set -euo pipefail
cd "$(dirname "$0")/.."
truth="${1:-/work/shared/corpus/truth}"
shift || true
mvn -q -B -o test-compile
cp_file=target/gen-classpath.txt
mvn -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
java -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat "$cp_file")" \
  perfdecl.fixtures.gen.StyledFormGenerator --all "$truth" src/test/resources/filings "$@"
