#!/usr/bin/env bash
# Regenerates src/test/resources/filings/pdf-own-{boxes-before,office-export,disclosure-*}-{sh2025,mof2021}* from the
# text-export cases of the later generations (their expected.json are the truths) with the test-scope generator.
# usage: tools/gen-generation-pdfs.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile
cp_file=target/gen-classpath.txt
mvn -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
java -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat "$cp_file")" \
  perfdecl.fixtures.gen.GenerationFilingsGenerator src/test/resources/filings \
  src/test/resources/filings/ocr-own-sh2025-* src/test/resources/filings/ocr-own-mof2021-*
