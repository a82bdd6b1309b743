#!/usr/bin/env python3
"""Independent audit of workbook.xlsx (衢江区 2016年决算数与2015年决算数对比情况 (三公, 万元 by the text): a row per year, items across) and of narrative.txt against it.

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

S = '三公经费决算数对比'
ws = wb[S]
assert [ws.cell(2, c).value for c in range(1, 6)] == ['年度', '合计', '因公出国(境)经费', '公务接待费', '公车购置及运行维护费']
assert [ws.cell(3, c).value for c in range(5, 8)] == ['合计', '车辆购置', '车辆运行']
YEARS = {ws.cell(r, 1).value: r for r in range(4, 7)}
assert list(YEARS) == ['2015年', '2016年', '2016年比2015年增减%'], YEARS
COL = {'合计': 2, '因公出国': 3, '公务接待': 4, '公车': 5, '车辆购置': 6, '车辆运行': 7}


def ref(year, item):
    return f'{S}!{get_column_letter(COL[item])}{YEARS[year]}'


def val(year, item):
    return num(ws.cell(YEARS[year], COL[item]).value)


print(f'== {S}')
for y in ('2015年', '2016年'):
    check('J-18', f'{y}: 合计 = 因公出国(境)经费 + 公务接待费 + 公车购置及运行维护费', val(y, '合计'), val(y, '因公出国') + val(y, '公务接待') + val(y, '公车'),
          [ref(y, '合计')], [ref(y, '因公出国'), ref(y, '公务接待'), ref(y, '公车')])
    check('J-19', f'{y}: 公车购置及运行维护费 = 车辆购置 + 车辆运行', val(y, '公车'), val(y, '车辆购置') + val(y, '车辆运行'), [ref(y, '公车')],
          [ref(y, '车辆购置'), ref(y, '车辆运行')])
# 增减% = (2016 − 2015) ÷ 2015 × 100, to the decimals printed. The amounts are whole 万元 (each rounded): a printed rate
# within the range their rounding allows is not an error; one outside it is.
R = '2016年比2015年增减%'
for item in COL:
    cur, pri, printed = val('2016年', item), val('2015年', item), val(R, item)
    exact = ((cur - pri) / pri * 100).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)
    lo = ((cur - Decimal('0.5')) / (pri + Decimal('0.5')) - 1) * 100
    hi = ((cur + Decimal('0.5')) / (pri - Decimal('0.5')) - 1) * 100
    within = lo <= printed <= hi
    what = f'增减% of {item}: (2016 − 2015) ÷ 2015 = {exact}%, printed {printed}%'
    if printed == exact:
        check('J-36', what, printed, exact, [ref(R, item)], [ref('2016年', item), ref('2015年', item)])
    elif within:
        holds.append({'rule': 'J-36', 'what': what + f' (within the rounding of whole 万元: {lo:.2f}…{hi:.2f})', 'left': str(printed),
                      'right': str(exact), 'cells': [ref(R, item)], 'against': [ref('2016年', item), ref('2015年', item)], 'rounding': False})
        print(f'  holds  J-36 {what} (within {lo:.2f}…{hi:.2f})')
    else:
        flag('J-36', what + f' — outside what whole 万元 allow ({lo:.2f}…{hi:.2f})', f'{printed}%', f'{exact}%', [ref(R, item)],
             [ref('2016年', item), ref('2015年', item)])

print('== narrative.txt')
W = '万元'
said('J-N13', '“三公”经费决算数2364万元', '2364', W, val('2016年', '合计'), [ref('2016年', '合计')])
said('J-N14', '比上年决算数下降16.77 %', '16.77', '%', (val('2015年', '合计') - val('2016年', '合计')) / val('2015年', '合计') * 100,
     [ref('2016年', '合计'), ref('2015年', '合计')], rounding=True, note='476 ÷ 2840 = 16.76%; the table\'s own rate row prints −16.77 (whole 万元 allow 16.74…16.79)')
said('J-N15', '因公出国(境)经费12万元', '12', W, val('2016年', '因公出国'), [ref('2016年', '因公出国')])
said('J-N14', '与上年决算数下降86.62%', '86.62', '%', (val('2015年', '因公出国') - val('2016年', '因公出国')) / val('2015年', '因公出国') * 100,
     [ref('2016年', '因公出国'), ref('2015年', '因公出国')], rounding=True, note='78 ÷ 90 = 86.67%; whole 万元 allow 86.03…87.29; the table row prints −86.62')
said('J-N15', '公务接待费1356万元', '1356', W, val('2016年', '公务接待'), [ref('2016年', '公务接待')])
said('J-N14', '公务接待费1356万元,比上年决算数下降3.14%', '3.14', '%', (val('2015年', '公务接待') - val('2016年', '公务接待')) / val('2015年', '公务接待') * 100,
     [ref('2016年', '公务接待'), ref('2015年', '公务接待')])
for snippet, value, item in (('公车购置及运行费995万元', '995', '公车'), ('公务用车购置费38万元', '38', '车辆购置'), ('公务用车运行费958万元', '958', '车辆运行')):
    said('J-N15', snippet, value, W, val('2016年', item), [ref('2016年', item)])
said('J-N14', '比上年决算数下降26.24%', '26.24', '%', (val('2015年', '公车') - val('2016年', '公车')) / val('2015年', '公车') * 100,
     [ref('2016年', '公车'), ref('2015年', '公车')], rounding=True, note='354 ÷ 1350 = 26.22%; whole 万元 allow 26.19…26.27; 995 would give 26.30%')
print('  (the text\'s 38 and 958 are those the table\'s own rate row was computed from: (38 − 73) ÷ 73 = −47.95%, (958 − 1277) ÷ 1277 = −24.98%)')
print(f'\n{len(holds)} relations hold, {len(fails)} do not; narrative: {sum(1 for e in found if e["agrees"])} of {len(found)} figures agree')
write({
    'region': '浙江省衢州市衢江区', 'province': '浙江', 'kind': '决算', 'year': 2016, 'department': '衢江区',
    'level': 'the district\'s summary 三公 决算 (一般公共预算安排), 2016 against 2015, with its 说明, from a stored web page',
    'source': {'url': 'http://hongxinbengye.com/html/sgjf201708t20170809_652713.html', 'retrieved': 'search tool, corpus "pages" (stored copy)',
               'note': 'a site that republishes the 衢江区 government page (the original is not in the store); the stored copy is whole'},
    'unit': '万元', 'table_ids': 'J7 of /work/shared/juesuan.md §1',
    'sheets': [{'sheet': S, 'table': 'J7', 'title': '2016年决算数与2015年决算数对比情况', 'unit': '万元',
                'notes': 'items ACROSS (合计 | 因公出国(境)经费 | 公务接待费 | 公车购置及运行维护费 over 合计 | 车辆购置 | 车辆运行), a ROW PER YEAR '
                         '(2015年, 2016年) and a row of rates (2016年比2015年增减%, per cent as numbers); the title names neither 三公 nor a unit '
                         '(万元 only in the text)'}],
    'missing_tables': ['J1–J6, J8, J9: not on the page (a summary of 三公 only)'],
})
