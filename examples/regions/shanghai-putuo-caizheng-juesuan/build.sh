#!/bin/sh
# Rebuilds this example from the published PDF: sh build.sh [PYTHON]
#   PYTHON: a python3 with pdfplumber and openpyxl (here: env PYTHONPATH=/tmp/pp-v0.10.4:/tmp/stubs /usr/bin/python3)
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
py=${1:-python3}
tmp=$(mktemp -d)
git --git-dir=/work/.mirror/zxj6827111-blip+GovBudgetChecker/repo show \
  "91faac5bb93a5c56d60ca072d497b9fe94123a03:samples/good/上海市普陀区财政局2024年度部门决算.pdf" > "$tmp/juesuan.pdf"
$py "$root/scripts/transcribe/pdf_tables_to_xlsx.py" "$tmp/juesuan.pdf" "$tmp/tool.xlsx" "$tmp/tool.txt" > "$here/transcribe.json"
$py "$here/fix_transcription.py" "$tmp/juesuan.pdf" "$tmp/tool.xlsx" "$tmp/fixed.xlsx"
$py "$root/scripts/transcribe/xlsx_to_source.py" "$tmp/fixed.xlsx" "$here/source.txt" "$here/transcribe.json" > /dev/null
$py "$here/fix_source.py" "$here/source.txt"
# narrative.txt: the prose pages, from pdftotext (the tool's prose output splits every number from its sentence here)
for p in 4 5 21 22 23 24 25; do pdftotext -f $p -l $p "$tmp/juesuan.pdf" - 2>/dev/null | sed -e 's/\f//'; done | cat -s > "$here/narrative.txt"
(cd "$root" && { npm run --silent build:node >/dev/null || echo "build:node failed: using the existing build/"; } && npm run --silent sample)
$py "$here/check_against_pdf.py" "$tmp/juesuan.pdf" "$here/workbook.xlsx"
$py "$here/audit.py" --write-expected | tail -2
