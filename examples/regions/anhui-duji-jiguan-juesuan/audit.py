#!/usr/bin/env python3
"""Independent audit of workbook.xlsx (杜集区机关事务管理中心 2021 年度一般公共预算财政拨款“三公”经费支出决算表, 万元: the one
table the stored web page holds) and of narrative.txt against it.

usage: audit.py [--write-expected]

Reads workbook.xlsx with openpyxl (never the project's engine); rule ids of /work/shared/juesuan.md §3.
"""
import json
import os
import sys
from decimal import Decimal

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
wb = openpyxl.load_workbook(os.path.join(HERE, 'workbook.xlsx'))
S = '三公经费支出决算表'
ws = wb[S]
sys.path.insert(0, os.path.dirname(HERE))
from audit_common import Audit  # noqa: E402  (the shared helpers: examples/regions/audit_common.py)
AUDIT = Audit(HERE)
holds, fails, found, NARR = AUDIT.holds, AUDIT.fails, AUDIT.found, AUDIT.narr
check, flag, said = AUDIT.check, AUDIT.flag, AUDIT.said
ROWS = {ws.cell(r, 1).value: r for r in range(4, 10)}
assert list(ROWS) == ['合 计', '因公出国(境)费', '公务接待费', '公务用车购置及运行维护费', '其中:公务用车运行维护费', '公务用车购置费'], ROWS
assert [ws.cell(3, c).value for c in (1, 2, 3)] == ['项 目', '预 算 数', '决 算 数'] and ws.cell(2, 3).value == '单位:万元'
COL = {'预算数': 2, '决算数': 3}


def ref(label, what):
    return f'{S}!{"ABC"[COL[what] - 1]}{ROWS[label]}'


def val(label, what):
    v = ws.cell(ROWS[label], COL[what]).value
    assert isinstance(v, (int, float)), (label, what, v)
    return Decimal(repr(v)) if isinstance(v, float) else Decimal(v)




T, A, R, V, VO, VP = ROWS
print(f'== {S}')
for what in COL:
    check('J-18', f'{what}: 合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费', val(T, what),
          val(A, what) + val(V, what) + val(R, what), [ref(T, what)], [ref(A, what), ref(V, what), ref(R, what)])
    check('J-19', f'{what}: 公务用车购置及运行维护费 = 运行维护费 + 购置费', val(V, what), val(VO, what) + val(VP, what),
          [ref(V, what)], [ref(VO, what), ref(VP, what)])

print('== narrative.txt')
W, B, F = '万元', '预算数', '决算数'
said('J-N13', '支出预算为246万元', '246', W, val(T, B), [ref(T, B)])
said('J-N13', '支出决算为167.37万元', '167.37', W, val(T, F), [ref(T, F)])
said('J-N13', '完成预算的68%', '68', '%', val(T, F) / val(T, B) * 100, [ref(T, F), ref(T, B)],
     note='167.37 ÷ 246 = 68.04%, printed without decimals')
said('J-N15', '因公出国(境)费支出决算0万元', '0', W, val(A, F), [ref(A, F)])
said('J-N15', '因公出国(境)费支出决算0万元,占0%', '0', '%', val(A, F) / val(T, F) * 100, [ref(A, F), ref(T, F)])
said('J-N15', '公务接待费支出决算2.14万元', '2.14', W, val(R, F), [ref(R, F)])
said('J-N15', '公务接待费支出决算2.14万元,占1.3%', '1.3', '%', val(R, F) / val(T, F) * 100, [ref(R, F), ref(T, F)],
     note='2.14 ÷ 167.37 = 1.28%, printed to one decimal')
said('J-N15', '公务用车购置及运行维护费支出决算165.23万元', '165.23', W, val(V, F), [ref(V, F)])
said('J-N15', '公务用车购置及运行维护费支出决算165.23万元,占98.7%', '98.7', '%', val(V, F) / val(T, F) * 100, [ref(V, F), ref(T, F)],
     note='165.23 ÷ 167.37 = 98.72%, printed to one decimal')
said('J-N15', '公务接待费支出2.14万元', '2.14', W, val(R, F), [ref(R, F)])
said('J-N14', '与2021年度预算相比,增加1.14万元', '1.14', W, val(R, F) - val(R, B), [ref(R, F), ref(R, B)],
     note='the change against the item\'s 预算数 1 (C6 − B6)')
rate = (val(R, F) - val(R, B)) / val(R, B) * 100
said('J-N14', '与2021年度预算相比,增加1.14万元,增长1.14%', '1.14', '%', rate, [ref(R, F), ref(R, B)],
     note='1.14 ÷ 预算数 1 = 114.00%; the text prints the change itself as the rate')
flag('J-N14', 'narrative: 公务接待费 "增加1.14万元,增长1.14%" against its 预算数 1 万元 (the rate is 114.00%)', '1.14%', '114.00%',
     ['narrative.txt'], [ref(R, F), ref(R, B)])
print('  (the stored text ends inside 3. 公务用车购置及运行维护费: its change against 预算 and the 车辆 counts are cut off)')
print(f'\n{len(holds)} relations hold, {len(fails)} do not; narrative: {sum(1 for e in found if e["agrees"])} of {len(found)} figures agree')

if '--write-expected' in sys.argv:
    words = lambda e: f"{e['rule']} {e['what']} ({', '.join(e['cells'])} = {', '.join(e['against'])})"  # noqa: E731
    expected = {
        'region': '安徽省淮北市杜集区', 'province': '安徽', 'kind': '决算', 'year': 2021, 'department': '杜集区机关事务管理中心',
        'level': 'one table of a 部门决算 (the 一般公共预算财政拨款“三公”经费支出决算表) with its 说明, from a stored web page',
        'source': {'url': 'https://www.hbdj.gov.cn/zwgk/public/177/62077231.html', 'retrieved': 'search tool, corpus "pages" (stored copy)',
                   'note': 'the 杜集区人民政府 site; the stored copy holds the table and the 说明 up to its third item'},
        'unit': '万元', 'table_ids': 'J7 of /work/shared/juesuan.md §1',
        'sheets': [{'sheet': S, 'table': 'J7', 'title': '2021年度一般公共预算财政拨款“三公”经费支出决算表', 'unit': '万元',
                    'notes': 'items printed down (项 目 | 预 算 数 | 决 算 数, the header words spaced as printed), 合计 first, '
                             '公务用车 运行维护费 before 购置费; amounts as integers where published so (246, 0, 1, 245, 165, 80)'}],
        'missing_tables': ['J1–J6, J8, J9: not on the page (it publishes the 三公 part only)'],
        'holds': [words(e) for e in holds],
        'inconsistencies': [{'rule': e['rule'], 'cells': e['cells'], 'against': e['against'], 'published': e['left'],
                             'computed': e['right'], 'what': e['what'], **({'rounding': True} if e['rounding'] else {})} for e in fails],
        'narrative': found,
    }
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('wrote expected.json')
