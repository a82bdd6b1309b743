#!/usr/bin/env python3
"""Compare every amount of source.txt with the amounts printed on the table's PDF pages.

usage: verify_pdf.py BUDGET.pdf [source.txt]
For each sheet, the multiset of amounts in its cells (titles/header 栏次 rows excluded) must equal the
multiset of amount tokens pdftotext -layout prints on its pages. Amounts wrapped inside a narrow cell
(e.g. '576,171.1' over '1') are joined first: a token with exactly one decimal followed later on the page
by a lone digit at about the same column is one amount.
"""
import re, subprocess, sys
from collections import Counter
from decimal import Decimal

PAGES = {'表1': (22, 23), '表2': (24, 25), '表3': (26, 27), '表4': (28, 29), '表5': (30, 31),
         '表6': (32, 33), '表7': (34, 34), '表8': (35, 35), '表9': (36, 36), '表10': (37, 38)}
pdf = sys.argv[1]
src = sys.argv[2] if len(sys.argv) > 2 else __file__.rsplit('/', 1)[0] + '/source.txt'

def sheets_of(path):
    out, cur = {}, None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('@sheet '):
            cur = line[7:]; out[cur] = []
        elif line.startswith('@') or line.startswith('# ') or cur is None:
            continue
        else:
            out[cur].append(line.split('\t'))
    return out

NUM = re.compile(r'^-?(0|[1-9]\d*)(\.\d+)?$')
TOK = re.compile(r'(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|(?<![\d.,])\d+\.\d+(?![\d,])|(?<![\d.,：:])\d+(?![\d.,年])')
bad = 0
for name, rows in sheets_of(src).items():
    key = re.match(r'表\d+', rows[0][0]).group(0)   # the title cell '表N：…'
    a, b = PAGES[key]
    cells = Counter()
    for r in rows:
        if r and r[0] == '**':      # 栏次 row
            continue
        for v in r:
            if NUM.match(v):
                cells[Decimal(v).quantize(Decimal('0.01'))] += 1
    text = subprocess.run(['pdftotext', '-layout', '-f', str(a), '-l', str(b), pdf, '-'],
                          capture_output=True, text=True).stdout
    lines = text.split('\n')
    toks = Counter(); used = set()
    for i, line in enumerate(lines):
        if '表' in line and '年' in line or '**' in line or '部门名称' in line:
            continue
        if re.fullmatch(r'\s*\d{1,3}\s*', line):      # page number, or the wrapped digit of an amount
            continue
        for m in TOK.finditer(line):
            t = m.group(0)
            if re.fullmatch(r'[\d,]+\.\d', t):
                # a cell too narrow for its amount: the last digit is printed on a line below, in the
                # same column ('576,171.1' … '1'); join them
                for j in range(i + 1, min(i + 4, len(lines))):
                    mm = re.fullmatch(r'(\s*)(\d)\s*', lines[j])
                    if mm and (j, 0) not in used and abs(len(mm.group(1)) - (m.end() - 1)) <= 3:
                        used.add((j, 0)); t += mm.group(2); break
            toks[Decimal(t.replace(',', '')).quantize(Decimal('0.01'))] += 1
    only_cells = cells - toks; only_pdf = toks - cells
    status = 'OK' if not only_cells and not only_pdf else 'DIFF'
    if status != 'OK': bad += 1
    print(f'{key:4} {status} cells={sum(cells.values())} pdf={sum(toks.values())}'
          + (f' only in sheet: {dict(only_cells)}' if only_cells else '')
          + (f' only in PDF: {dict(only_pdf)}' if only_pdf else ''))
sys.exit(1 if bad else 0)
