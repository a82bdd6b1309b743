#!/usr/bin/env python3
"""Cell-by-cell check of the workbook against the PDF's own text (poppler's pdftotext), independent of the
transcription tool (which reads the PDF with pdfplumber).

usage: check_against_pdf.py DOCUMENT.pdf workbook.xlsx

Amounts: for each sheet, the multiset of its numeric cells must equal the multiset of the decimal numbers printed
on its page (pdftotext -bbox words; a number wrapped inside a narrow cell, "1682.7" over "6", is joined with the
fragment printed directly below it). Texts: every text cell, spaces removed, must occur in the page's text
(pdftotext default reading order, spaces and line breaks removed).
"""
import re
import subprocess
import sys
from collections import Counter
from decimal import Decimal
from html import unescape

import openpyxl

pdf, xlsx = sys.argv[1], sys.argv[2]
PAGES = {'收支总表': 6, '收入总表': 7, '支出总表': 8, '财政拨款收支总表': 9, '本年一般公共预算支出表': 10,
         '本年一般公共预算基本支出表': 11, '本年一般公共预算“三公”': 12, '本年政府性基金': 13, '项目支出表': 14,
         '国有资本经营': 15, '项目支出绩效目标表': 16}
AMOUNT = re.compile(r'^\d+\.\d+$')


def words(page):
    out = subprocess.run(['pdftotext', '-bbox', '-f', str(page), '-l', str(page), pdf, '-'],
                         capture_output=True, text=True).stdout
    ws = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', out):
        x0, y0, x1, y1 = map(float, m.groups()[:4])
        ws.append([x0, y0, x1, y1, unescape(m.group(5))])
    return ws


def printed_amounts(page, positions=False):
    ws = words(page)
    used = set()
    nums = []
    for i, w in enumerate(ws):
        if i in used:
            continue
        t = w[4]
        if re.fullmatch(r'\d+\.\d?', t):
            # a wrapped amount: look for a digits-only fragment right below, overlapping in x
            for j, v in enumerate(ws):
                if j != i and j not in used and re.fullmatch(r'\d+', v[4]) and 0 <= v[1] - w[3] < 4 \
                        and v[0] < w[2] and v[2] > w[0]:
                    t += v[4]
                    used.add(j)
                    break
        if AMOUNT.fullmatch(t):
            y = (w[1] + w[3]) / 2
            if t != w[4]:  # joined: centre between the two fragments
                y = (w[1] + ws[j][3]) / 2
            nums.append((y, w[0], Decimal(t)) if positions else Decimal(t))
    return nums


def printed_rows(page):
    """The page's amounts as rows, top to bottom, each left to right (rows: centres within 6pt)."""
    rows = []
    for y, x, v in sorted(printed_amounts(page, True)):
        if rows and y - rows[-1][0] < 6:
            rows[-1][1].append((x, v))
        else:
            rows.append([y, [(x, v)]])
    return [[v.normalize() for x, v in sorted(r[1])] for r in rows]


def page_text(page):
    t = subprocess.run(['pdftotext', '-f', str(page), '-l', str(page), pdf, '-'], capture_output=True, text=True).stdout
    return re.sub(r'\s+', '', t)


wb = openpyxl.load_workbook(xlsx)
bad = 0
for ws in wb.worksheets:
    page = next(p for k, p in PAGES.items() if ws.title.startswith(k))
    cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
    mine = []
    for c in cells:
        if isinstance(c.value, (int, float)):
            if ws.title.startswith('项目支出绩效目标表') and c.column != 3:
                continue  # 权重 40/20/10: integers, checked as text below
            mine.append(Decimal(repr(c.value)) if isinstance(c.value, float) else Decimal(c.value))
    printed = printed_amounts(page)
    a, b = Counter(x.normalize() for x in mine), Counter(x.normalize() for x in printed)
    if a == b:
        print(f'OK   {ws.title} (p{page}): {len(mine)} amounts equal the page\'s {len(printed)}')
    else:
        bad += 1
        print(f'DIFF {ws.title} (p{page}): only in workbook {dict(a - b)}, only in PDF {dict(b - a)}')
    if not ws.title.startswith('项目支出绩效目标表'):
        wrows = []
        for row in ws.iter_rows():
            vals = [Decimal(repr(c.value)).normalize() for c in row if isinstance(c.value, (int, float))]
            if vals:
                wrows.append(vals)
        prow = printed_rows(page)
        if wrows == prow:
            print(f'OK   {ws.title}: {len(wrows)} rows of amounts equal the page row by row, in order')
        else:
            bad += 1
            for i, (p, q) in enumerate(zip(wrows, prow)):
                if p != q:
                    print(f'ROW  {ws.title}: amount row {i + 1}: workbook {p} / PDF {q}')
            if len(wrows) != len(prow):
                print(f'ROW  {ws.title}: {len(wrows)} amount rows in the workbook, {len(prow)} on the page')
    text = page_text(page)
    missing = [f'{c.coordinate}={c.value!r}' for c in cells
               if not isinstance(c.value, (int, float)) and re.sub(r'\s+', '', str(c.value)) not in text]
    ints = [c for c in cells if isinstance(c.value, int) and ws.title.startswith('项目支出绩效目标表')]
    missing += [f'{c.coordinate}={c.value!r}' for c in ints if str(c.value) not in text]
    if missing:
        bad += 1
        print(f'TEXT {ws.title}: not found as printed: {missing}')
    else:
        print(f'OK   {ws.title}: every text cell found on the page')
print('all equal' if not bad else f'{bad} differences')
