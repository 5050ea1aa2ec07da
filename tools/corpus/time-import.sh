#!/usr/bin/env bash
# Times the importer on a large plan, as issue 21 asks: a .docx of about 2 MB and a LibreOffice PDF of
# about 50 pages made from it, each read warm (ImportTiming), beside pdftotext -layout on the same PDF.
# The plan repeats the rows of a corpus spec, renumbered: a timing fixture, not a corpus document.
#
#   [SPEC=corpus spec .json] tools/corpus/time-import.sh [ROWS_FOR_PDF] [ROWS_FOR_DOCX]   # defaults h04, 450, 4000
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
pdf_rows=${1:-450}
docx_rows=${2:-4000}
work=$(mktemp -d /tmp/eduroadmap-timing-XXXXXX)
profile=$(mktemp -d /tmp/lo-profile-XXXXXX)
cp_file="$work/cp.txt"
trap 'rm -rf "$profile"' EXIT
cd "$root"
mvn -B -q -o -pl document -am test-compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
cp="document/target/test-classes:document/target/classes:$(cat "$cp_file")"
spec=${SPEC:-$root/document/src/test/resources/corpus/specs/h04-ege-nnov-2009.json}
for n in "$pdf_rows" "$docx_rows"; do
  python3 - "$spec" "$work/specs-$n/big-$n.json" "$n" <<'PY'
import json, os, sys
spec = json.load(open(sys.argv[1], encoding="utf-8"))
rows = [r for s in spec["sections"] for r in s["rows"]]
n = int(sys.argv[3])
out = []
for i in range(n):
    r = dict(rows[i % len(rows)])
    r["number"] = str(i + 1)
    out.append(r)
spec["id"] = "big-%d" % n
spec["layouts"] = [l for l in spec["layouts"] if l != "sections-merged"] + ["repeated-header"]
spec["sections"] = [{"title": None, "rows": out}]
os.makedirs(os.path.dirname(sys.argv[2]), exist_ok=True)
json.dump(spec, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
  java -cp "$cp" org.eduroadmap.document.corpus.CorpusGenerator "$work/specs-$n" "$work"
done
# A clerk's .docx of that size carries scans (the coat of arms, a signed page): 2 MB of image bytes that the
# reader must carry through without reading them.
python3 - "$work/big-$docx_rows.docx" <<'PY'
import os, sys, zipfile
src = sys.argv[1]
with zipfile.ZipFile(src) as z:
    entries = [(i, z.read(i.filename)) for i in z.infolist()]
with zipfile.ZipFile(src, "w", zipfile.ZIP_DEFLATED) as z:
    for info, data in entries:
        if info.filename == "[Content_Types].xml" and b'Extension="jpeg"' not in data:
            data = data.replace(b"<Default ", b'<Default Extension="jpeg" ContentType="image/jpeg"/><Default ', 1)
        z.writestr(info, data)
    z.writestr("word/media/scan1.jpeg", os.urandom(2 * 1024 * 1024))
PY
soffice "-env:UserInstallation=file://$profile" --headless --norestore --convert-to pdf --outdir "$work" \
  "$work/big-$pdf_rows.docx" >/dev/null 2>&1
pages=$(pdfinfo "$work/big-$pdf_rows.pdf" | sed -n 's/^Pages: *//p')
echo "big-$pdf_rows.pdf: $pages pages; big-$docx_rows.docx: $(du -k "$work/big-$docx_rows.docx" | cut -f1) KB"
start=$(date +%s%N)
for i in 1 2 3 4 5; do pdftotext -layout "$work/big-$pdf_rows.pdf" /dev/null; done
echo "pdftotext -layout big-$pdf_rows.pdf: $(( ($(date +%s%N) - start) / 5000000 )) ms (mean of 5)"
java -cp "$cp" org.eduroadmap.document.corpus.ImportTiming "$work/big-$pdf_rows.pdf" "$work/big-$docx_rows.docx"
echo "files in $work"
