#!/usr/bin/env python3
"""Corrections applied to the workbook written by scripts/transcribe/pdf_tables_to_xlsx.py before
xlsx_to_source.py converts it.   usage: fix_transcription.py TOOL.xlsx FIXED.xlsx

Each correction was checked against the PDF (pdftotext -layout and a rendering of the page)."""
import sys
import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])

def sheet(prefix):
    (ws,) = [ws for ws in wb.worksheets if ws.title.startswith(prefix)]
    return ws

# 1. 表四 (PDF page 18): the text layer has a tiny 9pt SimSun "1" at x=35.3 just left of "（一）一般公共预算资金"
#    and "（二）政府性基金预算资金"; it is hidden under the "（" and does not show on the printed page (checked on
#    a 3x rendering), so the tool's "1（一）…" / "1（二）…" are read as printed: "（一）…" / "（二）…".
ws = sheet('表四')
for addr, printed in (('A6', '（一）一般公共预算资金'), ('A7', '（二）政府性基金预算资金')):
    assert ws[addr].value == '1' + printed, (addr, ws[addr].value)
    ws[addr].value = printed

# 2. 表一 (PDF page 11): the note printed right under the table was dropped by the tool; it is part of the
#    table as published (and says the department's tables may have rounding residues, "下同").
ws = sheet('表一')
assert ws.max_row == 14 and ws['A15'].value is None
ws['A15'].value = '注：由于四舍五入因素，部分分项加和与合计可能略有差异，下同。'

wb.save(sys.argv[2])
print('fixed:', sys.argv[2])
