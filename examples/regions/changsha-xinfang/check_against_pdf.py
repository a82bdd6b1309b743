#!/usr/bin/env python3
"""Compare every amount of workbook.xlsx with `pdftotext -layout` of the PDF, page range by page range (multisets of
amounts, 栏次 rows excluded).  usage: check_against_pdf.py BUDGET.pdf"""
import re, subprocess, sys
from collections import Counter
from decimal import Decimal
import openpyxl

pdf = sys.argv[1]
def pages(a, b):
    t = subprocess.run(['pdftotext', '-layout', '-f', str(a), '-l', str(b), pdf, '-'], capture_output=True, text=True).stdout
    return Counter(Decimal(m.replace(',', '')) for m in re.findall(r'(?<![\d.,])\d{1,3}(?:,\d{3})*\.\d\d(?![\d])|(?<![\d.,])\d+\.\d\d(?![\d])', t))
wb = openpyxl.load_workbook('workbook.xlsx')
def sheet(name):
    c = Counter()
    for row in wb[name].iter_rows(values_only=True):
        if '**' in row: continue
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                c[Decimal(str(v)).quantize(Decimal('0.01'))] += 1
    return c
ok = True
for names, (a, b) in [(['2026年部门收支总体情况表'], (12, 12)), (['2026年部门收入总体情况表'], (13, 13)),
                      (['2026年部门支出总体情况表'], (14, 14)), (['2026年财政拨款收支总体情况表'], (15, 16)),
                      (['2026年一般公共预算支出情况表'], (17, 17)), (['2026年一般公共预算基本支出情况表'], (18, 19)),
                      (['2026年一般公共预算“三公”经费支出情况表'], (20, 20)), (['2026年政府性基金预算支出情况表'], (21, 21))]:
    w = sum((sheet(n) for n in names), Counter()); p = pages(a, b)
    same = w == p
    ok &= same
    print(('OK  ' if same else 'DIFF'), names[0], f'pp.{a}-{b}', sum(w.values()), 'amounts',
          '' if same else f'only in workbook {dict(w - p)} only in PDF {dict(p - w)}')
# the two 绩效目标 sheets: every amount must be printed in the 资金总额 / money columns of those pages
p = pages(22, 29); w = sheet('2026年项目支出绩效目标表')
print('OK  ' if all(p[k] >= 1 for k in w) else 'DIFF', '项目支出绩效目标表 pp.22-29: every workbook amount printed there;',
      'printed but not in workbook (indicator values):', sorted(set(p) - set(w)))
p = pages(30, 30); w = sheet('2026年部门整体支出绩效目标表')
print('OK  ' if all(p[k] >= w[k] for k in w) else 'DIFF', '部门整体支出绩效目标表 p.30', dict(w))
sys.exit(0 if ok else 1)
