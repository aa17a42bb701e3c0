#!/usr/bin/env bash
# The union's own rules as they reach a union: the bundled Markdown rules (knowledge/samples/union-rules) written as
# Word files (.docx, Word 97–2003 .doc, RTF) and OpenDocument texts (.odt) whose articles are numbered by lists, and as
# PDFs with a running header and page numbers, all saved by LibreOffice; those PDFs laid out again as OFD files
# (bench/PdfToOfd); and the PDFs scanned (read by OCR): straight, 2° askew, sideways, in colour with a red seal across
# the text, photographed at an angle, as OFD, and as one JPEG file a page. Each format is indexed and measured with
# bench/eval/union-members.qrels.jsonl beside the Markdown originals. If the readers lose nothing, the rows are equal.
# Usage: bench/formats/run.sh. Needs LibreOffice (soffice: apt-get install libreoffice-writer-nogui), poppler-utils and
# img2pdf (for the scans, read by OCR), and Node.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y libreoffice-writer-nogui" >&2; exit 2; }
command -v pdftoppm >/dev/null && command -v img2pdf >/dev/null || { echo "pdftoppm or img2pdf not found: apt-get install -y poppler-utils img2pdf" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release indexer >/dev/null
dotnet build -c Release bench/ScanVariants >/dev/null
dotnet build -c Release bench/PdfToOfd >/dev/null
indexer=./indexer/bin/Release/net10.0/indexer
scanvariants=./bench/ScanVariants/bin/Release/net10.0/scanvariants
pdftoofd=./bench/PdfToOfd/bin/Release/net10.0/pdftoofd

mkdir -p "$work/fodt" "$work/md/工会制度" "$work/docx/工会制度" "$work/doc/工会制度" "$work/rtf/工会制度" "$work/odt/工会制度" "$work/pdf/工会制度" "$work/scan/工会制度" "$work/scan-askew/工会制度" "$work/scan-sideways/工会制度" "$work/ofd/工会制度" "$work/scan-ofd/工会制度" "$work/scan-seal/工会制度" "$work/colour" "$work/images/工会制度" "$work/scan-photo/工会制度"
cp knowledge/samples/union-rules/*.md "$work/md/工会制度/"
for rule in knowledge/samples/union-rules/*.md; do
  node bench/formats/to-fodt.js "$rule" "$work/fodt/$(basename "$rule" .md).fodt"
done
(cd "$work/docx/工会制度" && soffice --headless --convert-to docx "$work"/fodt/*.fodt >/dev/null)
(cd "$work/doc/工会制度" && soffice --headless --convert-to doc:"MS Word 97" "$work"/fodt/*.fodt >/dev/null)
(cd "$work/rtf/工会制度" && soffice --headless --convert-to rtf "$work"/fodt/*.fodt >/dev/null)
(cd "$work/odt/工会制度" && soffice --headless --convert-to odt "$work"/fodt/*.fodt >/dev/null)
(cd "$work/pdf/工会制度" && soffice --headless --convert-to pdf "$work"/fodt/*.fodt >/dev/null)

# Scans: each PDF page as a 150 dpi greyscale JPEG, as an office scanner saves it, wrapped in a PDF without text.
for pdf in "$work"/pdf/工会制度/*.pdf; do
  name=$(basename "$pdf" .pdf)
  pdftoppm -r 150 -gray -jpeg "$pdf" "$work/fodt/$name"
  img2pdf "$work/fodt/$name"-*.jpg -o "$work/scan/工会制度/$name.pdf"
  # The same pages as image files, one a page (name-1.jpg, name-2.jpg), as a scanner saves them to a folder.
  cp "$work/fodt/$name"-*.jpg "$work/images/工会制度/"
  # The same sheets fed 2° askew, and scanned sideways.
  "$scanvariants" --rotate 2 "$work/scan/工会制度/$name.pdf" "$work/scan-askew/工会制度/$name.pdf"
  "$scanvariants" --rotate 90 "$work/scan/工会制度/$name.pdf" "$work/scan-sideways/工会制度/$name.pdf"
  # And photographed with a phone: on a desk, at an angle, lit unevenly.
  "$scanvariants" --photo 1 "$work/scan/工会制度/$name.pdf" "$work/scan-photo/工会制度/$name.pdf"
  # The pages scanned in colour and stamped with a red seal across the text, as official documents are.
  pdftoppm -r 150 -jpeg "$pdf" "$work/colour/$name"
  img2pdf "$work/colour/$name"-*.jpg -o "$work/colour/$name.pdf"
  "$scanvariants" --seal 1 "$work/colour/$name.pdf" "$work/scan-seal/工会制度/$name.pdf"
  # The text PDF and the scan as OFD files.
  "$pdftoofd" "$pdf" "$work/ofd/工会制度/$name.ofd"
  "$pdftoofd" "$work/scan/工会制度/$name.pdf" "$work/scan-ofd/工会制度/$name.ofd"
done

for format in md docx doc rtf odt pdf ofd scan images scan-askew scan-sideways scan-photo scan-ofd scan-seal; do
  echo "== $format"
  /usr/bin/time -f "build: wall %e s, max RSS %M KB" "$indexer" build --source "$work/$format" --index "$work/index-$format" --json --list | tail -1
  "$indexer" eval --index "$work/index-$format" --qrels bench/eval/union-members.qrels.jsonl --json | tail -1
done
