#!/usr/bin/env python3
"""Every number of workbook.xlsx against `pdftotext -layout` of the table's pages (a multiset per table).

usage: check_against_pdf.py BUDGET.pdf [workbook.xlsx]   (copied from ../shanghai/, pages of this document)
Amounts and codes are compared as printed: 31,730,000 = 31730000, 10.0 = 10.0 (the cell's format keeps the
decimal), codes "05" as text.  Prints each sheet with OK or the numbers on one side only.
"""
import os
import re
import subprocess
import sys
from collections import Counter
from decimal import Decimal

import openpyxl

PAGES = {  # sheet → pages of the PDF (transcribe.json)
    '2026年预算单位财务收支预算总表': [7],
    '2026年预算单位收入预算总表': [8],
    '2026年预算单位支出预算总表': [9],
    '2026年预算单位财政拨款收支预算总表': [10],
    '2026年预算单位一般公共预算支出功能分类预算表': [11],
    '2026年预算单位政府性基金预算支出功能分类预算表': [12],
    '2026年预算单位国有资本经营预算支出功能分类预算表': [13],
    '2026年预算单位一般公共预算基本支出部门预算经济分类预': [14],
    '2026年单位“三公”经费和机关运行经费预算表': [15],
}
TOKEN = re.compile(r'^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$')


def key(s):
    """'05' stays '05' (a code); amounts by value, with the decimals printed: '10.0' → '10.0', '31,730,000' → '31730000'."""
    s = s.replace(',', '')
    if re.fullmatch(r'0\d+', s):
        return s
    return str(Decimal(s))


def cell_key(c):
    v = c.value
    if isinstance(v, str):
        return key(v) if TOKEN.match(v) else None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        m = re.fullmatch(r'0\.(0+)', c.number_format or '')
        return f'{v:.{len(m.group(1))}f}' if m else key(repr(v) if isinstance(v, float) else str(v))
    return None


def main():
    pdf = sys.argv[1]
    xlsx = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'workbook.xlsx')
    wb = openpyxl.load_workbook(xlsx)
    assert sorted(wb.sheetnames) == sorted(PAGES), wb.sheetnames
    bad = 0
    for ws in wb.worksheets:
        text = ''.join(subprocess.run(['pdftotext', '-layout', '-f', str(p), '-l', str(p), pdf, '-'], capture_output=True,
                                      text=True, check=True).stdout for p in PAGES[ws.title])
        printed = Counter(key(t) for t in text.split() if TOKEN.match(t))
        cells = Counter(k for row in ws.iter_rows() for c in row if (k := cell_key(c)) is not None)
        only_pdf, only_xlsx = printed - cells, cells - printed
        status = 'OK' if not only_pdf and not only_xlsx else 'DIFFERS'
        bad += status != 'OK'
        print(f'{status} {ws.title}: {sum(cells.values())} numbers (pages {PAGES[ws.title]})')
        if only_pdf:
            print('   only in the PDF:', dict(only_pdf))
        if only_xlsx:
            print('   only in the workbook:', dict(only_xlsx))
    # cells: blank cells are invisible to the multisets above.  pdfplumber's grid of each page's ruled table has the
    # workbook's columns (checked: same width); every body row holding an amount or a code must be, cell by cell in
    # its columns, one row of the sheet: so no amount sits in a neighbouring (blank) column.
    import pdfplumber
    doc = pdfplumber.open(pdf)
    for ws in wb.worksheets:
        (pn,) = PAGES[ws.title]
        (tb,) = doc.pages[pn - 1].find_tables()
        grid = tb.extract()
        assert len(grid[0]) == ws.max_column, (ws.title, len(grid[0]), ws.max_column)
        printed = Counter(tuple((i, key(c)) for i, c in enumerate(r) if c and TOKEN.match(c.replace('\n', '')))
                          for r in grid)
        sheet = Counter(tuple((c.column - 1, k) for c in row if (k := cell_key(c)) is not None) for row in ws.iter_rows())
        del printed[()], sheet[()]
        same = printed == sheet
        bad += not same
        print(f'{"OK" if same else "DIFFERS"} {ws.title}: {sum(sheet.values())} rows with numbers, each in its printed columns')
        if not same:
            print('   only in the PDF:', dict(printed - sheet), '\n   only in the workbook:', dict(sheet - printed))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
