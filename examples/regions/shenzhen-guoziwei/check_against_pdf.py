#!/usr/bin/env python3
"""Compare every amount of workbook.xlsx with the PDF's text, table by table.

usage: check_against_pdf.py BUDGET.pdf workbook.xlsx transcribe.json

For each sheet, the amounts printed on its pages (`pdftotext -layout`, tokens like 1,234.56 / -4.20 / 0.00, page
footers "- N -" excluded) are listed in reading order and compared, one by one, with the numeric cells of the
sheet in row-major order, as exact decimals printed with two places and thousands separators. Also checks that
every non-numeric body text of the sheet (rows from the first amount on) (names, codes) occurs on the sheet's pages once spaces are removed.

(Copied from examples/regions/shenzhen.) Added here: a cell too narrow for its amount is printed wrapped
(表5 p25: "411,130.6" over "7", "409,301.0" over "0"), which `pdftotext` splits into two tokens. Where the layout
text does not give the sheet's amounts, they are read again from the ruled cells pdfplumber finds on the pages
(each cell's lines joined), and that comparison is reported as such.
"""
import json
import re
import subprocess
import sys
from decimal import Decimal

import openpyxl

MONEY = re.compile(r'(?<![\d,.])-?\d{1,3}(?:,\d{3})*\.\d{2}(?![\d])')


def page_text(pdf, p):
    return subprocess.run(['pdftotext', '-layout', '-f', str(p), '-l', str(p), pdf, '-'],
                          capture_output=True, text=True, check=True).stdout


def fmt(v):
    d = Decimal(repr(v)) if isinstance(v, float) else Decimal(v)
    return f'{d:,.2f}'


def main(pdf, xlsx, tj):
    tables = json.load(open(tj, encoding='utf-8'))['tables']
    wb = openpyxl.load_workbook(xlsx)
    bad = 0
    total = 0
    for t, ws in zip(tables, wb.worksheets):
        assert ws['A1'].value == t['title'], (ws.title, t['title'])
        texts = [page_text(pdf, p) for p in t['pages']]
        pdf_nums = []
        for tx in texts:
            for line in tx.split('\n'):
                if re.fullmatch(r'\s*-\s*\d+\s*-\s*', line):
                    continue
                pdf_nums += MONEY.findall(line)
        wb_nums = [fmt(c.value) for row in ws.iter_rows() for c in row
                   if isinstance(c.value, (int, float)) and not isinstance(c.value, bool)]
        total += len(wb_nums)
        how = ''
        if pdf_nums != wb_nums:
            import pdfplumber
            cells_nums = []
            with pdfplumber.open(pdf) as doc:
                for p in t['pages']:
                    for tb in doc.pages[p - 1].find_tables():
                        for row in tb.extract():
                            for c in row:
                                cells_nums += MONEY.findall((c or '').replace('\n', ''))
            if cells_nums == wb_nums:
                pdf_nums = cells_nums
                how = ' (read from the ruled cells: amounts wrapped inside their cell)'
        if pdf_nums != wb_nums:
            bad += 1
            print(f'MISMATCH {ws.title}: pdf {len(pdf_nums)} amounts, workbook {len(wb_nums)}')
            for i, (a, b) in enumerate(zip(pdf_nums, wb_nums)):
                if a != b:
                    print(f'   first difference at #{i}: pdf {a} workbook {b}')
                    break
        else:
            print(f'ok {ws.title}: {len(wb_nums)} amounts identical to pages {t["pages"]}{how}')
        flat = re.sub(r'\s+', '', ''.join(texts))
        # body text only (header cells are printed wrapped inside their column, several per line)
        first_body = min(c.row for row in ws.iter_rows() for c in row
                         if isinstance(c.value, (int, float)) and not isinstance(c.value, bool))
        for row in ws.iter_rows(min_row=first_body):
            for c in row:
                if isinstance(c.value, str):
                    s = re.sub(r'\s+', '', c.value)
                    if s and s not in flat and not s.startswith(('表', '注：')):
                        # wrapped names are printed over several lines: compare line-joined text
                        joined = re.sub(r'\s+', '', ''.join(
                            ''.join(re.findall(r'[^\s\d,.\-]+', ln)) for tx in texts for ln in tx.split('\n')))
                        if s not in joined:
                            print(f'   text not found on the pages: {ws.title}!{c.coordinate} {c.value!r}')
    print(f'{total} amounts checked, {bad} sheet(s) differ')
    return bad


if __name__ == '__main__':
    sys.exit(1 if main(*sys.argv[1:4]) else 0)
