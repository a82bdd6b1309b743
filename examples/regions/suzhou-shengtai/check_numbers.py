#!/usr/bin/env python3
"""Every amount of source.txt against `pdftotext -layout` of the table's pages.

    check_numbers.py BUDGET.pdf [source.txt]

Per sheet: the amounts of its cells in row-major order must equal the amounts the PDF prints on the
table's pages in reading order (a row-by-row check: one printed line holds one row's amounts left to
right; 公开01/04 收入 and 支出 side by side as in the sheet). Every amount is printed with two decimals;
each cell must be written with two decimals too. Codes (科目编码 3/5/7 digits, 单位代码 120001) are
compared the same way, as text. Other numbers on the pages (running header '2026 年度', page numbers
'- 9 -', the title line '公开 01 表', the 栏次 1 2 3 of 公开11表, '注：1.' of 公开12表) are listed and must be only those.
"""
import re, subprocess, sys
from decimal import Decimal

PAGES = {'公开01表': (10, 10), '公开02表': (11, 11), '公开03表': (12, 12), '公开04表': (13, 14),
         '公开05表': (15, 15), '公开06表': (16, 17), '公开07表': (18, 18), '公开08表': (19, 20),
         '公开09表': (21, 21), '公开10表': (22, 22), '公开11表': (23, 23), '公开12表': (24, 24),
         '公开13表': (25, 26)}
pdf = sys.argv[1]
src = sys.argv[2] if len(sys.argv) > 2 else __file__.rsplit('/', 1)[0] + '/source.txt'

def sheets_of(path):
    out, cur = {}, None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('@sheet '):
            cur = line[7:]; out[cur] = []
        elif line.startswith('@') or cur is None:
            continue
        else:
            out[cur].append(line.split('\t'))
    return out

NUM = re.compile(r'^-?(0|[1-9]\d*)(\.\d+)?$')
AMT = re.compile(r'(?<![\d.,])\d{1,3}(?:,\d{3})*\.\d+(?![\d,])|(?<![\d.,])\d+\.\d+(?![\d,])')
ANY = re.compile(r'(?<![\d.,])[\d,]*\d(?:\.\d+)?(?![\d,])')
bad = 0; n_amt = n_code = 0
for name, rows in sheets_of(src).items():
    key = name[:5]
    a, b = PAGES[key]
    cells, codes = [], []
    for r in rows[1:]:
        for v in r:
            if NUM.match(v): cells.append(v)
            elif re.fullmatch(r'"\d{3,7}"', v): codes.append(v.strip('"'))
    text = subprocess.run(['pdftotext', '-layout', '-f', str(a), '-l', str(b), pdf, '-'], capture_output=True, text=True).stdout
    toks, pcodes, other = [], [], []
    for line in text.split('\n'):
        if '年度单位预算公开' in line or re.fullmatch(r'\s*-\s*\d+\s*-\s*', line) or re.fullmatch(r'\s*公开 \d\d 表\s*', line):
            continue
        toks += AMT.findall(line)
        rest = AMT.sub(' ', line)
        for t in ANY.findall(rest):
            if re.fullmatch(r'\d{3}|\d{5}|\d{7}|120001', t) and re.match(r'\s*' + t, rest):
                pcodes.append(t)
            else:
                other.append(t)
    problems = []
    problems += [f'printed without two decimals: {t}' for t in toks if not re.fullmatch(r'[\d,]+\.\d\d', t)]
    problems += [f'cell not written with two decimals: {c}' for c in cells if not re.fullmatch(r'\d+\.\d\d', c)]
    pv = [Decimal(t.replace(',', '')) for t in toks]; cv = [Decimal(c) for c in cells]
    if pv != cv:
        k = next((i for i, (x, y) in enumerate(zip(pv, cv)) if x != y), min(len(pv), len(cv)))
        problems.append(f'amounts differ at #{k}: pdf {pv[k:k+3]} sheet {cv[k:k+3]} (pdf {len(pv)}, sheet {len(cv)})')
    if pcodes != codes:
        problems.append(f'codes differ: pdf {pcodes} sheet {codes}')
    allowed = {'公开11表': ['1', '2', '3'], '公开12表': ['1']}.get(key, [])   # 栏次; '注：1.'
    if other != allowed:
        problems.append(f'other numbers on the page: {other}')
    n_amt += len(cv); n_code += len(codes)
    if problems: bad += 1
    print(f'{key} {"OK" if not problems else "DIFF"} amounts={len(cv)} codes={len(codes)}', *problems[:4])
print(f'{n_amt} amounts and {n_code} codes checked')
sys.exit(1 if bad else 0)
