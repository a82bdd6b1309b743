#!/usr/bin/env python3
"""Independent audit of workbook.xlsx (施甸县2016年“三公”经费决算情况统计表, 万元: 上年决算数 | 本年决算数 | 增、减金额 | 增、减幅度) and of narrative.txt against it.

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

S = '三公经费决算情况统计表'
ws = wb[S]
ROWS = {ws.cell(r, 1).value: r for r in range(5, 11)}
assert list(ROWS) == ['合计', '1.因公出国(境)费', '2.公务接待费', '3.公务用车购置及运行费', '其中:(1)公务用车购置费', '(2)公务用车运行费'], ROWS
assert [ws.cell(3, c).value for c in range(1, 5)] == ['项目', '上年决算数', '本年决算数', '比上年增、减情况']
assert [ws.cell(4, c).value for c in (4, 5)] == ['增、减金额', '增、减幅度'] and ws.cell(2, 5).value == '单位:万元'
PRIOR, FINAL, CHANGE, RATE = 2, 3, 4, 5


def ref(label, col):
    return f'{S}!{get_column_letter(col)}{ROWS[label]}'


def val(label, col):
    return num(ws.cell(ROWS[label], col).value)


T, A, R, V, VP, VO = ROWS
print(f'== {S}')
for what, c in (('上年决算数', PRIOR), ('本年决算数', FINAL), ('增、减金额', CHANGE)):
    check('J-18', f'{what}: 合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费', val(T, c), val(A, c) + val(V, c) + val(R, c),
          [ref(T, c)], [ref(A, c), ref(V, c), ref(R, c)])
    check('J-19', f'{what}: 公务用车购置及运行费 = 购置费 + 运行费', val(V, c), val(VP, c) + val(VO, c), [ref(V, c)], [ref(VP, c), ref(VO, c)])
for label in ROWS:
    check('J-36', f'「{label}」本年决算数 = 上年决算数 + 增、减金额', val(label, FINAL), val(label, PRIOR) + val(label, CHANGE),
          [ref(label, FINAL)], [ref(label, PRIOR), ref(label, CHANGE)])
    # 增、减幅度 (printed as text "-7.03%") = 增、减金额 ÷ 上年决算数, to the decimals printed
    printed = ws.cell(ROWS[label], RATE).value
    assert isinstance(printed, str) and printed.endswith('%'), printed
    p = printed[:-1]
    dec = len(p.split('.')[1]) if '.' in p else 0
    rate = (val(label, CHANGE) / val(label, PRIOR) * 100).quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)
    check('J-36', f'「{label}」增、减幅度 = 增、减金额 ÷ 上年决算数', Decimal(p), rate, [ref(label, RATE)], [ref(label, CHANGE), ref(label, PRIOR)])
print('== narrative.txt: the 口径说明 only (definitions), no figure of the table')
print(f'\n{len(holds)} relations hold, {len(fails)} do not')
write({
    'region': '云南省保山市施甸县', 'province': '云南', 'kind': '决算', 'year': 2016, 'department': '施甸县',
    'level': 'the county\'s summary 三公 决算 table (上年 / 本年 决算数 and their change) with its 口径说明, from a stored web page',
    'source': {'url': 'https://shidian.gov.cn/info/4163/808803.htm', 'retrieved': 'search tool, corpus "pages" (stored copy)',
               'note': '施甸县人民政府 site, 发布机构 施甸县财政局, 2017-09-20; the stored copy holds the whole table and the 口径说明'},
    'unit': '万元', 'table_ids': 'J7 of /work/shared/juesuan.md §1',
    'sheets': [{'sheet': S, 'table': 'J7', 'title': '施甸县2016年“三公”经费决算情况统计表', 'unit': '万元',
                'notes': 'items printed down, 合计 first; no 预算数: 上年决算数 | 本年决算数 | 比上年增、减情况 (增、减金额 | 增、减幅度, '
                         'the rates printed as text "-7.03%", one of them to one decimal "-21.9%"); 2 header rows with merges'}],
    'missing_tables': ['J1–J6, J8, J9: not on the page (a county summary of 三公 only)'],
})
