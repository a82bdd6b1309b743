#!/usr/bin/env python3
"""Compare workbook.xlsx with the PDF's own text (pdftotext -layout), table by table:
every amount printed on a table's pages must be in its sheet and vice versa (as multisets), and every
text cell of the sheet must occur in the pages' text (spaces ignored).
usage: verify_pdf.py DOC.pdf workbook.xlsx transcribe.json
(copied from ../chongqing-xuanchuan/, which extends ../chongqing/ with a column check at the end)"""
import json, re, subprocess, sys
from collections import Counter
from decimal import Decimal
import openpyxl
import pdfplumber

pdf, xlsx, tj = sys.argv[1:4]
tables = json.load(open(tj))['tables']
wb = openpyxl.load_workbook(xlsx)
AMOUNT = re.compile(r'(?<![\d,.])\d{1,3}(?:,\d{3})*\.\d{2}(?![\d])')
bad = 0
for t, ws in zip(tables, wb.worksheets):
    text = ''.join(subprocess.run(['pdftotext', '-layout', '-f', str(p), '-l', str(p), pdf, '-'],
                                  capture_output=True, text=True).stdout for p in t['pages'])
    in_pdf = Counter(Decimal(m.replace(',', '')) for m in AMOUNT.findall(text))
    in_ws, texts = Counter(), []
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, (int, float)):
                in_ws[Decimal(str(c.value)).quantize(Decimal('0.01'))] += 1
            elif isinstance(c.value, str):
                texts.append((c.coordinate, c.value))
    flat = re.sub(r'\s+', '', text)
    cells = set()
    for p in t['pages']:
        pg = pdfplumber.open(pdf).pages[p - 1]
        for tb in pg.find_tables():
            for (x0, top, x1, bottom) in tb.cells:
                cs = sorted((c for c in pg.chars if x0 <= (c['x0'] + c['x1']) / 2 <= x1
                             and top <= (c['top'] + c['bottom']) / 2 <= bottom), key=lambda c: (round(c['top']), c['x0']))
                cells.add(''.join(c['text'] for c in cs))
    missing_text = [(a, v) for a, v in texts if re.sub(r'\s+', '', v) not in flat and re.sub(r'\s+', '', v) not in cells
                    and not re.sub(r'\s+', '', v).startswith(re.sub(r'\s+', '', t['title'].split()[0]))]
    only_pdf, only_ws = in_pdf - in_ws, in_ws - in_pdf
    # rows: the amounts of each printed line, left to right, must be those of one sheet row, in order
    lines_pdf = Counter(tuple(Decimal(m.replace(',', '')) for m in AMOUNT.findall(l)) for l in text.splitlines())
    lines_ws = Counter(tuple(Decimal(str(c.value)).quantize(Decimal('0.01')) for c in row
                             if isinstance(c.value, (int, float))) for row in ws.iter_rows())
    del lines_pdf[()], lines_ws[()]
    row_diff = (lines_pdf - lines_ws, lines_ws - lines_pdf)
    ok = not only_pdf and not only_ws and not row_diff[0] and not row_diff[1]
    if row_diff[0] or row_diff[1]:
        print('   rows differ: pdf-only', dict(row_diff[0]), 'sheet-only', dict(row_diff[1]))
    bad += not ok
    print(f"{ws.title}: pages {t['pages']}, {sum(in_pdf.values())} amounts in PDF text, {sum(in_ws.values())} in sheet:",
          'SAME' if ok else f'DIFFER pdf-only {dict(only_pdf)} sheet-only {dict(only_ws)}')
    for a, v in missing_text:
        print(f'   text not found verbatim in the PDF pages: {a} {v!r}')
print('all tables agree with the PDF text' if not bad else f'{bad} tables differ')

# columns: blank cells are invisible to the checks above. For every sheet row holding amounts, the printed line with
# the same amounts (pdfplumber words, left to right) gives each amount's right edge x1 (amounts are right-aligned);
# each sheet column's x1 values must lie in a narrow band, and the bands must be disjoint and in column order, so
# no amount sits in a neighbouring (blank) column.
import pdfplumber
from collections import defaultdict
doc = pdfplumber.open(pdf)


def amount_words(page):
    """amounts built from the page's characters: runs of digits, ',' and '.' on one line with no gap (pdfplumber's
    words can glue an amount to the CJK text printed right after it)"""
    out, cur = [], []
    for c in sorted(page.chars, key=lambda c: (round(c['top']), c['x0'])):
        if c['text'] in '0123456789,.' and cur and abs(c['top'] - cur[-1]['top']) < 1 and c['x0'] - cur[-1]['x1'] < 1:
            cur.append(c)
            continue
        if cur:
            out.append(cur)
        cur = [c] if c['text'] in '0123456789,.' else []
    if cur:
        out.append(cur)
    words = []
    for run in out:
        t = ''.join(c['text'] for c in run)
        if AMOUNT.fullmatch(t):
            words.append({'text': t, 'top': run[0]['top'], 'x0': run[0]['x0'], 'x1': run[-1]['x1']})
    return words
col_bad = 0
for t, ws in zip(tables, wb.worksheets):
    lines = []
    for pn in t['pages']:
        # printed lines: amounts whose tops are within 3pt of the line's first amount (the two halves of 表一/表四
        # are drawn 1–2pt apart)
        groups = []
        for w in sorted(amount_words(doc.pages[pn - 1]), key=lambda w: w['top']):
            if groups and w['top'] - groups[-1][0]['top'] <= 3:
                groups[-1].append(w)
            else:
                groups.append([w])
        for g in groups:
            ws_ = sorted(g, key=lambda w: w['x0'])
            lines.append((pn, [Decimal(w['text'].replace(',', '')) for w in ws_], [w['x1'] for w in ws_]))
    bands = defaultdict(list)
    used = set()
    for row in ws.iter_rows():
        cells = [c for c in row if isinstance(c.value, (int, float))]
        if not cells:
            continue
        vals = [Decimal(str(c.value)).quantize(Decimal('0.01')) for c in cells]
        k = next((i for i, l in enumerate(lines) if i not in used and l[1] == vals), None)
        if k is None:
            print(f'   {ws.title} row {cells[0].row}: no printed line with amounts {vals}')
            col_bad += 1
            continue
        used.add(k)
        for c, x1 in zip(cells, lines[k][2]):
            bands[(lines[k][0], c.column)].append(x1)
    # per page (a continued table may be laid out again), columns in order with disjoint x1 bands
    for pn in t['pages']:
        cols = sorted(c for p, c in bands if p == pn)
        rng = [(c, min(bands[(pn, c)]), max(bands[(pn, c)])) for c in cols]
        for (c1, a1, b1), (c2, a2, b2) in zip(rng, rng[1:]):
            if not b1 < a2:
                print(f'   {ws.title} page {pn}: columns {c1} [{a1:.1f}, {b1:.1f}] and {c2} [{a2:.1f}, {b2:.1f}] overlap')
                col_bad += 1
        for c, a, b in rng:
            if b - a > 12:
                print(f'   {ws.title} page {pn}: column {c} amounts spread over x1 {a:.1f}–{b:.1f}')
                col_bad += 1
print('columns: every amount is in the column band of its sheet column' if not col_bad else f'columns: {col_bad} problems')
sys.exit(1 if bad or col_bad else 0)
