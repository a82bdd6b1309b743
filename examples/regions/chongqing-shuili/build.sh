#!/bin/sh
# Rebuild this example from the published PDF: tool → fix_transcription.py → xlsx_to_source.py → npm run sample,
# then check it against the PDF text and audit it.  Run from anywhere; work files go to /tmp/chongqing-shuili-build.
set -e
HERE=$(cd "$(dirname "$0")" && pwd); MAIN=$(cd "$HERE/../../.." && pwd); W=/tmp/chongqing-shuili-build; mkdir -p $W
PY="env PYTHONPATH=/tmp/pp-v0.10.4:/tmp/stubs /usr/bin/python3"
git --git-dir=/work/.mirror/calinchow-del+renwu/repo show \
  "8af6eb4b18439a2eadf2e7dc81f5eb15b3ae2383:预算数据/004_重庆/2026年重庆市水利局部门预算.pdf" > $W/doc.pdf
$PY "$MAIN/scripts/transcribe/pdf_tables_to_xlsx.py" $W/doc.pdf $W/tool.xlsx $W/narrative_tool.txt > "$HERE/transcribe.json"
$PY "$HERE/fix_transcription.py" $W/doc.pdf $W/tool.xlsx $W/fixed.xlsx
$PY "$MAIN/scripts/transcribe/xlsx_to_source.py" $W/fixed.xlsx "$HERE/source.txt" "$HERE/transcribe.json" > /dev/null
$PY "$HERE/make_narrative.py" $W/narrative_tool.txt "$HERE/narrative.txt"
(cd "$MAIN" && npm run build:node && npm run sample)
$PY "$HERE/verify_pdf.py" $W/doc.pdf "$HERE/workbook.xlsx" "$HERE/transcribe.json"
$PY "$HERE/audit.py" "$HERE/workbook.xlsx" --write
