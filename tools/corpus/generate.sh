#!/usr/bin/env bash
# Regenerates the import corpus: renders every spec in document/src/test/resources/corpus/specs to .docx
# (CorpusGenerator, test scope of the document module), converts each .docx with LibreOffice headless to
# .pdf, .odt and .doc, and each .pdf with pdftotext -layout to .txt.
#
#   tools/corpus/generate.sh            # all specs
#
# Needs: JDK 17+, Maven (offline is fine once the build's plugins are in ~/.m2), LibreOffice (soffice),
# poppler-utils (pdftotext). The PDFs look as intended with Times New Roman or its metric twin Liberation
# Serif installed (Debian: fonts-liberation2). Runs `mvn test-compile`, never `mvn install`.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
corpus="$root/document/src/test/resources/corpus"
cp_file=$(mktemp)
profile=$(mktemp -d /tmp/lo-profile-XXXXXX)
trap 'rm -rf "$cp_file" "$profile"' EXIT

cd "$root"
mvn -B -q -o -pl document -am test-compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test

rm -rf "$corpus/docx" "$corpus/pdf" "$corpus/odt" "$corpus/doc" "$corpus/txt"
mkdir -p "$corpus/docx" "$corpus/pdf" "$corpus/odt" "$corpus/doc" "$corpus/txt"
java -cp "document/target/test-classes:document/target/classes:$(cat "$cp_file")" \
  org.eduroadmap.document.corpus.CorpusGenerator "$corpus/specs" "$corpus/docx"

shopt -s nullglob
docs=("$corpus"/docx/*.docx)
if [ ${#docs[@]} -eq 0 ]; then
  echo "no .docx rendered" >&2
  exit 1
fi
for fmt in pdf odt doc; do
  filter=$fmt
  [ "$fmt" = doc ] && filter='doc:MS Word 97'
  soffice "-env:UserInstallation=file://$profile" --headless --norestore \
    --convert-to "$filter" --outdir "$corpus/$fmt" "${docs[@]}" >/dev/null
done
for pdf in "$corpus"/pdf/*.pdf; do
  pdftotext -layout -enc UTF-8 "$pdf" "$corpus/txt/$(basename "$pdf" .pdf).txt"
done
for fmt in docx pdf odt doc txt; do
  n=$(ls "$corpus/$fmt" | wc -l)
  echo "$fmt: $n files"
done
du -sh "$corpus"
