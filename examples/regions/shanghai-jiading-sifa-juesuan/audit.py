#!/usr/bin/env python3
"""Independent audit of workbook.xlsx (上海市嘉定区司法局 2017 年度 “三公”经费及机关运行经费支出决算表, 万元: the one
table the stored web page holds).

usage: audit.py [--write-expected]

Reads workbook.xlsx with openpyxl (never the project's engine); rule ids of /work/shared/juesuan.md §3.
"""
import json
import os
import sys
from decimal import Decimal

import openpyxl
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
wb = openpyxl.load_workbook(os.path.join(HERE, 'workbook.xlsx'))
S = '三公经费及机关运行经费支出决算表'
R = 7  # the body row
sys.path.insert(0, os.path.dirname(HERE))
from audit_common import Audit  # noqa: E402  (the shared helpers: examples/regions/audit_common.py)
AUDIT = Audit(HERE)
holds, fails, found, NARR = AUDIT.holds, AUDIT.fails, AUDIT.found, AUDIT.narr
check, flag, said = AUDIT.check, AUDIT.flag, AUDIT.said
D0 = Decimal(0)


def ref(col):
    return f'{S}!{get_column_letter(col)}{R}'


def val(col):
    v = wb[S].cell(R, col).value
    if v is None:
        return D0
    assert isinstance(v, (int, float)) and not isinstance(v, bool), (col, v)
    return Decimal(repr(v)) if isinstance(v, float) else Decimal(v)






hdr = [wb[S].cell(6, c).value for c in range(1, 13)]
assert hdr == ['预算数', '决算数'] * 6 and wb[S].cell(3, 13).value == '机关运行经费决算数'
print(f'== {S}')
for off, what in ((0, '预算数'), (1, '决算数')):
    check('J-18', f'{what}: 合计 = 因公出国（境）费 + 公务用车购置及运行费小计 + 公务接待费', val(1 + off),
          val(3 + off) + val(5 + off) + val(11 + off), [ref(1 + off)], [ref(3 + off), ref(5 + off), ref(11 + off)])
    check('J-19', f'{what}: 公务用车 小计 = 购置费 + 运行费', val(5 + off), val(7 + off) + val(9 + off), [ref(5 + off)],
          [ref(7 + off), ref(9 + off)])

print('== narrative.txt')
W = '万元'
said('J-N13', '年初预算为22.00万元', '22.00', W, val(1), [ref(1)])
said('J-N13', '支出决算为8.77万元', '8.77', W, val(2), [ref(2)])
said('J-N13', '完成预算的39.86%', '39.86', '%', val(2) / val(1) * 100, [ref(2), ref(1)])
said('J-N15', '因公出国(境)费决算为0万元', '0', W, val(4), [ref(4)])
said('J-N15', '因公出国(境)费决算为0万元,完成预算的0%', '0', '%', None, [ref(4), ref(3)],
     note='预算数 C7 is blank (0): no completion rate can be given; the text prints 0%')
flag('J-N15', 'narrative: 因公出国(境)费 "完成预算的0%" while its 预算数 is blank (no rate can be computed)', '0%', 'no 预算数',
     ['narrative.txt'], [ref(3)])
said('J-N15', '公务用车购置及运行维护费支出决算为8.47万元', '8.47', W, val(6), [ref(6)],
     note='the text says 公务用车购置及运行维护费, the table heads it 公务用车购置及运行费')
said('J-N15', '公务用车购置及运行维护费支出决算为8.47万元,完成预算的60.50%', '60.50', '%', val(6) / val(5) * 100, [ref(6), ref(5)])
said('J-N15', '公务接待费支出决算为0.30万元', '0.30', W, val(12), [ref(12)])
said('J-N15', '公务接待费支出决算为0.30万元,完成预算的3.75%', '3.75', '%', val(12) / val(11) * 100, [ref(12), ref(11)])
# 与 2016 年度相比 (the 2016 决算 is not in the table): rate = Δ / (本年 + Δ) for 减少/降低, Δ / (本年 − Δ) for 增加/增长
for snippet, delta, rate, col, sign in (('决算数比2016年度减少0.28万元,降低3.09%', '0.28', '3.09', 2, -1),
                                        ('因公出国(境)费支出决算减少0万元,降低0%', '0', '0', 4, -1),
                                        ('公务用车购置及运行维护费支出决算减少0.29万元,降低3.31%', '0.29', '3.31', 6, -1),
                                        ('公务接待费支出决算增加0.01万元,增长3.45%', '0.01', '3.45', 12, 1)):
    d = Decimal(delta)
    base = val(col) - sign * d
    said('J-N14', snippet, rate, '%', (d / base * 100) if base else None, [ref(col)],
         note=f'rate = {delta} / 2016 决算 {base} (= {val(col)} {"+" if sign < 0 else "−"} {delta})' if base else
         '2016 and 2017 both 0: 降低0% is a convention')
check('J-N14', 'narrative: item changes −0 − 0.29 + 0.01 = 三公 change −0.28', -Decimal('0.29') + Decimal('0.01'), -Decimal('0.28'),
      ['narrative.txt'], ['narrative.txt'])
said('J-N15', '因公出国(境)费支出决算0万元,占0%', '0', '%', val(4) / val(2) * 100, [ref(4), ref(2)])
print('  (the stored text ends inside 二、具体情况: the 公务用车 share, 保有量, 接待批次 and the 机关运行经费 paragraph are cut off;'
      ' 机关运行经费决算数 325.88 (M7) has no narrative figure to check)')
print(f'\n{len(holds)} relations hold, {len(fails)} do not; narrative: {sum(1 for e in found if e["agrees"])} of '
      f'{sum(1 for e in found if e["agrees"] is not None)} figures agree')

if '--write-expected' in sys.argv:
    words = lambda e: f"{e['rule']} {e['what']} ({', '.join(e['cells'])} = {', '.join(e['against'])})"  # noqa: E731
    expected = {
        'region': '上海市嘉定区', 'province': '上海', 'kind': '决算', 'year': 2017, 'department': '上海市嘉定区司法局',
        'level': 'one table of a 部门决算 (the 三公 table with 机关运行经费), from a stored web page',
        'source': {'url': 'http://www.021fenlei.com/n133889.htm', 'retrieved': 'search tool, corpus "pages" (stored copy)',
                   'note': 'a republishing site; the stored copy holds this table and the first 1½ sections of its 说明 only'},
        'unit': '万元', 'table_ids': 'J7 of /work/shared/juesuan.md §1',
        'sheets': [{'sheet': S, 'table': 'J7', 'title': '2017年度一般公共预算财政拨款“三公”经费及机关运行经费支出决算表', 'unit': '万元',
                    'notes': '4 header rows; 预算数/决算数 × 合计, 因公出国(境)费, 公务用车购置及运行费 (小计, 公务用车购置费, 公务用车运行费), '
                             '公务接待费, plus a 13th column 机关运行经费决算数 (325.88, M7) spanning the header rows; one body row without label; '
                             '单位:万元 with an ASCII colon; the 14.00 / 8.47 car sub-item placed under 运行费 by inference (the stored page '
                             'drops blank cells)'}],
        'missing_tables': ['J1–J6, J8, J9: not in the stored copy of the page (it republishes only the 三公 part)'],
        'holds': [words(e) for e in holds],
        'inconsistencies': [{'rule': e['rule'], 'cells': e['cells'], 'against': e['against'], 'published': e['left'],
                             'computed': e['right'], 'what': e['what'], **({'rounding': True} if e['rounding'] else {})} for e in fails],
        'narrative': found,
    }
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('wrote expected.json')
