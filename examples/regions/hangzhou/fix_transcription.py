#!/usr/bin/env python3
"""Corrections to pdf_tables_to_xlsx.py's workbook for 2026年杭州市交通运输局部门预算.pdf.

Usage: fix_transcription.py BUDGET.pdf TOOL.xlsx FIXED.xlsx

Applied between the tool and xlsx_to_source.py. Every correction is checked against the PDF
(pdftotext -layout and pdfplumber word positions); cell addresses of the tool are kept except
where a row is removed (表2, see below).

1. Indentation. This template prints NO subject codes: 功能分类 / 经济分类 names alone, the level
   shown only by the x position of the name (类 at the column edge, 款 one character (~10pt) in,
   项 two characters in). The PDF has no space characters: the offset is positional. The tool
   strips it, which loses the hierarchy (e.g. 其他一般公共服务支出 is both 款 and 项; 公路水路运输 is
   a 款 under 交通运输支出 and a 项 under 超长期特别国债安排的支出). We restore it as leading
   ordinary spaces, two per character width (10pt) of offset, measured from the PDF for every
   row. Same for the 收入 sub-items of 表1/表4 (一般公共预算 … printed 4 characters in) and the
   单位 rows of 表2 (printed under the department's own 合计 row, slightly indented).
2. 表2: the name 杭州市综合交通运输研究中心 wraps over the page break (p.24 '…研究', p.25 '中心');
   the tool made '中心' a row of its own (A15). Joined into A14 and row 15 removed.
3. Notes printed under tables that the tool drops: 表1 '注：本套报表若明细数…' (p.23),
   表7 '注：不含教学科研人员学术交流因公出国（境）费用。' (p.34), 表9 '备注：本部门没有国有资本经营预算
   拨款安排的支出，故本表无数据。' (p.36, the empty-table note). Written in column A one row below
   the table's last row (one blank row between, as printed).
"""
import sys
import pdfplumber
import openpyxl

pdf_path, src, dst = sys.argv[1:4]
pdf = pdfplumber.open(pdf_path)
wb = openpyxl.load_workbook(src)
sheets = {ws.title[:3].rstrip('2'): ws for ws in wb.worksheets}  # '表1', '表2', … '表10'
def sheet(n):
    for ws in wb.worksheets:
        if ws.title.startswith(f'表{n}2026'):
            return ws
    raise KeyError(n)

def words(pages, xmin, xmax):
    out = []
    for pn in pages:
        for w in pdf.pages[pn - 1].extract_words(keep_blank_chars=True):
            if xmin <= w['x0'] < xmax and not w['text'][:1].isdigit():
                out.append((w['text'].strip(), w['x0']))
    return out

def indent(n, col, first_row, last_row, pages, xmin, xmax, base, per=10.0):
    """Prefix each name in col first_row..last_row with 2 spaces per `per` pt of offset."""
    ws = sheet(n)
    ws_words = words(pages, xmin, xmax)
    i = 0
    for r in range(first_row, last_row + 1):
        c = ws[f'{col}{r}']
        if not isinstance(c.value, str):
            continue
        target = c.value.replace(' ', '')
        # find the PDF word that starts this name (skip header words), then join wrapped lines
        while i < len(ws_words) and not target.startswith(ws_words[i][0].replace(' ', '')):
            i += 1
        if i == len(ws_words):
            raise SystemExit(f'表{n} {col}{r}: {c.value!r} not found in the PDF')
        x0 = ws_words[i][1]
        got = ws_words[i][0].replace(' ', '')
        i += 1
        while got != target and i < len(ws_words):
            got += ws_words[i][0].replace(' ', '')
            i += 1
        if got != target:
            raise SystemExit(f'表{n} {col}{r}: {c.value!r} != PDF {got!r}')
        level = max(0, round((x0 - base) / per))
        c.value = '  ' * level + c.value

# --- 2. 表2: join the name broken over the page break, drop the extra row --------------------
t2 = sheet(2)
assert t2['A14'].value == '杭州市综合交通运输研究' and t2['A15'].value == '中心'
assert all(t2.cell(15, c).value is None for c in range(2, t2.max_column + 1))
t2['A14'].value = '杭州市综合交通运输研究中心'
t2.delete_rows(15)

# --- 1. indentation -------------------------------------------------------------------------
# 表1 (pp.22-23): 收入 names at x≈43 (一、…) and x≈83 (sub-items); 支出 names x≈306/316/326
indent(1, 'A', 5, 52, [22, 23], 30, 200, 43.0)
indent(1, 'C', 5, 52, [22, 23], 300, 420, 306.5)
# 表2 (pp.24-25): 合计 / department row x≈15.4, its 单位 rows start x≈23.4 (8pt in → 2 spaces)
indent(2, 'A', 6, 15, [24, 25], 10, 80, 15.4, per=8.0)
# 表3 (pp.26-27), 表5 (pp.30-31), 表6 (pp.32-33), 表8 (p.35): names at x≈44/54/64
indent(3, 'A', 6, 51, [26, 27], 30, 200, 44.0)
indent(5, 'A', 6, 44, [30, 31], 30, 200, 44.4)
indent(6, 'A', 6, 49, [32, 33], 30, 200, 44.4)
indent(8, 'A', 6, 15, [35], 30, 200, 45.0)
# 表4 (pp.28-29): 收入 x≈28/68, 支出 x≈306/316/326 (一、本年支出合计 and 类 rows share x≈306)
indent(4, 'A', 5, 52, [28, 29], 20, 200, 27.6)
indent(4, 'C', 5, 52, [28, 29], 300, 420, 306.2)

# --- 3. notes under tables ------------------------------------------------------------------
def note(n, text):
    ws = sheet(n)
    ws.cell(ws.max_row + 2, 1).value = text
note(1, '注：本套报表若明细数加计之和与合计数有尾差，系套表金额转换时四舍五入造成，不另行调整。')
note(7, '注：不含教学科研人员学术交流因公出国（境）费用。')
note(9, '备注：本部门没有国有资本经营预算拨款安排的支出，故本表无数据。')

wb.save(dst)
print('fixed', dst)
