#!/usr/bin/env python3
"""Compare workbook.xlsx with the PDF's own text (pdftotext -layout), table by table:
every amount printed on a table's pages must be in its sheet and vice versa (as multisets), and every
text cell of the sheet must occur in the pages' text (spaces ignored).
usage: verify_pdf.py DOC.pdf workbook.xlsx transcribe.json"""
import json, re, subprocess, sys
from collections import Counter
from decimal import Decimal
import openpyxl

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
    missing_text = [(a, v) for a, v in texts if re.sub(r'\s+', '', v) not in flat
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
