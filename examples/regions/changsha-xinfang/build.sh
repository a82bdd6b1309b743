#!/bin/sh
# tool -> fix_transcription.py -> converter -> fix_source.py -> source.txt  (workbook.xlsx: cd /work/main && npm run sample)
set -e
cd "$(dirname "$0")"
PY="env PYTHONPATH=/tmp/pp-v0.10.4:/tmp/stubs /usr/bin/python3"
PDF=${1:-/tmp/cs2/xfj.pdf}
$PY ../../../scripts/transcribe/pdf_tables_to_xlsx.py "$PDF" /tmp/cs2/tool.xlsx /tmp/cs2/tool_narr.txt > transcribe.json
$PY fix_transcription.py /tmp/cs2/tool.xlsx /tmp/cs2/fixed.xlsx
$PY ../../../scripts/transcribe/xlsx_to_source.py /tmp/cs2/fixed.xlsx source.txt transcribe.json > /dev/null
$PY fix_source.py source.txt
