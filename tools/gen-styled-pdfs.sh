#!/usr/bin/env bash
# Regenerates src/test/resources/filings/pdf-style-*/ from the truth files with the test-scope generator.
# usage: tools/gen-styled-pdfs.sh TRUTH_DIR [STYLE...]
#   TRUTH_DIR: the truth files form-N.json, e.g. src/test/resources/truth (copies of the shared truth)
set -euo pipefail
if [ $# -lt 1 ] || [ ! -d "$1" ]; then
  echo "usage: tools/gen-styled-pdfs.sh TRUTH_DIR [STYLE...]   (e.g. src/test/resources/truth)" >&2
  exit 2
fi
truth="$(cd "$1" && pwd)"
shift
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile
cp_file=target/gen-classpath.txt
mvn -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
java -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat "$cp_file")" \
  perfdecl.fixtures.gen.StyledFormGenerator --all "$truth" src/test/resources/filings "$@"
