#!/usr/bin/env python3
"""Every number of workbook.xlsx against `pdftotext -layout` of the table's pages (a multiset per table).

usage: check_against_pdf.py BUDGET.pdf [workbook.xlsx]
Amounts and codes are compared as printed: 31,730,000 = 31730000, 2.00 = 2.00 (the cell's format keeps the
decimals), codes "05" as text.  Prints each sheet with OK or the numbers on one side only.
"""
import os
import re
import subprocess
import sys
from collections import Counter
from decimal import Decimal

import openpyxl

PAGES = {  # sheet → pages of the PDF (transcribe.json; p14 is blank)
    '收入支出决算总表': [6, 7],
    '收入决算表': [8, 9],
    '支出决算表': [10, 11],
    '财政拨款收入支出决算总表': [12, 13],
    '一般公共预算财政拨款支出决算表': [15],
    '一般公共预算财政拨款基本支出决算表': [16, 17],
    '财政拨款“三公”经费支出决算表': [18],
    '政府性基金预算财政拨款收入支出决算表': [19],
    '国有资本经营预算财政拨款收入支出决算表': [20],
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
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
