#!/usr/bin/env python3
"""Corrections to pdf_tables_to_xlsx.py's workbook for 2026年杭州市司法局部门预算.pdf.

Usage: fix_transcription.py BUDGET.pdf TOOL.xlsx FIXED.xlsx

Applied between the tool and xlsx_to_source.py; each correction checked against the PDF
(pdfplumber words with keep_blank_chars, and pdftotext -layout).

1. Indentation. This template (原点财通 export) prints NO subject codes: the level of a 功能分类 /
   经济分类 name is shown by leading U+3000 characters that ARE in the PDF text (款 '　司法',
   项 '　　行政运行'); the 收入 sub-items of 表1/表4 carry four ('　　　　一般公共预算'), the 单位 rows
   of 表2 one ('　杭州市东郊监狱' under the department row '杭州市司法局'). The tool strips them.
   Each name gets back exactly the U+3000 run it has in the PDF (matched in reading order; a
   name wrapped over two lines in the PDF, as in 表2, is matched on its first line).
   (The PDF also prints ' 一、财政拨款' with one ASCII space in 表1/表4: a rendering space, not kept.)
2. 栏次 rows ('**', 1, 2, 3 …) under the header of 表2, 表3, 表5–表10: kept by the tool as a body
   row; removed (rule of these examples).
3. Notes printed under tables that the tool drops, put back in column A one row below the last
   row with one blank row between (as printed): 表1 尾差 note, 表7 scope note, 表8 and 表9
   empty-table notes ('备注：本部门没有…，故本表无数据。').
4. Decimals. Every amount is printed with two decimals ('12,868.00', '25.00'); the tool keeps
   numbers only (12868). Every number cell below the header gets number format 0.00 so that
   source.txt writes it as printed. verify_pdf.py checks that each PDF amount has two decimals.
"""
import sys
import pdfplumber
import openpyxl

pdf_path, src, dst = sys.argv[1:4]
pdf = pdfplumber.open(pdf_path)
wb = openpyxl.load_workbook(src)
IDSP = '\u3000'

def sheet(n):
    for ws in wb.worksheets:
        if ws.title.startswith(f'表{n}2026'):
            return ws
    raise KeyError(n)

PAGES = {1: (23, 24), 2: (25, 25), 3: (26, 27), 4: (28, 29), 5: (30, 31), 6: (32, 33),
         7: (34, 34), 8: (35, 35), 9: (36, 36), 10: (37, 38)}

def words(n, xmin, xmax):
    a, b = PAGES[n]
    out = []
    for pn in range(a, b + 1):
        for w in pdf.pages[pn - 1].extract_words(keep_blank_chars=True):
            if xmin <= w['x0'] < xmax:
                out.append(w['text'].lstrip(' '))
    return out

def indent(n, col, first_row, last_row, xmin, xmax):
    ws = sheet(n)
    ws_words = words(n, xmin, xmax)
    i = 0
    changed = 0
    for r in range(first_row, last_row + 1):
        c = ws[f'{col}{r}']
        if not isinstance(c.value, str):
            continue
        target = c.value.replace(' ', '')
        while i < len(ws_words):
            w = ws_words[i].replace(' ', '')
            core = w.lstrip(IDSP)
            if core and target.startswith(core):
                break
            i += 1
        if i == len(ws_words):
            raise SystemExit(f'表{n} {col}{r}: {c.value!r} not found in the PDF')
        w = ws_words[i].replace(' ', '')
        lead = len(w) - len(w.lstrip(IDSP))
        i += 1
        if lead:
            c.value = IDSP * lead + c.value
            changed += 1
    print(f'表{n} {col}{first_row}:{col}{last_row}: {changed} names indented', file=sys.stderr)

# --- 1. indentation (name columns; x ranges of the name column on the table's pages) ---------
indent(1, 'A', 5, 47, 30, 200)
indent(1, 'C', 5, 47, 300, 420)
indent(2, 'A', 6, 14, 10, 80)
indent(3, 'A', 6, 46, 30, 200)
indent(4, 'A', 5, 46, 20, 200)
indent(4, 'C', 5, 46, 300, 420)
indent(5, 'A', 6, 45, 30, 200)
indent(6, 'A', 6, 49, 30, 200)

# --- 2. 栏次 rows ---------------------------------------------------------------------------
for n in (2, 3, 5, 6, 7, 8, 9, 10):
    ws = sheet(n)
    r = next(r for r in range(3, 7) if ws.cell(r, 1).value == '**')
    vals = [ws.cell(r, c).value for c in range(2, ws.max_column + 1)]
    nums = [x for x in vals if x != '**']
    assert nums == list(range(1, len(nums) + 1)), (n, vals)
    ws.delete_rows(r)

# --- 3. notes under tables ------------------------------------------------------------------
def note(n, text):
    ws = sheet(n)
    ws.cell(ws.max_row + 2, 1).value = text
note(1, '注：本套报表若明细数加计之和与合计数有尾差，系套表金额转换时四舍五入造成，不另行调整。')
note(7, '注：不含教学科研人员学术交流因公出国（境）费用。')
note(8, '备注：本部门没有政府性基金预算拨款安排的支出，故本表无数据。')
note(9, '备注：本部门没有国有资本经营预算拨款安排的支出，故本表无数据。')

# --- 4. two decimals as printed -------------------------------------------------------------
for ws in wb.worksheets:
    for row in ws.iter_rows(min_row=4):
        for c in row:
            if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                c.number_format = '0.00'

wb.save(dst)
print('fixed', dst)
