#!/usr/bin/env python3
"""Independent audit of workbook.xlsx (施甸县2016年“三公”经费决算情况统计表, 万元: 上年决算数 | 本年决算数 | 增、减金额 | 增、减幅度) and of narrative.txt against it.

usage: audit.py [--write-expected]

Reads workbook.xlsx with openpyxl (never the project's engine); rule ids of /work/shared/juesuan.md §3.
"""
import json
import os
import re
import sys
from decimal import ROUND_HALF_UP, Decimal

import openpyxl
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
wb = openpyxl.load_workbook(os.path.join(HERE, 'workbook.xlsx'))
holds, fails, found = [], [], []


def num(v):
    if v is None:
        return Decimal(0)
    if isinstance(v, str):
        assert re.fullmatch(r'-?[\d,]+(\.\d+)?', v), v
        return Decimal(v.replace(',', ''))
    return Decimal(repr(v)) if isinstance(v, float) else Decimal(v)


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


def check(rule, what, left, right, lcells, rcells):
    e = {'rule': rule, 'what': what, 'left': str(left), 'right': str(right), 'cells': lcells, 'against': rcells,
         'rounding': left != right and abs(left - right) == Decimal('0.01')}
    (holds if left == right else fails).append(e)
    print(f'  {"holds" if left == right else "FAILS"}  {rule} {what}: {left} vs {right}')


def flag(rule, what, published, computed, lcells, rcells):
    fails.append({'rule': rule, 'what': what, 'left': published, 'right': computed, 'cells': lcells, 'against': rcells,
                  'rounding': False})
    print(f'  FAILS  {rule} {what}: {published} vs {computed}')


NARR = re.sub(r'\s+', '', open(os.path.join(HERE, 'narrative.txt'), encoding='utf-8').read())


def said(rule, snippet, value, unit, shown, cells, note=None, rounding=False):
    assert re.sub(r'\s+', '', snippet) in NARR, snippet
    e = {'rule': rule, 'text': snippet, 'value': value, 'unit': unit, 'cell': cells[0] if len(cells) == 1 else None}
    if len(cells) != 1:
        e['cells'] = cells
    if unit == '%':
        p = len(value.split('.')[1]) if '.' in value else 0
        shown = shown.quantize(Decimal(1).scaleb(-p), rounding=ROUND_HALF_UP)
    e['agrees'] = shown == Decimal(value)
    e['table'] = str(shown) if unit == '%' else f'{shown:.2f}'
    if note:
        e['note'] = note
    if rounding:
        e['rounding'] = True
    found.append(e)
    print(f'  {"agrees " if e["agrees"] else "DIFFERS"} {rule} {snippet} ↔ {cells} {e["table"]}')


def write(expected):
    if '--write-expected' not in sys.argv:
        return
    words = lambda e: f"{e['rule']} {e['what']} ({', '.join(e['cells'])} = {', '.join(e['against'])})"  # noqa: E731
    expected.update({
        'holds': [words(e) for e in holds],
        'inconsistencies': [{'rule': e['rule'], 'cells': e['cells'], 'against': e['against'], 'published': e['left'],
                             'computed': e['right'], 'what': e['what'], **({'rounding': True} if e['rounding'] else {})} for e in fails],
        'narrative': found,
    })
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('wrote expected.json')

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
