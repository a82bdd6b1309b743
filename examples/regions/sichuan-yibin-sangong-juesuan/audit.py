#!/usr/bin/env python3
"""Independent audit of workbook.xlsx (宜宾市本级2017年“三公”经费决算汇总表, 万元 (in its header): one 决算 column, no 合计 line) and of narrative.txt against it.

usage: audit.py [--write-expected]

Reads workbook.xlsx with openpyxl (never the project's engine); rule ids of /work/shared/juesuan.md §3.
"""
import os
import sys
from decimal import ROUND_HALF_UP, Decimal

import openpyxl
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
wb = openpyxl.load_workbook(os.path.join(HERE, 'workbook.xlsx'))
sys.path.insert(0, os.path.dirname(HERE))
from audit_common import Audit, num  # noqa: E402  (the shared helpers: examples/regions/audit_common.py)

AUDIT = Audit(HERE)
holds, fails, found = AUDIT.holds, AUDIT.fails, AUDIT.found
check, flag, said, write = AUDIT.check, AUDIT.flag, AUDIT.said, AUDIT.write

S = '三公经费决算汇总表'
ws = wb[S]
ROWS = {ws.cell(r, 1).value: r for r in range(3, 8)}
assert list(ROWS) == ['因公出国(境)经费', '公务接待费', '公务用车购置及运行维护费', '其中:公务用车购置费', '公务用车运行维护费'], ROWS
assert [ws.cell(2, c).value for c in (1, 2)] == ['项目', '2017年决算(万元)']


def ref(label):
    return f'{S}!B{ROWS[label]}'


def val(label):
    return num(ws.cell(ROWS[label], 2).value)


A, R, V, VP, VO = ROWS
print(f'== {S}')
check('J-19', '公务用车购置及运行维护费 = 购置费 + 运行维护费', val(V), val(VP) + val(VO), [ref(V)], [ref(VP), ref(VO)])
total = val(A) + val(R) + val(V)  # the table prints no 合计: the text's total is held to the sum of the three items

print('== narrative.txt')
W = '万元'
said('J-N13', '“三公”经费支出总额为3825万元', '3825', W, total, [ref(A), ref(R), ref(V)], note='the table has no 合计 line: 99 + 1014 + 2712')
said('J-N15', '2017年因公出国(境)费99万元', '99', W, val(A), [ref(A)])
said('J-N15', '2017年公务接待费1014万元', '1014', W, val(R), [ref(R)])
said('J-N15', '2017年公务用车购置及运行维护费2712万元', '2712', W, val(V), [ref(V)])
said('J-N15', '公务用车购置费0万元', '0', W, val(VP), [ref(VP)])
said('J-N15', '公务用车运行维护费2712万元', '2712', W, val(VO), [ref(VO)])
# 比预算数 (the 预算数 is not in the table): the total's change against the items'
items = Decimal(31) + Decimal(850) + Decimal(107)
check('J-N14', 'narrative: 比预算数 减少1188 (the total) = 减少 31 + 850 + 107 (the items)', Decimal(1188), items, ['narrative.txt'], ['narrative.txt'])
budget = total + Decimal(1188)
print(f'  (下降23.70% = 1188 ÷ (3825 + 1188) = {(Decimal(1188) / budget * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)}%: '
      'the total and its rate agree with each other; the items\' changes sum to 988, 200 less)')
print(f'\n{len(holds)} relations hold, {len(fails)} do not; narrative: {sum(1 for e in found if e["agrees"])} of {len(found)} figures agree')
write({
    'region': '四川省宜宾市', 'province': '四川', 'kind': '决算', 'year': 2017, 'department': '宜宾市市本级部门',
    'level': 'a city\'s summary 三公 决算 (the 市本级 departments together): its 情况说明 and the 附表, from a stored web page',
    'source': {'url': 'http://www.yibin.gov.cn/xxgk/czyjs/sbjczyjs/sgjf/jsqksm/201809/t20180918_61730.html',
               'retrieved': 'search tool, corpus "pages" (stored copy)', 'note': '宜宾市人民政府 site, 2018-09; the stored copy is whole'},
    'unit': '万元', 'table_ids': 'J7 of /work/shared/juesuan.md §1',
    'sheets': [{'sheet': S, 'table': 'J7', 'title': '宜宾市本级2017年“三公”经费决算汇总表', 'unit': '万元',
                'notes': 'items printed down, NO 合计 line and NO 预算数 column; the unit only in the amount header "2017年决算(万元)"; '
                         '因公出国(境)经费 (not 费); 1,014 and 2,712 with thousands separators, as text'}],
    'missing_tables': ['J1–J6, J8, J9: not on the page (a summary of 三公 only)'],
})
