#!/bin/sh
# Rebuilds this example from the published PDF: sh build.sh [PYTHON]
#   PYTHON: a python3 with pdfplumber and openpyxl (here: env PYTHONPATH=/tmp/pp-v0.10.4:/tmp/stubs /usr/bin/python3)
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
py=${1:-python3}
tmp=$(mktemp -d)
git --git-dir=/work/.mirror/calinchow-del+renwu/repo show \
  "8af6eb4b18439a2eadf2e7dc81f5eb15b3ae2383:预算数据/003_深圳/2026年深圳市人民政府国有资产监督管理委员会部门预算.pdf" > "$tmp/budget.pdf"
$py "$root/scripts/transcribe/pdf_tables_to_xlsx.py" "$tmp/budget.pdf" "$tmp/tool.xlsx" "$tmp/tool_narr.txt" > "$here/transcribe.json"
$py "$here/fix_transcription.py" xlsx "$tmp/budget.pdf" "$tmp/tool.xlsx" "$tmp/fixed.xlsx"
$py "$root/scripts/transcribe/xlsx_to_source.py" "$tmp/fixed.xlsx" "$tmp/raw_source.txt" "$here/transcribe.json" > /dev/null
$py "$here/fix_transcription.py" source "$tmp/raw_source.txt" "$here/source.txt"
(cd "$root" && npm run --silent build:node && npm run --silent sample)
$py "$here/check_against_pdf.py" "$tmp/budget.pdf" "$here/workbook.xlsx" "$here/transcribe.json" > "$here/check_against_pdf.out"
$py "$here/make_narrative.py" "$tmp/budget.pdf" "$here/narrative.txt"
$py "$here/audit.py" --write > "$here/audit.out"
tail -4 "$here/audit.out"
