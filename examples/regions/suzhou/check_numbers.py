#!/usr/bin/env python3
"""Compare every amount of workbook.xlsx with the PDF's text, table by table.

    check_numbers.py DOCUMENT.pdf [workbook.xlsx]

For each sheet, the pages are those transcribe.json names for that table; the amounts of the PDF
are the numbers printed with two decimals on those pages (`pdftotext -layout`, thousands
separators removed); those of the sheet are its numeric cells. Both are compared as multisets,
and then row by row: the amounts of each body row must appear, in order, on one printed line
whose text starts with the row's code or name (when the row has one).
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter
from decimal import Decimal

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
AMOUNT = re.compile(r'(?<![\d.,])\d{1,3}(?:,\d{3})*\.\d{2}(?![\d])|(?<![\d.,])\d+\.\d{2}(?![\d])')


def page_text(pdf, page):
    return subprocess.run(['pdftotext', '-layout', '-f', str(page), '-l', str(page), pdf, '-'],
                          capture_output=True, text=True, check=True).stdout


def amounts(text):
    return [Decimal(m.replace(',', '')) for m in AMOUNT.findall(text)]


def main(pdf, book):
    info = json.load(open(os.path.join(HERE, 'transcribe.json'), encoding='utf-8'))
    wb = openpyxl.load_workbook(book)
    bad = 0
    for table, ws in zip(info['tables'], wb.worksheets):
        text = ''.join(page_text(pdf, p) for p in table['pages'])
        printed = Counter(amounts(text))
        cells = Counter()
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                    d = Decimal(repr(c.value)).quantize(Decimal('0.01'))
                    if d != Decimal(repr(c.value)):
                        print(f'  {ws.title}!{c.coordinate}: more than two decimals: {c.value!r}')
                        bad += 1
                    cells[d] += 1
        # the 栏次 row of 公开11表 (1 2 3) is not an amount
        if ws.title.startswith('公开11表'):
            for v in (1, 2, 3):
                cells[Decimal(v).quantize(Decimal('0.01'))] -= 1
            cells = +cells
        missing, extra = printed - cells, cells - printed
        status = 'OK ' if not missing and not extra else 'BAD'
        if missing or extra:
            bad += 1
        print(f'{status} {ws.title}: {sum(cells.values())} amounts in the sheet, '
              f'{sum(printed.values())} printed on pages {table["pages"]}')
        for v, n in missing.items():
            print(f'    printed, not in sheet: {v} x{n}')
        for v, n in extra.items():
            print(f'    in sheet, not printed: {v} x{n}')
        # row by row: the row's amounts in order on one printed line
        lines = [(l, amounts(l)) for l in text.split('\n')]
        for row in ws.iter_rows(min_row=3):
            vals = [Decimal(repr(c.value)).quantize(Decimal('0.01')) for c in row
                    if isinstance(c.value, (int, float)) and not isinstance(c.value, bool)]
            if not vals or ws.title.startswith('公开11表'):
                continue
            if not any(a == vals or (len(vals) > 1 and a[-len(vals):] == vals) for _, a in lines):
                # a two-sided table (收支总表) prints a left and a right item on one line
                if not any(all(v in a for v in vals) for _, a in lines):
                    print(f'    row {row[0].row}: amounts {[str(v) for v in vals]} not on one printed line')
                    bad += 1
    print('all amounts agree with the PDF text' if not bad else f'{bad} problems')
    return bad


if __name__ == '__main__':
    sys.exit(1 if main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'workbook.xlsx')) else 0)
