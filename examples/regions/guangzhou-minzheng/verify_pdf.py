#!/usr/bin/env python3
"""Checks workbook.xlsx against the PDF text, independent of the engine.

usage: PYTHONPATH=/tmp/pp-v0.10.4:/tmp/stubs /usr/bin/python3 verify_pdf.py DOC.pdf [workbook.xlsx]

1. amounts: every d,ddd.dd token that `pdftotext -layout` prints on the table pages (6–70), in reading order,
   equals, in order, the numeric cells of the workbook read sheet by sheet, row by row (exact decimals, the
   cell's 0.00 format giving the printed digits);
2. text: every text cell of the workbook (whitespace removed; U+3000 is whitespace too) is found in the characters
   pdfplumber reads on the pages of its table (line by line, whitespace removed) or equals the characters of one
   ruled cell of those pages (a wrapped cell's lines joined), so names, projects and 绩效目标 texts are as printed.
"""
import re, subprocess, sys, os
from decimal import Decimal
import openpyxl, pdfplumber

pdf_path = sys.argv[1]
wb_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'workbook.xlsx')
FIRST, LAST = 6, 70
txt = subprocess.run(['pdftotext', '-layout', '-f', str(FIRST), '-l', str(LAST), pdf_path, '-'],
                     capture_output=True, text=True, check=True).stdout
pdf_amounts = [Decimal(t.replace(',', '')) for t in re.findall(r'(?<![\d.,])-?\d{1,3}(?:,\d{3})*\.\d\d(?![\d])', txt)]
wb = openpyxl.load_workbook(wb_path)
cells = []
for ws in wb.worksheets:
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                pass  # workbook.xlsx keeps no number format; source.txt holds the printed digits
                cells.append((ws.title, c.coordinate, Decimal(str(c.value)).quantize(Decimal('0.01'))))
bad = 0
if len(cells) != len(pdf_amounts):
    print(f'count differs: workbook {len(cells)}, PDF {len(pdf_amounts)}')
    bad += 1
for k, ((s, a, v), p) in enumerate(zip(cells, pdf_amounts)):
    if v != p:
        print(f'#{k} {s}!{a}: workbook {v}, PDF {p}')
        bad += 1
        if bad > 10:
            break
print(f'amounts: {len(cells)} cells against {len(pdf_amounts)} PDF amounts, {bad} differences')

# text cells against the characters of the table's pages
import json
tj = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'transcribe.json')))
pages = {t['title']: t['pages'] for t in tj['tables']}
pdf = pdfplumber.open(pdf_path)
chars = {}
def page_text(pn):
    if pn not in chars:
        chars[pn] = re.sub(r'\s', '', ''.join(c['text'] for c in sorted(pdf.pages[pn - 1].chars, key=lambda c: (round(c['top']), c['x0']))))
    return chars[pn]
def cell_texts(pn):
    """the text of every ruled cell of page pn, whitespace removed (a wrapped cell's lines joined)"""
    p = pdf.pages[pn - 1]
    out = set()
    for t in p.find_tables():
        for bbox in t.cells:
            x0, top, x1, bottom = bbox
            cs = [c for c in p.chars if x0 - 0.5 <= (c['x0'] + c['x1']) / 2 <= x1 + 0.5
                  and top - 0.5 <= (c['top'] + c['bottom']) / 2 <= bottom + 0.5]
            cs.sort(key=lambda c: (round(c['top']), c['x0']))
            out.add(re.sub(r'\s', '', ''.join(c['text'] for c in cs)))
    return out
missing = 0
ntext = 0
for ws in wb.worksheets:
    pns = pages[ws.title]
    full = ''.join(page_text(pn) for pn in pns)
    cellset = set().union(*(cell_texts(pn) for pn in pns))
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str):
                ntext += 1
                t = re.sub(r'\s', '', c.value)
                if t in full or t in cellset:
                    continue
                missing += 1
                print(f'text not found: {ws.title}!{c.coordinate} {c.value[:40]!r}')
print(f'text: {ntext} cells, {missing} not found in the page text or as a ruled cell of the PDF')
sys.exit(1 if bad or missing else 0)
