#!/usr/bin/env python3
"""Corrections applied between pdf_tables_to_xlsx.py and xlsx_to_source.py for the 广州市民政局
2026 部门预算 (SOURCE.md). Adapted from examples/regions/guangzhou-guoziwei (same 12-table template).

usage: PYTHONPATH=/tmp/pp-v0.10.4:/tmp/stubs /usr/bin/python3 fix_transcription.py BUDGET.pdf TOOL.xlsx FIXED.xlsx

Each correction below is checked against the PDF text (pdftotext -layout, and the PDF's own characters read with
pdfplumber); the script stops with an error when what it expects is not there.

1. 表11 continues over pages 23–26 and 表12 over pages 27–70; each continuation page repeats the table header.
   The tool dropped the first header line of the repeat but kept its second line (合计 | 一般公共预算 |
   政府性基金预算 | 国有资本经营预算) as a body row (表11: 3 rows, 表12: 43 rows, one per continuation page).
   A clerk's workbook has the header once: these rows are deleted.
2. The published name cells carry their hierarchy as leading ideographic spaces (U+3000) in the text itself
   (表3 names, 表5/表6/表7 codes-with-names, 表8 items, 表11 经济分类 rows under each 单位, 表12 projects under each
   单位; 表10's names are not indented): e.g. "\u3000[20805]行政事业单位养老支出", "\u3000\u3000其他运行经费". The tool strips them. They are put back,
   exactly as many as the PDF has, by matching each name cell in order to the first line of its cell in the PDF
   (first lines start 5.8pt right of the column edge, wrapped continuation lines 0.8pt right of it).
4. Every amount is printed with two decimals (and thousands separators): the amount cells get the number format
   #,##0.00 so that the sheet source keeps the two decimals (155103.80, not 155103.8).
3. The notes printed under each table (注：无。 / 表10 (empty) 注：本表本年无发生额。 / 表1's two lines ...) are not written by
   the tool; they are added in column A of the row right under the table's last row, as printed.
"""
import collections
import sys

import openpyxl
import pdfplumber

pdf_path, src, dst = sys.argv[1:4]
pdf = pdfplumber.open(pdf_path)
wb = openpyxl.load_workbook(src)


def fail(msg):
    sys.exit('fix_transcription: ' + msg)


def segments(pn):
    """(top, x0, text) of each run of characters on page pn (1-based), in reading order; text keeps U+3000."""
    p = pdf.pages[pn - 1]
    lines = collections.defaultdict(list)
    for c in p.chars:
        lines[round(c['top'])].append(c)
    out = []
    for tp in sorted(lines):
        cs = sorted(lines[tp], key=lambda c: c['x0'])
        segs, cur = [], [cs[0]]
        for c in cs[1:]:
            if c['x0'] - cur[-1]['x1'] > 3:
                segs.append(cur)
                cur = [c]
            else:
                cur.append(c)
        segs.append(cur)
        for s in segs:
            out.append((tp, s[0]['x0'], ''.join(c['text'] for c in s)))
    return out


def sheet(prefix):
    for ws in wb.worksheets:
        if ws.title.startswith(prefix + ' '):
            return ws
    fail('no sheet ' + prefix)


# ---- 1. repeated header lines inside 表11 / 表12
REPEAT = ['合计', '一般公共预算', '政府性基金预算', '国有资本经营预算']
for name, expect in (('表11', [27, 55, 85]),
                     ('表12', [10, 15, 21, 28, 33, 40, 45, 52, 58, 64, 72, 81, 88, 94, 99, 103, 112, 119, 125, 133, 140,
                               151, 160, 166, 174, 180, 188, 194, 201, 208, 216, 225, 233, 242, 250, 258, 266, 272, 280,
                               289, 298, 306, 314])):
    ws = sheet(name)
    found = [r for r in range(5, ws.max_row + 1)
             if ws.cell(r, 1).value is None and [ws.cell(r, c).value for c in range(3, 7)] == REPEAT]
    if found != expect:
        fail(f'{name}: repeated header rows {found}, expected {expect}')
    for r in reversed(found):
        ws.delete_rows(r)
    print(f'{name}: deleted repeated header rows {found}')

# ---- 2. leading U+3000 in name cells
# sheet, name column, pages, x of a cell's first line in the PDF, first body row of the sheet (the geometry of the
# template is the one of guangzhou-guoziwei: name cells start at x 47.8, 表3's name column at 146.0; 表9's names,
# like 表10's, are not indented)
X_NAME, X_T3 = 47.8, 146.0
INDENTED = [('表3', 2, [9, 10, 11], X_T3, 6), ('表5', 1, [14, 15], X_NAME, 6), ('表6', 1, [16, 17], X_NAME, 5),
            ('表7', 1, [18, 19], X_NAME, 5), ('表8', 1, [20], X_NAME, 4),
            ('表11', 1, [23, 24, 25, 26], X_NAME, 6), ('表12', 1, list(range(27, 71)), X_NAME, 6)]
total = 0
for name, col, pages, x_first, first_row in INDENTED:
    ws = sheet(name)
    firsts = [t for pn in pages for (tp, x, t) in segments(pn) if abs(x - x_first) < 1.5]
    i = 0
    changed = 0
    for r in range(first_row, ws.max_row + 1):
        v = ws.cell(r, col).value
        if not isinstance(v, str):
            continue
        # the next first line in the PDF whose text (without its U+3000) begins the cell's text; header lines
        # and the centred 合计 are not at x_first, body cells are all there: look at most 3 ahead
        for j in range(i, min(i + 3, len(firsts))):
            bare = firsts[j].lstrip('\u3000')
            if bare and v.startswith(bare):
                lead = len(firsts[j]) - len(bare)
                if lead:
                    ws.cell(r, col).value = '\u3000' * lead + v
                    changed += 1
                i = j + 1
                break
        else:
            fail(f'{name}!{ws.cell(r, col).coordinate} {v!r}: no first line in the PDF')
    n3000 = sum(1 for t in firsts if t.startswith('\u3000'))
    if changed != n3000:
        fail(f'{name}: {changed} cells indented, but the PDF has {n3000} indented first lines')
    total += changed
    print(f'{name}: {changed} name cells get their leading U+3000 back')

# ---- 3. notes under the tables, as printed (page, text)
NOTES = {'表1': ['注：财政拨款收支情况包括一般公共预算、政府性基金预算、国有资本经营预算拨款收支情况。',
                '本套报表金额单位转换时可能存在尾数误差。'],
         '表2': ['注：无。'], '表3': ['注：无。'], '表4': ['注：表中功能分类科目，根据部门实际预算编制情况编列。'],
         '表5': ['注：无。'], '表6': ['注：无。'], '表7': ['注：无。'], '表8': ['注：无。'], '表9': ['注：无。'],
         '表10': ['注：本表本年无发生额。'], '表11': ['注：无。'], '表12': ['注：无。']}
printed = [t for pn in range(6, 71) for (tp, x, t) in segments(pn) if abs(x - 42.0) < 0.5
           and (t.startswith('注') or t.startswith('本套'))]
if printed != [t for v in NOTES.values() for t in v]:
    fail(f'notes in the PDF differ: {printed}')
for name, lines in NOTES.items():
    ws = sheet(name)
    last = ws.max_row
    for k, t in enumerate(lines):
        ws.cell(last + 1 + k, 1).value = t
print('notes added under 12 tables')

# ---- 4. two decimals on every amount, as printed
n = 0
for ws in wb.worksheets:
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                c.number_format = '#,##0.00'
                n += 1
print(f'{n} amount cells formatted #,##0.00')
wb.save(dst)
