#!/usr/bin/env python3
"""Independent audit of workbook.xlsx (合肥市图书馆 2021 年度一般公共预算及政府性基金财政拨款“三公”经费支出决算表, 万元, 预算数 and 决算数 each split by fund) and of narrative.txt against it.

usage: audit.py [--write-expected]

Reads workbook.xlsx with openpyxl (never the project's engine); rule ids of /work/shared/juesuan.md §3.
"""
import os
import sys
from decimal import Decimal

import openpyxl
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
wb = openpyxl.load_workbook(os.path.join(HERE, 'workbook.xlsx'))
sys.path.insert(0, os.path.dirname(HERE))
from audit_common import Audit, num  # noqa: E402  (the shared helpers: examples/regions/audit_common.py)

AUDIT = Audit(HERE)
holds, fails, found = AUDIT.holds, AUDIT.fails, AUDIT.found
check, flag, said, write = AUDIT.check, AUDIT.flag, AUDIT.said, AUDIT.write

S = '三公经费支出决算表'
ws = wb[S]
ROWS = {ws.cell(r, 1).value: r for r in range(5, 11)}
assert list(ROWS) == ['因公出国(境)费', '公务接待费', '公务用车购置及运行费', '其中:公务用车运行维护费', '公务用车购置费', '总计'], ROWS
assert [ws.cell(3, c).value for c in (1, 2, 5)] == ['项目', '预算数', '决算数']
assert [ws.cell(4, c).value for c in range(2, 8)] == ['合计', '一般公共预算', '政府性基金'] * 2
assert ws.cell(2, 7).value == '金额单位:万元'
COLS = {('预算数', '合计'): 2, ('预算数', '一般公共预算'): 3, ('预算数', '政府性基金'): 4,
        ('决算数', '合计'): 5, ('决算数', '一般公共预算'): 6, ('决算数', '政府性基金'): 7}


def ref(label, col):
    return f'{S}!{get_column_letter(col)}{ROWS[label]}'


def val(label, col):
    return num(ws.cell(ROWS[label], col).value)


A, R, V, VO, VP, T = ROWS
print(f'== {S}')
for (what, fund), c in COLS.items():
    check('J-18', f'{what}（{fund}）: 总计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费', val(T, c), val(A, c) + val(V, c) + val(R, c),
          [ref(T, c)], [ref(A, c), ref(V, c), ref(R, c)])
    check('J-19', f'{what}（{fund}）: 公务用车购置及运行费 = 运行维护费 + 购置费', val(V, c), val(VO, c) + val(VP, c), [ref(V, c)], [ref(VO, c), ref(VP, c)])
for what, c in (('预算数', 2), ('决算数', 5)):
    for label in ROWS:
        check('J-36', f'{what}: 「{label}」合计 = 一般公共预算 + 政府性基金', val(label, c), val(label, c + 1) + val(label, c + 2),
              [ref(label, c)], [ref(label, c + 1), ref(label, c + 2)])

print('== narrative.txt')
W = '万元'
said('J-N13', '年初预算3.05万元', '3.05', W, val(T, 2), [ref(T, 2)])
said('J-N13', '支出决算1.75万元', '1.75', W, val(T, 5), [ref(T, 5)])
said('J-N13', '完成年初预算的57.38%', '57.38', '%', val(T, 5) / val(T, 2) * 100, [ref(T, 5), ref(T, 2)])
said('J-N15', '因公出国(境)费支出决算0万元', '0', W, val(A, 5), [ref(A, 5)])
said('J-N15', '因公出国(境)费支出决算0万元,占0%', '0', '%', val(A, 5) / val(T, 5) * 100, [ref(A, 5), ref(T, 5)])
said('J-N15', '公务接待费支出决算0.39万元', '0.39', W, val(R, 5), [ref(R, 5)])
# The table's own 总计 1.75 is 0.01 below 0.39 + 1.37 (its note: 因四舍五入可能存在尾数误差): each cell is rounded from 元.
# 公务接待费 lies in [0.385, 0.395), 总计 in [1.745, 1.755): the share in [21.94%, 22.64%], so 22.14% is possible; the
# printed shares (22.14 + 77.86 = 100.00) are those of the 元 figures, not of the printed 万元.
said('J-N15', '公务接待费支出决算0.39万元,占22.14%', '22.14', '%', val(R, 5) / val(T, 5) * 100, [ref(R, 5), ref(T, 5)], rounding=True,
     note='0.39 ÷ 1.75 = 22.29%; 22.14% is within what the 0.01万元 rounding of both cells allows (21.94%–22.64%)')
said('J-N15', '公务用车购置及运行维护费支出决算1.37万元', '1.37', W, val(V, 5), [ref(V, 5)],
     note='the text says 公务用车购置及运行维护费, the table 公务用车购置及运行费')
said('J-N15', '公务用车购置及运行维护费支出决算1.37万元,占77.86%', '77.86', '%', val(V, 5) / val(T, 5) * 100, [ref(V, 5), ref(T, 5)],
     rounding=True, note='1.37 ÷ 1.75 = 78.29%; within what the rounding allows (77.71%–78.86%)')
said('J-N15', '因公出国(境)费支出决算0万元,与2021年度预算相比持平', '0', W, val(A, 5), [ref(A, 5)])
print(f'\n{len(holds)} relations hold, {len(fails)} do not; narrative: {sum(1 for e in found if e["agrees"])} of {len(found)} figures agree')
write({
    'region': '安徽省合肥市', 'province': '安徽', 'kind': '决算', 'year': 2021, 'department': '合肥市图书馆',
    'level': 'one table of a 单位决算 (the 一般公共预算及政府性基金财政拨款“三公”经费支出决算表) with its 说明, from a stored web page',
    'source': {'url': 'http://hflib.org.cn/yjsgk2/info_itemid_5637.html', 'retrieved': 'search tool, corpus "pages" (stored copy)',
               'note': 'the library\'s own site; the stored copy holds the table and the 说明 up to its first item'},
    'unit': '万元', 'table_ids': 'J7 of /work/shared/juesuan.md §1',
    'sheets': [{'sheet': S, 'table': 'J7', 'title': '2021年度一般公共预算及政府性基金财政拨款“三公”经费支出决算表', 'unit': '万元',
                'notes': 'items printed down, 总计 LAST; 预算数 and 决算数 each over 合计 | 一般公共预算 | 政府性基金 (2 header rows, merges); '
                         '编制单位:合肥市图书馆 and 金额单位:万元 on one line; a note under the table on rounding'}],
    'missing_tables': ['J1–J6, J8, J9: not on the page (it publishes the 三公 part only)'],
})
