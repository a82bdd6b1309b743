#!/usr/bin/env python3
"""Corrections applied between pdf_tables_to_xlsx.py and xlsx_to_source.py for the 重庆市水利局 2026 部门预算
(SOURCE.md).   usage: PYTHONPATH=/tmp/pp-v0.10.4:/tmp/stubs /usr/bin/python3 fix_transcription.py DOC.pdf TOOL.xlsx FIXED.xlsx
(the same three corrections as ../chongqing-xuanchuan/: both PDFs are made by WPS 文字 from the same 重庆市级 template)

Each correction is checked against the PDF's own characters (pdfplumber) and pdftotext -layout; the script stops
when what it expects is not there.

1. Titles: the PDF (made by WPS 文字) has NO space character anywhere (checked below, all 33 pages); the gap printed
   between "2026" and "年" is WPS's automatic spacing between Latin and CJK text, and pdfplumber's text extraction
   turns that gap into a space ("2026 年部门收支总体情况表"). The title characters are "2026年部门收支总体情况表":
   the space is removed from the nine titles (A1) and from the sheet names made from them. (The single space between
   "表一" and the title is the tool's join of the two printed lines, as in the chongqing/ example.)
2. 表一 (PDF page 12): the note printed right under the table was dropped by the tool; it is put back in column A of
   the row under the table, as printed (…与合计可能略有差异，下同。, the wording of the chongqing/ example).
3. Every amount is printed with two decimals (186,549.30, 40,000.00, 20.00): the amount cells get the number format
   #,##0.00 so that the sheet source writes them as printed (40000.00, not 40000). Blank cells stay blank: this
   template prints nothing, not 0.00, where there is no amount.
"""
import re
import sys

import openpyxl
import pdfplumber

pdf_path, src, dst = sys.argv[1:4]
pdf = pdfplumber.open(pdf_path)
wb = openpyxl.load_workbook(src)
TABLE_PAGES = range(12, 30)          # 表一 p12 … 表九 p29 (表十–十二 绩效目标 on p30–33 are not transcribed)


def fail(msg):
    sys.exit('fix_transcription: ' + msg)


def page_chars(pn):
    # the page's characters line by line, with the gaps pdfplumber renders as spaces taken out again: the PDF has
    # no space characters
    return re.sub(r'\s', '', pdf.pages[pn - 1].extract_text())


# ---- 1. titles without the extracted autospace
spaces = sum(1 for p in pdf.pages for c in p.chars if c['text'].isspace())
if spaces:
    fail(f'the PDF has {spaces} space characters: the title rule below does not apply')
n = 0
for ws in wb.worksheets:
    t = ws['A1'].value
    m = re.fullmatch(r'(表[一二三四五六七八九十]+) 2026 年(.+)', t or '')
    if not m:
        fail(f'{ws.title}: unexpected title {t!r}')
    printed = f'2026年{m.group(2)}'
    if not any(printed in page_chars(pn) for pn in TABLE_PAGES):
        fail(f'{printed!r} not in the PDF characters')
    ws['A1'].value = f'{m.group(1)} {printed}'
    ws.title = ws['A1'].value
    n += 1
print(f'{n} titles and sheet names: "2026 年" -> "2026年"')

# ---- 2. the note under 表一
NOTE = '注：由于四舍五入因素，部分分项加和与合计可能略有差异，下同。'
if NOTE not in page_chars(12):
    fail('表一 note not on page 12')
ws = wb.worksheets[0]
if not (ws.title.startswith('表一') and ws.max_row == 14 and ws['A14'].value == '九、其他收入资金'):
    fail('表一 does not end at row 14 with 九、其他收入资金')
ws['A15'].value = NOTE
print('表一: note restored at A15')
# no other table page prints a note (checked: no 注 on pages 13–29)
for pn in range(13, 30):
    if '注：' in page_chars(pn):
        fail(f'a note on page {pn}: not handled')

# ---- 3. two decimals on every amount
n = 0
for ws in wb.worksheets:
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                c.number_format = '#,##0.00'
                n += 1
print(f'{n} amount cells formatted #,##0.00')
wb.save(dst)
