#!/usr/bin/env python3
"""Independent audit of workbook.xlsx (2026年深圳市建筑工务署部门预算: a 部门 of 4 预算单位), never the engine.

usage: audit.py [workbook.xlsx] [--write]      --write also writes expected.json next to this script

Reads the workbook with openpyxl, computes every relation with exact decimals and prints what holds and what does
not. Amounts are 万元 with two decimals converted from 元 cell by cell (every table's note: 本套报表金额单位转换时
可能存在尾数误差), so a sum of n printed figures that misses its printed total by at most (n + 1) × 0.005 (0.01 for two figures) is
marked as rounding; anything larger is real.
"""
import json
import os
import re
import sys
from collections import OrderedDict
from decimal import Decimal

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
args = [a for a in sys.argv[1:] if not a.startswith('--')]
WB = openpyxl.load_workbook(args[0] if args else os.path.join(HERE, 'workbook.xlsx'))
ZERO = Decimal(0)
CENT = Decimal('0.01')

S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11 = [ws.title for ws in WB.worksheets]
DEPT = '深圳市建筑工务署'
UNITS = ['深圳市建筑工务署（本级）', '深圳市建筑工务署文体和水务工程管理中心', '深圳市建筑工务署工程管理中心',
         '深圳市建筑工务署工程设计管理中心']

holds, bad, narrative = [], [], []


def cell(sheet, addr):
    v = WB[sheet][addr].value
    if v is None:
        return ZERO
    if isinstance(v, str):
        raise ValueError(f'{sheet}!{addr} is text: {v!r}')
    return Decimal(repr(v)) if isinstance(v, float) else Decimal(v)


def text(sheet, addr):
    v = WB[sheet][addr].value
    return '' if v is None else str(v).strip()


def ref(sheet, addr):
    return f'{sheet}!{addr}'


def fmt(d):
    return format(d.normalize(), 'f') if d == d.to_integral() else format(d, 'f')


def col(n):
    return openpyxl.utils.get_column_letter(n)


def cols(a, b):
    return [col(i) for i in range(openpyxl.utils.column_index_from_string(a), openpyxl.utils.column_index_from_string(b) + 1)]


def check(what, left, rights, minus=()):
    """left: (sheet, addr); rights: cells summed (one = equality), minus: cells subtracted."""
    lv = cell(*left)
    rv = sum((cell(*r) for r in rights), ZERO) - sum((cell(*r) for r in minus), ZERO)
    rhs = ' + '.join(ref(*r) for r in rights) if rights else '0'
    if minus:
        rhs += ' − ' + ' − '.join(ref(*r) for r in minus)
    desc = f'{what} ({ref(*left)} = {rhs})'
    if lv == rv:
        holds.append(desc)
        return True
    diff = lv - rv
    item = {'cells': [ref(*left)], 'against': [ref(*r) for r in list(rights) + list(minus)], 'published': fmt(lv),
            'computed': fmt(rv), 'what': f'{what}: {fmt(lv)} ≠ {fmt(rv)} (difference {fmt(diff)})'}
    # each printed figure is its 元 amount rounded to 0.01 万元 on its own, so a sum of n printed figures can miss the
    # printed total by up to (n + 1) × 0.005 (0.01 for an equality of two figures): that much is the conversion's residue
    limit = CENT / 2 * (len(rights) + len(minus) + 1)
    if abs(diff) <= max(limit, CENT):
        item['rounding'] = True
        item['what'] += f' — within the conversion residue of {len(rights) + len(minus)} printed figures (≤ {fmt(max(limit, CENT))})'
    bad.append(item)
    print(('  rounding ' if item.get('rounding') else '  FAILS    ') + item['what'] + f'  [{desc}]')
    return False


def check_le(what, small, big):
    desc = f'{what} ({ref(*small)} ≤ {ref(*big)})'
    if cell(*small) <= cell(*big):
        holds.append(desc)
    else:
        bad.append({'cells': [ref(*small)], 'against': [ref(*big)], 'published': fmt(cell(*small)), 'computed': fmt(cell(*big)),
                    'what': f'{what}: {fmt(cell(*small))} > {fmt(cell(*big))}'})
        print('  FAILS    ' + bad[-1]['what'])


def body(sheet, first):
    """Rows from first up to the note (注：…)."""
    ws = WB[sheet]
    out = []
    for r in range(first, ws.max_row + 1):
        if text(sheet, f'A{r}').startswith('注：'):
            break
        out.append(r)
    return out


def blocks(sheet, first):
    """The 部门 row and, per 预算单位, its row and the rows under it: (dept_row, OrderedDict(unit → (row, [rows])))."""
    rows = body(sheet, first)
    assert text(sheet, f'A{rows[0]}') == DEPT, (sheet, rows[0], text(sheet, f'A{rows[0]}'))
    units = OrderedDict()
    current = None
    for r in rows[1:]:
        a = text(sheet, f'A{r}')
        if a in UNITS:
            current = a
            units[a] = (r, [])
        else:
            assert current, (sheet, r, a)
            units[current][1].append(r)
    assert list(units) == UNITS, (sheet, list(units))
    return rows[0], units


def dept_sum(sheet, dept_row, units, columns, tag):
    for c in columns:
        check(f'{tag} {DEPT} = Σ 4 预算单位 (column {c})', (sheet, f'{c}{dept_row}'), [(sheet, f'{c}{r}') for r, _ in units.values()])


def row_sum(sheet, rows, left, parts, tag, minus=()):
    for r in rows:
        check(f'{tag} row {r}: {left} = {"+".join(parts)}' + (f' − {"−".join(minus)}' if minus else ''), (sheet, f'{left}{r}'),
              [(sheet, f'{c}{r}') for c in parts], [(sheet, f'{c}{r}') for c in minus])


def coded(sheet, rows):
    """[(row, code)] of the rows with a code in column B."""
    return [(r, text(sheet, f'B{r}')) for r in rows if text(sheet, f'B{r}')]


def hierarchy(sheet, unit, unit_row, rows, columns, tag, levels):
    """Inside one 预算单位: 类 = Σ款 = Σ项 and the unit row = Σ类, in every column."""
    cr = coded(sheet, rows)
    for c in columns:
        for i, (r, code) in enumerate(cr):
            if len(code) == levels[-1]:
                continue
            child = levels[levels.index(len(code)) + 1]
            kids = [(sheet, f'{c}{r2}') for r2, c2 in cr[i + 1:] if len(c2) == child and c2.startswith(code)]
            if kids:
                check(f'{tag} {unit} {code} = Σ下级 (column {c})', (sheet, f'{c}{r}'), kids)
        check(f'{tag} {unit} = Σ类 (column {c})', (sheet, f'{c}{unit_row}'), [(sheet, f'{c}{r}') for r, code in cr if len(code) == levels[0]])
    return {code: r for r, code in cr}


# ================================================================== 表2 收入总表
print('== ' + S2)
d2, u2 = blocks(S2, 6)
assert all(not rows for _, rows in u2.values())
row_sum(S2, [d2] + [r for r, _ in u2.values()], 'B', cols('C', 'L'), 'T2 收入总计 = 一般公共 + 基金 + 国资 + 财政专户 + 单位资金(5) + 上年结余结转:')
dept_sum(S2, d2, u2, cols('B', 'L'), 'T2')

# ================================================================== 表3 支出总表 (功能分类, by unit)
print('== ' + S3)
d3, u3 = blocks(S3, 5)
codes3 = {}
for unit, (ur, rows) in u3.items():
    codes3[unit] = hierarchy(S3, unit, ur, rows, cols('D', 'L'), 'T3', (3, 5, 7))
    row_sum(S3, [ur] + rows, 'D', cols('E', 'I'), 'T3 支出总计 = 基本 + 项目 + 事业单位经营 + 对附属单位补助 + 上缴上级:')
    for r in [ur] + rows:
        check_le(f'T3 row {r}: 其中预留给中小企业 ≤ 政府采购 小计', (S3, f'K{r}'), (S3, f'J{r}'))
        check_le(f'T3 row {r}: 其中预留给小型、微型企业 ≤ 预留给中小企业', (S3, f'L{r}'), (S3, f'K{r}'))
row_sum(S3, [d3], 'D', cols('E', 'I'), 'T3 支出总计 = 基本 + 项目 + 事业单位经营 + 对附属单位补助 + 上缴上级:')
dept_sum(S3, d3, u3, cols('D', 'L'), 'T3')
# the department's figure per code: Σ over the units (表3 prints no department-level code rows)
names3, dept3 = {}, OrderedDict()
for unit, (ur, rows) in u3.items():
    for code, r in codes3[unit].items():
        names3.setdefault(code, text(S3, f'C{r}'))
        assert names3[code] == text(S3, f'C{r}'), (code, names3[code], text(S3, f'C{r}'))
        dept3.setdefault(code, []).append((unit, r))
ORDER = sorted(dept3)

# ================================================================== 表1 收支总表 and 表6 财政拨款收支总表 (no codes)
def names_to_codes(sheet, first, last):
    """表1/表6 支出 rows C{first}..C{last} in order = the department's codes of 表3 in code order, by name."""
    rows = [r for r in range(first, last + 1) if text(sheet, f'C{r}')]
    assert len(rows) == len(ORDER), (sheet, len(rows), len(ORDER))
    out = {}
    for r, code in zip(rows, ORDER):
        name = re.sub(r'^[一二三四五六七八九十]+、', '', text(sheet, f'C{r}'))
        assert name == names3[code], (sheet, r, name, code, names3[code])
        assert bool(re.match(r'[一二三四五六七八九十]+、', text(sheet, f'C{r}'))) == (len(code) == 3), (sheet, r)
        out[code] = r
    return out


def code_tree(sheet, rowmap, c, tag, total_row):
    for code, r in rowmap.items():
        if len(code) < 7:
            child = 5 if len(code) == 3 else 7
            kids = [(sheet, f'{c}{rowmap[k]}') for k in rowmap if len(k) == child and k.startswith(code)]
            if kids:
                check(f'{tag} {code} = Σ下级', (sheet, f'{c}{r}'), kids)
    check(f'{tag} 本年支出合计 = Σ类', (sheet, f'{c}{total_row}'), [(sheet, f'{c}{r}') for k, r in rowmap.items() if len(k) == 3])


print('== ' + S1)
for r, label in [(5, '一、财政拨款'), (9, '二、财政专户管理资金'), (10, '三、单位资金'), (31, '本年收入合计'), (32, '上年结余、结转'), (35, '收入总计')]:
    assert text(S1, f'A{r}') == label, (r, text(S1, f'A{r}'))
assert text(S1, 'C31') == '本年支出合计' and text(S1, 'C32') == '结转下年' and text(S1, 'C35') == '支出总计'
check('T1 一、财政拨款 = 1.+2.+3.', (S1, 'B5'), [(S1, 'B6'), (S1, 'B7'), (S1, 'B8')])
check('T1 三、单位资金 = 1.–5.', (S1, 'B10'), [(S1, f'B{r}') for r in range(11, 16)])
check('T1 本年收入合计 = 一 + 二 + 三', (S1, 'B31'), [(S1, 'B5'), (S1, 'B9'), (S1, 'B10')])
check('T1 上年结余、结转 = 1. + 2.', (S1, 'B32'), [(S1, 'B33'), (S1, 'B34')])
check('T1 收入总计 = 本年收入合计 + 上年结余、结转', (S1, 'B35'), [(S1, 'B31'), (S1, 'B32')])
check('T1 支出总计 = 本年支出合计 + 结转下年', (S1, 'D35'), [(S1, 'D31'), (S1, 'D32')])
check('T1 收入总计 = 支出总计', (S1, 'B35'), [(S1, 'D35')])
rows1 = names_to_codes(S1, 5, 30)
code_tree(S1, rows1, 'D', 'T1', 31)

print('== ' + S6)
for r, label in [(5, '财政拨款'), (31, '本年收入合计'), (32, '上年结余、结转'), (36, '收入总计')]:
    assert text(S6, f'A{r}') == label, (r, text(S6, f'A{r}'))
assert text(S6, 'C31') == '本年支出合计' and text(S6, 'C32') == '结转下年' and text(S6, 'C36') == '支出总计'
check('T6 财政拨款 = 1.+2.+3.', (S6, 'B5'), [(S6, 'B6'), (S6, 'B7'), (S6, 'B8')])
check('T6 本年收入合计 = 财政拨款', (S6, 'B31'), [(S6, 'B5')])
check('T6 上年结余、结转 = 1.+2.+3.', (S6, 'B32'), [(S6, 'B33'), (S6, 'B34'), (S6, 'B35')])
check('T6 收入总计 = 本年收入合计 + 上年结余、结转', (S6, 'B36'), [(S6, 'B31'), (S6, 'B32')])
check('T6 支出总计 = 本年支出合计 + 结转下年', (S6, 'D36'), [(S6, 'D31'), (S6, 'D32')])
check('T6 收入总计 = 支出总计', (S6, 'B36'), [(S6, 'D36')])
rows6 = names_to_codes(S6, 5, 30)
code_tree(S6, rows6, 'D', 'T6', 31)

# ================================================================== 表4 基本支出总表 (经济分类 by name, by unit)
print('== ' + S4)
CLASSES4 = ('工资福利支出', '商品和服务支出', '对个人和家庭的补助', '资本性支出')
d4, u4 = blocks(S4, 5)
names4 = {}
for unit, (ur, rows) in u4.items():
    tops, current, kids = [], None, OrderedDict()
    for r in rows:
        a = text(S4, f'A{r}')
        if a in CLASSES4:
            current = a
            tops.append(r)
            kids[a] = (r, [])
        else:
            kids[current][1].append(r)
    names4[unit] = kids
    for c in cols('B', 'M'):
        check(f'T4 {unit} = Σ类 (column {c})', (S4, f'{c}{ur}'), [(S4, f'{c}{r}') for r in tops])
        for cls, (cr, ks) in kids.items():
            check(f'T4 {unit} {cls} = Σ款 (column {c})', (S4, f'{c}{cr}'), [(S4, f'{c}{k}') for k in ks])
    all_rows = [ur] + rows
    row_sum(S4, all_rows, 'B', ['C', 'G'] + cols('H', 'M'), 'T4 总计 = 财政拨款小计 + 财政专户 + 单位资金(5) + 上年结余结转:')
    row_sum(S4, all_rows, 'C', ['D', 'E', 'F'], 'T4 财政拨款 小计 = 一般公共 + 基金 + 国资:')
row_sum(S4, [d4], 'B', ['C', 'G'] + cols('H', 'M'), 'T4 总计 = 财政拨款小计 + 财政专户 + 单位资金(5) + 上年结余结转:')
row_sum(S4, [d4], 'C', ['D', 'E', 'F'], 'T4 财政拨款 小计 = 一般公共 + 基金 + 国资:')
dept_sum(S4, d4, u4, cols('B', 'M'), 'T4')

# ================================================================== 表5 项目支出总表 (一级项目 by unit)
print('== ' + S5)
d5, u5 = blocks(S5, 6)
for unit, (ur, rows) in u5.items():
    for c in cols('B', 'L'):
        check(f'T5 {unit} = Σ项目 (column {c})', (S5, f'{c}{ur}'), [(S5, f'{c}{r}') for r in rows])
    row_sum(S5, [ur] + rows, 'B', cols('C', 'L'), 'T5 总计 = 一般公共 + 基金 + 国资 + 财政专户 + 单位资金(5) + 上年结余结转:')
row_sum(S5, [d5], 'B', cols('C', 'L'), 'T5 总计 = 一般公共 + 基金 + 国资 + 财政专户 + 单位资金(5) + 上年结余结转:')
dept_sum(S5, d5, u5, cols('B', 'L'), 'T5')

# ================================================================== 表7 / 表8 一般公共预算 (功能 / 经济分类, by unit)
print('== ' + S7)
d7, u7 = blocks(S7, 4)
codes7 = {}
for unit, (ur, rows) in u7.items():
    codes7[unit] = hierarchy(S7, unit, ur, rows, ['D', 'E', 'F'], 'T7', (3, 5, 7))
    row_sum(S7, [ur] + rows, 'D', ['E', 'F'], 'T7 支出总计 = 基本 + 项目:')
row_sum(S7, [d7], 'D', ['E', 'F'], 'T7 支出总计 = 基本 + 项目:')
dept_sum(S7, d7, u7, ['D', 'E', 'F'], 'T7')
print('== ' + S8)
d8, u8 = blocks(S8, 4)
codes8 = {}
for unit, (ur, rows) in u8.items():
    codes8[unit] = hierarchy(S8, unit, ur, rows, ['D', 'E', 'F'], 'T8', (3, 5))
    row_sum(S8, [ur] + rows, 'D', ['E', 'F'], 'T8 支出总计 = 基本 + 项目:')
row_sum(S8, [d8], 'D', ['E', 'F'], 'T8 支出总计 = 基本 + 项目:')
dept_sum(S8, d8, u8, ['D', 'E', 'F'], 'T8')

# ================================================================== 表9 三公 (by unit × 2025 / 2026 / 增减)
print('== ' + S9)
G9 = OrderedDict([('总计', 'CDE'), ('因公出国(境)费', 'FGH'), ('公务接待费', 'IJK'), ('公务用车购置及运行维护费 小计', 'LMN'),
                  ('公务用车购置费', 'OPQ'), ('公务用车运行维护费', 'RST')])
FUNDS = ('一般公共预算', '政府性基金预算', '国有资本经营预算')
ws9 = body(S9, 6)
assert len(ws9) == 15
trip = {}
for i in range(0, 15, 3):
    name = text(S9, f'A{ws9[i]}')
    assert [text(S9, f'B{r}') for r in ws9[i:i + 3]] == ['2025年', '2026年', '增减变化金额'], ws9[i:i + 3]
    trip[name] = ws9[i:i + 3]
assert list(trip) == [DEPT] + UNITS
for name, (r25, r26, rd) in trip.items():
    for f in range(3):
        g = {k: v[f] for k, v in G9.items()}
        for r in (r25, r26, rd):
            check(f'T9 {name} {text(S9, f"B{r}")} {FUNDS[f]}: 总计 = 出国 + 接待 + 用车', (S9, f'{g["总计"]}{r}'),
                  [(S9, f'{g[k]}{r}') for k in ('因公出国(境)费', '公务接待费', '公务用车购置及运行维护费 小计')])
            check(f'T9 {name} {text(S9, f"B{r}")} {FUNDS[f]}: 用车 小计 = 购置 + 运行维护', (S9, f'{g["公务用车购置及运行维护费 小计"]}{r}'),
                  [(S9, f'{g["公务用车购置费"]}{r}'), (S9, f'{g["公务用车运行维护费"]}{r}')])
    for c in cols('C', 'T'):
        check(f'T9 {name} 增减变化金额 = 2026 − 2025 (column {c})', (S9, f'{c}{rd}'), [(S9, f'{c}{r26}')], [(S9, f'{c}{r25}')])
for k in range(3):
    for c in cols('C', 'T'):
        check(f'T9 {DEPT} {["2025年", "2026年", "增减变化金额"][k]} = Σ 4 预算单位 (column {c})', (S9, f'{c}{trip[DEPT][k]}'),
              [(S9, f'{c}{trip[u][k]}') for u in UNITS])

# ================================================================== 表10 / 表11 (empty, with 本表本年无发生额)
for s, tag in ((S10, 'T10'), (S11, 'T11')):
    print('== ' + s)
    d, u = blocks(s, 4)
    assert all(not rows for _, rows in u.values())
    for c in ('D', 'E', 'F'):
        for r in [d] + [r for r, _ in u.values()]:
            check(f'{tag} row {r} column {c} = 0 (注：本表本年无发生额)', (s, f'{c}{r}'), [])
    assert text(s, f'A{d + 5}') == '注：本表本年无发生额。'

# ================================================================== across tables
print('== across tables')
# 表1 收入 = 表2 部门 row; 表6 收入 = 表1 财政拨款
for c2, r1, what in (('B', 31, '本年收入合计'), ('C', 6, '一般公共预算拨款'), ('D', 7, '政府性基金预算拨款'), ('E', 8, '国有资本经营预算拨款'),
                     ('F', 9, '财政专户管理资金'), ('G', 11, '事业收入'), ('H', 12, '事业单位经营收入'), ('I', 13, '上级补助收入'),
                     ('J', 14, '附属单位上缴收入'), ('K', 15, '其他收入'), ('L', 32, '上年结余、结转')):
    check(f'T2 {DEPT} {what} = T1 {what}', (S2, f'{c2}{d2}'), [(S1, f'B{r1}')])
for r in (5, 6, 7, 8):
    check(f'T6 {text(S6, f"A{r}")} = T1 {text(S1, f"A{r}")}', (S6, f'B{r}'), [(S1, f'B{r}')])
check('T6 上年结余、结转 = T1 1.财政拨款结余、结转', (S6, 'B32'), [(S1, 'B33')])
# 表1 / 表6 支出 by row = Σ units of 表3 (表1, all funds) and of 表7 + 表10 + 表11 (表6, 财政拨款)
for code in ORDER:
    check(f'T1 支出 {code} {names3[code]} = Σ units T3 支出总计 {code}', (S1, f'D{rows1[code]}'), [(S3, f'D{r}') for _, r in dept3[code]])
    parts7 = [(S7, f'D{codes7[u][code]}') for u in UNITS if code in codes7[u]]
    check(f'T6 支出 {code} = Σ units T7 支出总计 {code} (T10, T11 empty)', (S6, f'D{rows6[code]}'), parts7)
    check(f'T6 支出 {code} = T1 支出 {code}', (S6, f'D{rows6[code]}'), [(S1, f'D{rows1[code]}')])
check('T1 本年支出合计 = T3 部门 支出总计', (S1, 'D31'), [(S3, f'D{d3}')])
check('T6 本年支出合计 = T7 部门 + T10 部门 + T11 部门', (S6, 'D31'), [(S7, f'D{d7}'), (S10, 'D4'), (S11, 'D4')])
# 表2 / 表3 / 表4 / 表5 / 表7 / 表8 unit by unit
for unit in UNITS:
    r2, r3, r4, r5, r7, r8 = u2[unit][0], u3[unit][0], u4[unit][0], u5[unit][0], u7[unit][0], u8[unit][0]
    check(f'T2 {unit} 收入总计 = T3 支出总计', (S2, f'B{r2}'), [(S3, f'D{r3}')])
    check(f'T4 {unit} 总计 = T3 基本支出', (S4, f'B{r4}'), [(S3, f'E{r3}')])
    check(f'T5 {unit} 总计 = T3 项目支出', (S5, f'B{r5}'), [(S3, f'F{r3}')])
    check(f'T7 {unit} 支出总计 = T2 一般公共预算拨款', (S7, f'D{r7}'), [(S2, f'C{r2}')])
    check(f'T7 {unit} 基本支出 = T4 一般公共预算拨款', (S7, f'E{r7}'), [(S4, f'D{r4}')])
    check(f'T7 {unit} 项目支出 = T5 一般公共预算拨款', (S7, f'F{r7}'), [(S5, f'C{r5}')])
    for c in ('D', 'E', 'F'):
        check(f'T8 {unit} = T7 {unit} (column {c})', (S8, f'{c}{r8}'), [(S7, f'{c}{r7}')])
    # 表7 = 表3 by code: here all money is 一般公共预算拨款 (表2: every other source 0), so the all-funds 表3 equals it
    assert set(codes7[unit]) == set(codes3[unit]), unit
    for code, r in codes7[unit].items():
        for c in ('D', 'E', 'F'):
            check(f'T7 {unit} {code} = T3 {code} (column {c}; all money 一般公共预算)', (S7, f'{c}{r}'), [(S3, f'{c}{codes3[unit][code]}')])
    # 表4 款 by name = 表8 基本支出 by 经济分类 款 (一般公共预算拨款 column D of 表4)
    by_name8 = {text(S8, f'C{r}'): r for code, r in codes8[unit].items()}
    for cls, (cr, ks) in names4[unit].items():
        for r in [cr] + ks:
            name = text(S4, f'A{r}')
            assert name in by_name8, (unit, name)
            check(f'T4 {unit} {name} 一般公共预算拨款 = T8 {text(S8, f"B{by_name8[name]}")} 基本支出', (S4, f'D{r}'), [(S8, f'E{by_name8[name]}')])
    listed = {text(S4, f'A{r}') for cls, (cr, ks) in names4[unit].items() for r in [cr] + ks}
    for code, r in codes8[unit].items():
        if text(S8, f'C{r}') not in listed:
            check(f'T8 {unit} {code} {text(S8, f"C{r}")} 基本支出 = 0 (no T4 row)', (S8, f'E{r}'), [])
    # 三公 2026 一般公共预算 = 表8 经济分类 (基本 + 项目)
    r26 = trip[unit][1]
    for label, c9, code in (('因公出国(境)费', 'F', '30212'), ('公务接待费', 'I', '30217'), ('公务用车运行维护费', 'R', '30231'),
                            ('公务用车购置费', 'O', '31013')):
        if code in codes8[unit]:
            check(f'T9 {unit} 2026 {label} = T8 {code} 支出总计', (S9, f'{c9}{r26}'), [(S8, f'D{codes8[unit][code]}')])
        else:
            check(f'T9 {unit} 2026 {label} = 0 (T8 has no {code})', (S9, f'{c9}{r26}'), [])
check('T4 部门 = T3 部门 基本支出', (S4, f'B{d4}'), [(S3, f'E{d3}')])
check('T5 部门 = T3 部门 项目支出', (S5, f'B{d5}'), [(S3, f'F{d3}')])
check('T2 部门 = T3 部门', (S2, f'B{d2}'), [(S3, f'D{d3}')])
check('T7 部门 = T2 部门 一般公共预算拨款', (S7, f'D{d7}'), [(S2, f'C{d2}')])
check('T10 部门 = T2 部门 政府性基金预算拨款', (S10, 'D4'), [(S2, f'D{d2}')])
check('T11 部门 = T2 部门 国有资本经营预算拨款', (S11, 'D4'), [(S2, f'E{d2}')])

# ================================================================== narrative
print('== narrative.txt')
FLAT = re.sub(r'\s+', '', open(os.path.join(HERE, 'narrative.txt'), encoding='utf-8').read())


def said(snippet, value, cells_, note=None, parts=False):
    """The text's figure (万元) against one cell or the sum of several."""
    s = re.sub(r'\s+', '', snippet)
    assert s in FLAT, snippet
    v = Decimal(value.replace(',', ''))
    t = sum((cell(*c) for c in cells_), ZERO)
    e = {'text': snippet, 'value': fmt(v), 'unit': '万元', 'cell': ', '.join(ref(*c) for c in cells_), 'agrees': v == t}
    if v != t:
        e['table'] = fmt(t)
        if abs(v - t) == CENT:
            e['rounding'] = True
    if note:
        e['note'] = note
    narrative.append(e)
    if v != t:
        print(f'  {"rounding" if abs(v - t) == CENT else "DIFFERS "} {snippet}: text {fmt(v)}, table {fmt(t)} ({e["cell"]})')


said('部门预算收入 33,934.54 万元', '33,934.54', [(S1, 'B35')])
said('部门预算支出 33,934.54 万元', '33,934.54', [(S1, 'D35')])
ST = {UNITS[0]: '市建筑工务署本级', UNITS[1]: '市建筑工务署文体和水务工程管理中心', UNITS[2]: '市建筑工务署工程管理中心',
      UNITS[3]: '市建筑工务署工程设计管理中心'}
# 第三部分, per unit: 预算 = 表3 unit row; 在职人员经费 + 增人增资 = 表4 工资福利支出; 公用经费 = 表4 商品和服务 + 资本性;
# 对个人和家庭的补助 = 表4 对个人和家庭的补助; 项目支出 = 表5 unit; then one sentence per 一级项目 of 表5
TEXT3 = {
    UNITS[0]: ('14,480.17', '3,169.47', '751.34', '376.30', '316.95', '9,866.11',
               [('工程管理 6,832.94 万元', '6,832.94', '工程管理'), ('工程监督 1,188.72 万元', '1,188.72', '工程监督'),
                ('综合管理类 1,774.42 万元', '1,774.42', '综合管理类'), ('预算准备金 70.03 万元', '70.03', '预算准备金')]),
    UNITS[1]: ('5,647.80', '3,279.03', '389.50', '304.24', '253.68', '1,421.35', [('工程管理 1,421.35 万元', '1,421.35', '工程管理')]),
    UNITS[2]: ('8,236.21', '5,690.00', '727.52', '235.20', '358.00', '1,225.49',
               [('工程管理 1,117.49 万元', '1,117.49', '工程管理'), ('综合管理 108.00 万元', '108.00', '综合管理')]),
    UNITS[3]: ('5,570.36', '4,714.00', '148.67', '0', '10.00', '697.69', [('工程管理 697.69 万元', '697.69', '工程管理')]),
}
for unit, (tot, staff, public, family, extra, proj, items) in TEXT3.items():
    r3, r5 = u3[unit][0], u5[unit][0]
    k4 = names4[unit]
    said(f'{ST[unit]}预算 {tot} 万元', tot, [(S3, f'D{r3}')])
    wage = [(S4, f'B{k4["工资福利支出"][0]}')]
    pub = [(S4, f'B{k4[c][0]}') for c in ('商品和服务支出', '资本性支出') if c in k4]
    fam = [(S4, f'B{k4["对个人和家庭的补助"][0]}')] if '对个人和家庭的补助' in k4 else []
    v = Decimal(staff.replace(',', '')) + Decimal(extra.replace(',', ''))
    t = cell(*wage[0])
    e = {'text': f'在职人员经费 {staff} 万元 + 增人增资 {extra} 万元 ({ST[unit]})', 'value': fmt(v), 'unit': '万元',
         'cell': ref(*wage[0]), 'agrees': v == t,
         'note': '在职人员经费 and 增人增资 have no cell of their own: their sum is checked against 表4 工资福利支出'}
    if v != t:
        e['table'] = fmt(t)
        if abs(v - t) <= CENT:  # two printed figures against one: at most 0.015
            e['rounding'] = True
    narrative.append(e)
    if v != t:
        print(f'  {"rounding" if e.get("rounding") else "DIFFERS "} {e["text"]}: {fmt(v)} vs {fmt(t)}')
    said(f'公用经费 {public} 万元', public, pub, note=f'{ST[unit]}: 表4 商品和服务支出' + (' + 资本性支出' if len(pub) > 1 else ''))
    said(f'对个人和家庭补助支出 {family} 万元', family, fam, note=ST[unit])
    said(f'项目支出 {proj} 万元', proj, [(S5, f'B{r5}')], note=ST[unit])
    for snippet, value, name in items:
        rr = [r for r in u5[unit][1] if text(S5, f'A{r}') == name]
        assert len(rr) == 1, (unit, name)
        said(snippet, value, [(S5, f'B{rr[0]}')], note=ST[unit])
    # the paragraph adds up: 在职 + 公用 + 个人家庭 + 增人增资 + 项目 = 预算
    parts_ = sum(Decimal(x.replace(',', '')) for x in (staff, public, family, extra, proj))
    e = {'text': f'{ST[unit]}: {staff} + {public} + {family} + {extra} + {proj} = {tot}', 'value': fmt(parts_), 'unit': '万元',
         'cell': ref(S3, f'D{r3}'), 'agrees': parts_ == cell(S3, f'D{r3}'), 'note': 'the five parts of the paragraph against the unit total'}
    if not e['agrees']:
        e['table'] = fmt(cell(S3, f'D{r3}'))
    narrative.append(e)
said('政府采购项目共有 2,060.95 万元', '2,060.95', [(S3, f'J{d3}')])
said('“三公”经费预算 100.22 万元', '100.22', [(S9, f'C{trip[DEPT][1]}')])
said('较 2025年年初预算减少 17.20 万元', '-17.20', [(S9, f'C{trip[DEPT][2]}')], note='减少 17.20 = 增减变化金额 −17.20')
said('因公出国（境）费用。2026 年预算数 77.20 万元', '77.20', [(S9, f'F{trip[DEPT][1]}')])
said('较2025 年年初预算增加 5.20 万元', '5.20', [(S9, f'F{trip[DEPT][2]}')])
said('公务接待费。2026 年预算数 1.00 万元', '1.00', [(S9, f'I{trip[DEPT][1]}')])
said('较 2025 年年初预算增加 0 万元', '0', [(S9, f'I{trip[DEPT][2]}')])
said('公务用车购置和运行维护费。2026 年预算数 22.02 万元', '22.02', [(S9, f'L{trip[DEPT][1]}')])
said('公务用车购置费 2026 年预算数 0 万元', '0', [(S9, f'O{trip[DEPT][1]}')])
said('较 2025 年年初预算减少 20.00 万元', '-20.00', [(S9, f'O{trip[DEPT][2]}')])
said('公务用车运行维护费 2026 年预算数 22.02 万元', '22.02', [(S9, f'R{trip[DEPT][1]}')])
said('较 2025年年初预算减少 2.40 万元', '-2.40', [(S9, f'R{trip[DEPT][2]}')])
said('涉及预算资金 13,210.64 万元', '13,210.64', [(S5, f'B{d5}')])
for unit, name, value in ((UNITS[0], '工程管理', '6,832.94'), (UNITS[0], '工程监督', '1,188.72'), (UNITS[1], '工程管理', '1,421.35'),
                          (UNITS[2], '工程管理', '1,117.49'), (UNITS[3], '工程管理', '697.69')):
    rr = [r for r in u5[unit][1] if text(S5, f'A{r}') == name]
    said(f'{ST[unit]} | {name} | {value}', value, [(S5, f'B{rr[0]}')], note='第七部分 重点项目 table')
# 机关运行经费: 本级 (the 行政 unit) 基本支出 items named in 名词解释 九
ITEMS = ('办公费', '印刷费', '水费', '电费', '邮电费', '取暖费', '物业管理费', '差旅费', '因公出国（境）费用', '维修（护）费', '租赁费',
         '会议费', '培训费', '公务接待费', '专用材料费', '被装购置费', '公务用车运行维护费', '其他交通费用', '医疗费补助', '办公设备购置',
         '专用设备购置', '信息网络及软件购置更新', '公务用车购置', '其他交通工具购置')
k4 = names4[UNITS[0]]
item_cells = [(S4, f'D{r}') for cls, (cr, ks) in k4.items() for r in ks if text(S4, f'A{r}') in ITEMS]
said('机关运行经费财政拨款预算 663.00 万元', '663.00', item_cells,
     note='Σ of 本级 表4 一般公共预算拨款 rows whose names 名词解释 九 lists (办公费 … 办公设备购置): only 本级 is a 行政 unit')
# sums the text makes itself
for label, parts_, whole in (('政府采购 货物 14.33 + 工程 0 + 服务 2,046.62 = 2,060.95', ('14.33', '0', '2046.62'), '2060.95'),
                             ('三公 77.20 + 1.00 + 22.02 = 100.22', ('77.20', '1.00', '22.02'), '100.22')):
    s = sum(Decimal(x) for x in parts_)
    narrative.append({'text': label, 'value': fmt(s), 'unit': '万元', 'cell': 'narrative.txt', 'agrees': s == Decimal(whole)})
n_projects = sum(len(rows) for _, rows in u5.values())
narrative.append({'text': '设置并编报 8 个项目绩效目标', 'value': '8', 'unit': '个', 'cell': f'{S5} (一级项目 rows)',
                  'agrees': n_projects == 8, 'note': f'表5 lists {n_projects} 一级项目 under the 4 units'})

# ================================================================== report
real = [b for b in bad if not b.get('rounding')]
print(f"\n{len(holds)} relations hold; {len(bad)} do not ({len(bad) - len(real)} conversion residues, {len(real)} real)")
nd = [n for n in narrative if not n['agrees'] and not n.get('rounding')]
print(f'narrative: {len(narrative)} figures, {sum(n["agrees"] for n in narrative)} agree, '
      f'{sum(bool(n.get("rounding")) for n in narrative)} differ by rounding, {len(nd)} do not')
for n in nd:
    print('  ', n['text'], n.get('value'), 'vs', n.get('table'))

if '--write' in sys.argv:
    sheets = [
        {'sheet': S1, 'table': 'T1', 'title': '收支总表', 'unit': '万元',
         'notes': '收入 left (一、财政拨款 1.–3., 二、财政专户管理资金, 三、单位资金 1.–5., 本年收入合计, 上年结余、结转 1.–2., 收入总计); 支出 right by '
                  '功能分类 names without codes (类 with 一、…六、, 款/项 by indentation only, lost), one 2026年预算数 column; the department as a whole'},
        {'sheet': S2, 'table': 'T2', 'title': '收入总表', 'unit': '万元',
         'notes': 'rows: the 部门 (深圳市建筑工务署) then its 4 预算单位; columns 收入总计, 财政拨款 (一般公共/基金/国资), 财政专户管理资金, 单位资金 (5), 上年结余、结转'},
        {'sheet': S3, 'table': 'T3', 'title': '支出总表', 'unit': '万元',
         'notes': '部门 row, then per 预算单位 its row and its 功能分类 codes in ONE column (3/5/7 digits) — no department-level code rows; '
                  '支出总计, 基本, 项目, 事业单位经营, 对附属单位补助, 上缴上级, 政府采购 (小计, 其中 中小企业, 其中 小微企业)'},
        {'sheet': S4, 'table': 'other:基本支出总表(经济分类×资金来源)', 'title': '基本支出总表', 'unit': '万元',
         'notes': 'per 预算单位: 经济分类 names without codes (类 工资福利支出/商品和服务支出/对个人和家庭的补助/资本性支出, 款 below), only rows with an '
                  'amount; columns by funding source with a 财政拨款 小计'},
        {'sheet': S5, 'table': 'T7', 'title': '项目支出总表', 'unit': '万元',
         'notes': 'all-funds 项目 table: per 预算单位 its 一级项目 (names only, no codes); columns by funding source; header repeated on p38 (dropped)'},
        {'sheet': S6, 'table': 'T4', 'title': '财政拨款收支总表', 'unit': '万元',
         'notes': '收入 财政拨款 1.–3. and 上年结余、结转 1.–3.; 支出 by 功能分类 names (as 表1), ONE 支出 column'},
        {'sheet': S7, 'table': 'T5', 'title': '一般公共预算支出表（按功能分类）', 'unit': '万元',
         'notes': '部门 row, per 预算单位 its row and codes; 支出总计, 基本支出, 项目支出'},
        {'sheet': S8, 'table': 'other:一般公共预算支出表(经济分类,基本+项目)', 'title': '一般公共预算支出表（按经济分类）', 'unit': '万元',
         'notes': 'per 预算单位 经济分类 codes 3/5 digits; 支出总计, 基本支出, 项目支出 (holds 项目 too, not only 基本)'},
        {'sheet': S9, 'table': 'T10', 'title': '财政拨款“三公”经费支出表', 'unit': '万元',
         'notes': 'rows 部门 and each 预算单位 × 年度 (2025年, 2026年, 增减变化金额); 18 amount columns (6 items × 一般公共/基金/国资)'},
        {'sheet': S10, 'table': 'T8', 'title': '政府性基金预算支出表', 'unit': '万元',
         'notes': 'empty: 部门 and 4 预算单位 rows of 0.00, 注：本表本年无发生额。'},
        {'sheet': S11, 'table': 'T9', 'title': '国有资本经营预算支出表', 'unit': '万元',
         'notes': 'empty: 部门 and 4 预算单位 rows of 0.00, 注：本表本年无发生额。'},
    ]
    expected = {
        'region': '深圳市', 'province': '广东', 'kind': '预算', 'year': 2026,
        'department': '深圳市建筑工务署',
        'level': '部门预算 (汇总): 深圳市建筑工务署（本级） and 3 下属事业单位',
        'units': UNITS,
        'source': {'repo': 'calinchow-del/renwu', 'path': '预算数据/003_深圳/2026年深圳市建筑工务署部门预算.pdf',
                   'commit': '8af6eb4b18439a2eadf2e7dc81f5eb15b3ae2383',
                   'sha256': 'b03dee1eff12838c44dfa6f844968310ef9039b68333cf8e5f0457b3f4728413'},
        'unit': '万元',
        'sheets': sheets,
        'holds': holds,
        'inconsistencies': bad,
        'narrative': narrative,
    }
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('wrote expected.json')
