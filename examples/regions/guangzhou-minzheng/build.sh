#!/bin/sh
# Rebuilds this example from the published PDF: sh build.sh [PYTHON]
#   PYTHON: a python3 with pdfplumber and openpyxl (here: env PYTHONPATH=/tmp/pp-v0.10.4:/tmp/stubs /usr/bin/python3)
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
py=${1:-python3}
tmp=$(mktemp -d)
git --git-dir=/work/.mirror/calinchow-del+renwu/repo show \
  "8af6eb4b18439a2eadf2e7dc81f5eb15b3ae2383:预算数据/005_广州/民政局_2026年部门预算.pdf" > "$tmp/budget.pdf"
$py "$root/scripts/transcribe/pdf_tables_to_xlsx.py" "$tmp/budget.pdf" "$tmp/tool.xlsx" "$tmp/tool_narr.txt" > "$here/transcribe.json"
$py "$here/fix_transcription.py" "$tmp/budget.pdf" "$tmp/tool.xlsx" "$tmp/fixed.xlsx"
$py "$root/scripts/transcribe/xlsx_to_source.py" "$tmp/fixed.xlsx" "$here/source.txt" "$here/transcribe.json" > /dev/null
(cd "$root" && npm run --silent build:node && npm run --silent sample)
$py "$here/verify_pdf.py" "$tmp/budget.pdf" > "$here/verify_pdf.out"
$py "$here/make_narrative.py" "$tmp/budget.pdf" "$here/narrative.txt"
$py "$here/audit.py" > "$here/audit.out"
$py "$here/make_expected.py"
