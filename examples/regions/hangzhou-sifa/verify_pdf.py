#!/usr/bin/env python3
"""Compare every amount of source.txt with the amounts printed on the table's PDF pages.

usage: verify_pdf.py BUDGET.pdf [source.txt]
For each sheet: the amounts of its cells in row-major order must equal the amount tokens that
`pdftotext -layout` prints on its pages in reading order (same values, same order: a row-by-row
check, since a printed line holds the amounts of one row left to right, 表1/表4 收入 and 支出 side by
side as in the sheet). Each printed amount must have exactly two decimals and the cell must be
written with two decimals in source.txt. Amounts wrapped inside a narrow cell ('106,512.0' over
'0', printed centred on the row: head on the line above, tail below) are joined first and
placed on the row between. Title lines, the 部门名称 line and 栏次 lines ('**') are skipped.
"""
import re, subprocess, sys
from decimal import Decimal

PAGES = {'表1': (23, 24), '表2': (25, 25), '表3': (26, 27), '表4': (28, 29), '表5': (30, 31),
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
bad = 0; total = 0
for name, rows in sheets_of(src).items():
    key = re.match(r'表\d+', rows[0][0]).group(0)
    a, b = PAGES[key]
    cells = []
    for r in rows[1:]:
        for v in r:
            if NUM.match(v):
                cells.append(v)
    text = subprocess.run(['pdftotext', '-layout', '-f', str(a), '-l', str(b), pdf, '-'],
                          capture_output=True, text=True).stdout
    lines = text.split('\n')
    toks = []; used = set(); pos = -1
    for i, line in enumerate(lines):
        if ('表' in line and '年' in line) or '**' in line or '部门名称' in line:
            continue
        if re.fullmatch(r'\s*\d{1,3}\s*', line):      # page number, or the wrapped digit of an amount
            continue
        for m in TOK.finditer(line):
            t = m.group(0)
            if re.fullmatch(r'[\d,]+\.\d', t):
                for j in range(i + 1, min(i + 4, len(lines))):
                    mm = re.fullmatch(r'(\s*)(\d)\s*', lines[j])
                    if mm and j not in used and abs(len(mm.group(1)) - (m.end() - 1)) <= 3:
                        used.add(j); t += mm.group(2)
                        # printed centred on its row: head above, tail below; the row is in between
                        pos = (i + j) / 2
                        break
            toks.append((pos if pos > i else i, m.start(), t))
            pos = -1
    toks = [t for _, _, t in sorted(toks)]
    problems = []
    for t in toks:
        if not re.fullmatch(r'[\d,]+\.\d\d', t):
            problems.append(f'printed without two decimals: {t}')
    for c in cells:
        if not re.fullmatch(r'\d+\.\d\d', c):
            problems.append(f'cell not written with two decimals: {c}')
    pv = [Decimal(t.replace(',', '')) for t in toks]
    cv = [Decimal(c) for c in cells]
    if pv != cv:
        k = next((i for i, (x, y) in enumerate(zip(pv, cv)) if x != y), min(len(pv), len(cv)))
        problems.append(f'sequence differs at #{k}: pdf {pv[k:k+3]} sheet {cv[k:k+3]} (pdf {len(pv)}, sheet {len(cv)})')
    total += len(cv)
    if problems: bad += 1
    print(f'{key:4} {"OK" if not problems else "DIFF"} amounts={len(cv)}', *problems[:5])
print(f'{total} amounts checked')
sys.exit(1 if bad else 0)
