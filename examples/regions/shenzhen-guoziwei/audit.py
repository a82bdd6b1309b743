#!/usr/bin/env python3
"""Independent audit of workbook.xlsx (2026年深圳市人民政府国有资产监督管理委员会部门预算), never the engine.

usage: audit.py [workbook.xlsx] [--write]      --write also writes expected.json next to this script

Reads the workbook with openpyxl, computes every relation with exact decimals (amounts are 万元 with two decimals,
so a table is exact to 0.01: any difference inside a table is reported; across the narrative a difference of 0.01
in a figure the narrative adds up itself is marked as rounding) and prints what holds and what does not.
"""
import json
import os
import re
import sys
from decimal import Decimal

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
args = [a for a in sys.argv[1:] if not a.startswith('--')]
WB = openpyxl.load_workbook(args[0] if args else os.path.join(HERE, 'workbook.xlsx'))
ZERO = Decimal(0)

S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11 = [ws.title for ws in WB.worksheets]

holds, bad, narrative = [], [], []


def cell(sheet, addr):
    v = WB[sheet][addr].value
    if v is None:
        return ZERO
    if isinstance(v, str):
        s = v.strip().replace(',', '')
        if s in ('', '-', '—'):
            return ZERO
        return Decimal(s)
    return Decimal(repr(v)) if isinstance(v, float) else Decimal(v)


def text(sheet, addr):
    v = WB[sheet][addr].value
    return '' if v is None else str(v).strip()


def ref(sheet, addr):
    return f'{sheet}!{addr}'


def fmt(d):
    return format(d.normalize(), 'f') if d == d.to_integral() else format(d, 'f')


def check(what, left, rights, rounding_ok=False):
    """left: (sheet, addr); rights: list of (sheet, addr) summed (a single one = equality)."""
    lv = cell(*left)
    rv = sum((cell(*r) for r in rights), ZERO)
    desc = f'{what} ({ref(*left)} = {" + ".join(ref(*r) for r in rights) if len(rights) > 1 else ref(*rights[0]) if rights else "0"})'
    if lv == rv:
        holds.append(desc)
        return True
    diff = lv - rv
    item = {'cells': [ref(*left)], 'against': [ref(*r) for r in rights], 'published': fmt(lv), 'computed': fmt(rv),
            'what': f'{what}: {fmt(lv)} ≠ {fmt(rv)} (difference {fmt(diff)})'}
    # every table is printed in 万元 converted from 元 cell by cell ("本套报表金额单位转换时可能存在尾数误差"):
    # a sum that misses by 0.01 is that conversion's residue
    if abs(diff) <= Decimal('0.01'):
        item['rounding'] = True
    bad.append(item)
    return False


def col(n):
    return openpyxl.utils.get_column_letter(n)


def rows_of(sheet, first):
    ws = WB[sheet]
    r = first
    out = []
    while r <= ws.max_row:
        a = text(sheet, f'A{r}')
        if a.startswith('注：'):
            break
        out.append(r)
        r += 1
    return out


# ------------------------------------------------------------------ coded tables (表3, 表7, 表8, 表10, 表11)
def coded_rows(sheet, first):
    """[(row, code)] of a table whose codes are in column B (类 3 digits, 款 5, 项 7), after the unit row."""
    out = []
    for r in rows_of(sheet, first):
        code = text(sheet, f'B{r}')
        if code:
            out.append((r, code))
    return out


def hierarchy(sheet, total_row, first, cols, tag, levels=(3, 5, 7)):
    """类 = Σ款 = Σ项 and 合计(unit row) = Σ类, in every column of cols."""
    rows = coded_rows(sheet, first)
    ok = True
    for c in cols:
        for i, (r, code) in enumerate(rows):
            if len(code) == levels[-1]:
                continue
            child_len = levels[levels.index(len(code)) + 1]
            kids = []
            for r2, c2 in rows[i + 1:]:
                if len(c2) <= len(code):
                    break
                if len(c2) == child_len and c2.startswith(code):
                    kids.append((sheet, f'{c}{r2}'))
            if kids:
                ok &= check(f'{tag} {code} = Σ下级 in column {c}', (sheet, f'{c}{r}'), kids)
        tops = [(sheet, f'{c}{r}') for r, code in rows if len(code) == levels[0]]
        if tops:
            ok &= check(f'{tag} 合计 = Σ类 in column {c}', (sheet, f'{c}{total_row}'), tops)
    return rows


def row_sum(sheet, rows, left_col, right_cols, tag):
    for r in rows:
        check(f'{tag} row {r}: {left_col} = {"+".join(right_cols)}', (sheet, f'{left_col}{r}'),
              [(sheet, f'{c}{r}') for c in right_cols])


def by_code(sheet, first, c):
    return {code: (sheet, f'{c}{r}') for r, code in coded_rows(sheet, first)}


# ================================================================== 表1 收支总表
for r, label in [(5, '一、财政拨款'), (6, '1.一般公共预算拨款'), (40, '本年收入合计'), (41, '上年结余、结转'), (44, '收入总计')]:
    assert text(S1, f'A{r}') == label, (r, text(S1, f'A{r}'))
assert text(S1, 'C40') == '本年支出合计' and text(S1, 'C44') == '支出总计'
check('T1 一、财政拨款 = 1.+2.+3.', (S1, 'B5'), [(S1, 'B6'), (S1, 'B7'), (S1, 'B8')])
check('T1 三、单位资金 = 1.–5.', (S1, 'B10'), [(S1, f'B{r}') for r in range(11, 16)])
check('T1 本年收入合计 = 一+二+三', (S1, 'B40'), [(S1, 'B5'), (S1, 'B9'), (S1, 'B10')])
check('T1 上年结余、结转 = 1.财政拨款 + 2.非财政拨款', (S1, 'B41'), [(S1, 'B42'), (S1, 'B43')])
check('T1 收入总计 = 本年收入合计 + 上年结余、结转', (S1, 'B44'), [(S1, 'B40'), (S1, 'B41')])
check('T1 支出总计 = 本年支出合计 + 结转下年', (S1, 'D44'), [(S1, 'D40'), (S1, 'D41')])
check('T1 收入总计 = 支出总计', (S1, 'B44'), [(S1, 'D44')])
LEI = re.compile(r'^[一二三四五六七八九十]+、')


def named_expenditure(sheet, first, last):
    """表1 / 表6 支出 side: names only (类 with 一、…), matched row by row to 表3's coded rows."""
    t3 = coded_rows(S3, 6)
    rows = list(range(first, last + 1))
    assert len(rows) == len(t3), (sheet, len(rows), len(t3))
    out = []
    for r, (r3, code) in zip(rows, t3):
        name = LEI.sub('', text(sheet, f'C{r}'))
        assert name == text(S3, f'C{r3}'), (sheet, r, name, text(S3, f'C{r3}'))
        assert bool(LEI.match(text(sheet, f'C{r}'))) == (len(code) == 3), (sheet, r)
        out.append((r, code, r3))
    return out


T1X = named_expenditure(S1, 5, 39)
# hierarchy of 表1 by the codes of the matching 表3 rows
for i, (r, code, _) in enumerate(T1X):
    if len(code) < 7:
        kids = [(S1, f'D{r2}') for r2, c2, _ in T1X[i + 1:] if len(c2) == len(code) + 2 and c2.startswith(code)]
        check(f'T1 {text(S1, f"C{r}")} ({code}, by 表3 code) = Σ下级', (S1, f'D{r}'), kids)
check('T1 本年支出合计 = Σ类', (S1, 'D40'), [(S1, f'D{r}') for r, code, _ in T1X if len(code) == 3])
for r, code, r3 in T1X:
    check(f'T1 支出 {code} = T3 支出总计', (S1, f'D{r}'), [(S3, f'D{r3}')])

# ================================================================== 表2 收入总表
assert text(S2, 'A6').startswith('深圳市')
check('T2 收入总计 = Σ本年收入 + 上年结余、结转', (S2, 'B6'), [(S2, f'{c}6') for c in 'CDEFGHIJKL'])
check('T2 收入总计 = T1 收入总计', (S2, 'B6'), [(S1, 'B44')])
check('T2 一般公共预算拨款 = T1 1.一般公共预算拨款', (S2, 'C6'), [(S1, 'B6')])
check('T2 政府性基金预算拨款 = T1 2.政府性基金预算拨款', (S2, 'D6'), [(S1, 'B7')])
check('T2 国有资本经营预算拨款 = T1 3.', (S2, 'E6'), [(S1, 'B8')])
check('T2 财政专户管理资金 = T1 二、', (S2, 'F6'), [(S1, 'B9')])
for c, r in zip('GHIJK', range(11, 16)):
    check(f'T2 单位资金 {text(S2, c + "5")} = T1 {text(S1, "A" + str(r))}', (S2, f'{c}6'), [(S1, f'B{r}')])
check('T2 上年结余、结转 = T1 上年结余、结转', (S2, 'L6'), [(S1, 'B41')])

# ================================================================== 表3 支出总表
T3_ROWS = rows_of(S3, 5)
row_sum(S3, T3_ROWS, 'D', ['E', 'F', 'G', 'H', 'I'], 'T3 支出总计 = 基本+项目+经营+对附属单位补助+上缴上级')
hierarchy(S3, 5, 6, 'DEFGHIJKL', 'T3')
for r in T3_ROWS:
    for big, small in (('J', 'K'), ('K', 'L'), ('D', 'J')):
        if cell(S3, f'{small}{r}') > cell(S3, f'{big}{r}'):
            bad.append({'cells': [ref(S3, f'{small}{r}')], 'against': [ref(S3, f'{big}{r}')],
                        'published': fmt(cell(S3, f'{small}{r}')), 'computed': fmt(cell(S3, f'{big}{r}')),
                        'what': f'T3 row {r}: {small} (其中) above {big}'})
holds.append('T3 政府采购 其中 lines: 预留中小企业 ≤ 小计, 预留小微 ≤ 预留中小企业, 小计 ≤ 支出总计 in every row (J/K/L)')
check('T3 支出总计 = T1 本年支出合计', (S3, 'D5'), [(S1, 'D40')])
check('T3 支出总计 = T2 收入总计 (no 结转下年)', (S3, 'D5'), [(S2, 'B6')])

# ================================================================== 表4 基本支出总表 (经济分类 names, no codes)
T4_ROWS = rows_of(S4, 5)
row_sum(S4, T4_ROWS, 'B', ['C', 'G', 'H', 'I', 'J', 'K', 'L', 'M'], 'T4 总计 = 财政拨款小计+财政专户+单位资金+上年结余')
row_sum(S4, T4_ROWS, 'C', ['D', 'E', 'F'], 'T4 财政拨款小计 = 一般公共+政府性基金+国有资本经营')
# levels by the names of 表8 (which has the codes)
T8_BY_NAME = {}
for r, code in coded_rows(S8, 5):
    T8_BY_NAME.setdefault(text(S8, f'C{r}'), []).append((r, code))
t4_levels = []
for r in T4_ROWS[1:]:
    name = text(S4, f'A{r}')
    cands = [(r8, code) for r8, code in T8_BY_NAME.get(name, [])]
    assert len(cands) == 1, (name, cands)
    t4_levels.append((r, cands[0][1], cands[0][0]))
for i, (r, code, _) in enumerate(t4_levels):
    if len(code) == 3:
        kids = []
        for r2, c2, _ in t4_levels[i + 1:]:
            if len(c2) == 3:
                break
            kids.append((S4, f'B{r2}'))
        for c in 'BCD':
            check(f'T4 {text(S4, f"A{r}")} ({code}) = Σ款 in column {c}', (S4, f'{c}{r}'),
                  [(S4, f'{c}{int(k[1][1:])}') for k in kids])
for c in 'BCD':
    check(f'T4 合计 (unit row) = Σ类 in column {c}', (S4, f'{c}5'), [(S4, f'{c}{r}') for r, code, _ in t4_levels if len(code) == 3])
for r, code, r8 in t4_levels:
    check(f'T4 {text(S4, f"A{r}")} = T8 {code} 基本支出', (S4, f'B{r}'), [(S8, f'E{r8}')])
missing = [code for r8, code in coded_rows(S8, 5) if cell(S8, f'E{r8}') != 0 and code not in {c for _, c, _ in t4_levels}]
if missing:
    bad.append({'cells': [ref(S8, 'E5')], 'against': [], 'published': ' '.join(missing), 'computed': '',
                'what': 'T8 基本支出 rows with an amount missing from T4'})
else:
    holds.append('T4 lists every T8 经济分类 row with a 基本支出 amount (and only those)')
check('T4 总计 = T3 基本支出', (S4, 'B5'), [(S3, 'E5')])
check('T4 一般公共预算拨款 = T7 基本支出', (S4, 'D5'), [(S7, 'E4')])

# ================================================================== 表5 项目支出总表
T5_ROWS = rows_of(S5, 6)
row_sum(S5, T5_ROWS, 'B', ['C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'], 'T5 总计 = Σ资金来源')
for c in 'BCDEFGHIJKL':
    check(f'T5 合计 (unit row) = Σ项目 in column {c}', (S5, f'{c}6'), [(S5, f'{c}{r}') for r in T5_ROWS[1:]])
check('T5 总计 = T3 项目支出', (S5, 'B6'), [(S3, 'F5')])
check('T5 上年结余、结转 = T1 上年结余、结转 (no 结转 in 基本支出)', (S5, 'L6'), [(S1, 'B41')])
check('T4 上年结余、结转 = 0 (all 结转 is in 项目)', (S4, 'M5'), [])

# ================================================================== 表6 财政拨款收支总表
for r, label in [(5, '财政拨款'), (40, '本年收入合计'), (41, '上年结余、结转'), (45, '收入总计')]:
    assert text(S6, f'A{r}') == label, (r, text(S6, f'A{r}'))
check('T6 财政拨款 = 1.+2.+3.', (S6, 'B5'), [(S6, 'B6'), (S6, 'B7'), (S6, 'B8')])
check('T6 本年收入合计 = 财政拨款', (S6, 'B40'), [(S6, 'B5')])
check('T6 上年结余、结转 = 1.+2.+3.', (S6, 'B41'), [(S6, 'B42'), (S6, 'B43'), (S6, 'B44')])
check('T6 收入总计 = 本年收入合计 + 上年结余、结转', (S6, 'B45'), [(S6, 'B40'), (S6, 'B41')])
check('T6 支出总计 = 本年支出合计 + 结转下年', (S6, 'D45'), [(S6, 'D40'), (S6, 'D41')])
check('T6 收入总计 = 支出总计', (S6, 'B45'), [(S6, 'D45')])
T6X = named_expenditure(S6, 5, 39)
check('T6 本年支出合计 = Σ类', (S6, 'D40'), [(S6, f'D{r}') for r, code, _ in T6X if len(code) == 3])
for c1, c6 in (('B5', 'B5'), ('B6', 'B6'), ('B7', 'B7'), ('B8', 'B8'), ('B42', 'B41'), ('D40', 'D40'), ('B44', 'B45')):
    n6, n1 = chr(ord(c6[0]) - 1) + c6[1:], chr(ord(c1[0]) - 1) + c1[1:]
    check(f'T6 {text(S6, n6)} = T1 {text(S1, n1)}', (S6, c6), [(S1, c1)])
# 财政拨款 支出 by row = 一般公共预算 (表7) + 政府性基金 (表10) + 国有资本经营 (表11)
t7, t10, t11 = by_code(S7, 5, 'D'), by_code(S10, 5, 'D'), by_code(S11, 5, 'D')
for r, code, _ in T6X:
    parts = [x[code] for x in (t7, t10, t11) if code in x]
    check(f'T6 支出 {code} = T7 + T10 + T11 支出总计', (S6, f'D{r}'), parts)
check('T6 本年支出合计 = T7 + T10 + T11 合计', (S6, 'D40'), [(S7, 'D4'), (S10, 'D4'), (S11, 'D4')])
extra = [c for c in list(t7) + list(t10) + list(t11) if c not in {code for _, code, _ in T6X}]
if extra:
    bad.append({'cells': [ref(S6, 'C5')], 'against': [], 'published': ' '.join(extra), 'computed': '',
                'what': 'codes of T7/T10/T11 absent from T6'})
# 一般公共预算 spending = this year's 拨款 + its 结转; 政府性基金 likewise
check('T7 支出总计 = T6 一般公共预算拨款 + 一般公共预算拨款结余、结转', (S7, 'D4'), [(S6, 'B6'), (S6, 'B42')])
check('T10 支出总计 = T6 政府性基金预算拨款 + 政府性基金预算拨款结余、结转', (S10, 'D4'), [(S6, 'B7'), (S6, 'B43')])
check('T11 支出总计 = T6 国有资本经营预算拨款 + 其结余、结转', (S11, 'D4'), [(S6, 'B8'), (S6, 'B44')])
check('T7 项目支出 = T5 一般公共预算拨款 + T6 一般公共预算拨款结余、结转', (S7, 'F4'), [(S5, 'C6'), (S6, 'B42')])
check('T10 项目支出 = T5 政府性基金预算拨款 + T6 政府性基金预算拨款结余、结转', (S10, 'F4'), [(S5, 'D6'), (S6, 'B43')])

# ================================================================== 表7 一般公共预算支出表（按功能分类）
T7_ROWS = rows_of(S7, 4)
row_sum(S7, T7_ROWS, 'D', ['E', 'F'], 'T7 支出总计 = 基本+项目')
hierarchy(S7, 4, 5, 'DEF', 'T7')
check('T7 基本支出 = T3 基本支出 (all 基本 is 一般公共预算)', (S7, 'E4'), [(S3, 'E5')])
# 表3 = 表7 + 表10 + 表11 row by row (the department has only 财政拨款 money)
t3 = {code: r for r, code in coded_rows(S3, 6)}
for code, r in t3.items():
    for c3, c7 in (('E', 'E'), ('F', 'F')):
        parts = [(s, f'{c7}{dict((cd, rr) for rr, cd in coded_rows(s, 5))[code]}') for s in (S7, S10, S11)
                 if code in dict((cd, rr) for rr, cd in coded_rows(s, 5))]
        check(f'T3 {code} {text(S3, c3 + "3")} = T7 + T10 + T11', (S3, f'{c3}{r}'), parts)

# ================================================================== 表8 一般公共预算支出表（按经济分类）
T8_ROWS = rows_of(S8, 4)
row_sum(S8, T8_ROWS, 'D', ['E', 'F'], 'T8 支出总计 = 基本+项目')
hierarchy(S8, 4, 5, 'DEF', 'T8', levels=(3, 5))
for c in 'DEF':
    check(f'T8 合计 = T7 合计 in column {c}', (S8, f'{c}4'), [(S7, f'{c}4')])
t8 = {code: r for r, code in coded_rows(S8, 5)}

# ================================================================== 表9 三公
for r in (6, 7, 8):
    for k in range(3):  # 一般公共预算 / 政府性基金 / 国有资本经营
        C = lambda base: col(base + k)
        check(f'T9 {text(S9, "B" + str(r))} {text(S9, C(3) + "5")}: 总计 = 因公出国(境) + 公务接待 + 公务用车小计',
              (S9, f'{C(3)}{r}'), [(S9, f'{C(6)}{r}'), (S9, f'{C(9)}{r}'), (S9, f'{C(12)}{r}')])
        check(f'T9 {text(S9, "B" + str(r))} {text(S9, C(3) + "5")}: 公务用车小计 = 购置费 + 运行维护费',
              (S9, f'{C(12)}{r}'), [(S9, f'{C(15)}{r}'), (S9, f'{C(18)}{r}')])
for c in range(3, 21):
    L = col(c)
    d = cell(S9, f'{L}7') - cell(S9, f'{L}6')
    if d == cell(S9, f'{L}8'):
        holds.append(f'T9 增减变化金额 = 2026年 − 2025年 ({ref(S9, L + "8")} = {ref(S9, L + "7")} − {ref(S9, L + "6")})')
    else:
        bad.append({'cells': [ref(S9, f'{L}8')], 'against': [ref(S9, f'{L}7'), ref(S9, f'{L}6')],
                    'published': fmt(cell(S9, f'{L}8')), 'computed': fmt(d), 'what': 'T9 增减变化金额 ≠ 2026 − 2025'})
# 三公 (一般公共预算, 2026) against 表8 经济分类 (表8 holds 基本 and 项目 alike, so equality is expected)
for name, t9c, code in (('因公出国（境）费用', 'F7', '30212'), ('公务接待费', 'I7', '30217'),
                        ('公务用车运行维护费', 'R7', '30231')):
    assert text(S8, f'C{t8[code]}') == name
    check(f'T9 {name} (一般公共预算) = T8 {code} 支出总计', (S9, t9c), [(S8, f'D{t8[code]}')])
    if cell(S8, f'E{t8[code]}') <= cell(S9, t9c):
        holds.append(f'T8 {code} 基本支出 ≤ T9 {name} ({ref(S8, "E" + str(t8[code]))} ≤ {ref(S9, t9c)})')
assert text(S8, f'C{t8["31013"]}') == '公务用车购置'
check('T9 公务用车购置费 (一般公共预算) = T8 31013 公务用车购置 支出总计', (S9, 'O7'), [(S8, f'D{t8["31013"]}')])
for t9c, t4name in (('F7', '因公出国（境）费用'), ('I7', '公务接待费'), ('R7', '公务用车运行维护费'), ('O7', '公务用车购置')):
    r4 = [r for r in T4_ROWS if text(S4, f'A{r}') == t4name][0]
    check(f'T9 {t4name} = T4 {t4name} (no 三公 in 项目支出)', (S9, t9c), [(S4, f'B{r4}')])


# ================================================================== 表10 (empty), 表11 (国有资本经营, with data)
check('T10 合计 = 0', (S10, 'D4'), [])
if text(S10, 'A5') == '注：本表本年无发生额。':
    holds.append('T10 is empty and carries the note 注：本表本年无发生额。 (表10!A5)')
else:
    bad.append({'cells': [ref(S10, 'A5')], 'against': [], 'published': text(S10, 'A5'), 'computed': '',
                'what': 'T10 empty without its note'})
T11_ROWS = rows_of(S11, 4)
row_sum(S11, T11_ROWS, 'D', ['E', 'F'], 'T11 支出总计 = 基本+项目')
hierarchy(S11, 4, 5, 'DEF', 'T11')
t11 = by_code(S11, 5, 'D')
check('T11 支出总计 = T2 国有资本经营预算拨款', (S11, 'D4'), [(S2, 'E6')])
check('T11 支出总计 = T5 国有资本经营预算拨款 (all of it is 项目支出)', (S11, 'D4'), [(S5, 'E6')])
check('T11 项目支出 = T5 国有资本经营预算拨款', (S11, 'F4'), [(S5, 'E6')])
r5 = [r for r in rows_of(S5, 7) if text(S5, f'A{r}') == '国有资本经营预算'][0]
check('T5 一级项目 国有资本经营预算 = T11 支出总计', (S5, f'B{r5}'), [(S11, 'D4')])
check('T5 一级项目 国有资本经营预算 is all 国有资本经营预算拨款', (S5, f'B{r5}'), [(S5, f'E{r5}')])
check('T11 基本支出 = 0', (S11, 'E4'), [])
r1 = [r for r, code, _ in T1X if code == '223'][0]
check('T1 六、国有资本经营预算支出 (223) = T1 3.国有资本经营预算拨款', (S1, f'D{r1}'), [(S1, 'B8')])
t3 = {code: r for r, code in coded_rows(S3, 6)}
check('T3 223 基本支出 = 0', (S3, f'E{t3["223"]}'), [])
if '223' not in by_code(S7, 5, 'D') and not any(c.startswith('223') for c in by_code(S7, 5, 'D')):
    holds.append('T7 (一般公共预算) has no 223 row: 国有资本经营预算支出 is only in T11 (and T1/T3/T6)')
# 表8 经济分类 is 一般公共预算 only: its total is 表7's, so the 409,301.00 of 表11 has no 经济分类 anywhere
d = cell(S3, 'D5') - cell(S11, 'D4') - cell(S10, 'D4')
item = {'cells': [ref(S8, 'D4')], 'against': [ref(S3, 'D5'), ref(S11, 'D4'), ref(S10, 'D4')]}
if d == cell(S8, 'D4'):
    holds.append(f'T8 合计 = T3 支出总计 − T10 − T11 ({ref(S8, "D4")} = {ref(S3, "D5")} − {ref(S10, "D4")} − {ref(S11, "D4")}): 表8 is 一般公共预算 only')
else:
    item.update({'published': fmt(cell(S8, 'D4')), 'computed': fmt(d),
                 'what': f'T8 合计 = T3 支出总计 − T10 − T11: {fmt(cell(S8, "D4"))} ≠ {fmt(d)} (difference {fmt(cell(S8, "D4") - d)})'})
    if abs(cell(S8, 'D4') - d) <= Decimal('0.01'):
        item['rounding'] = True
    bad.append(item)

# ================================================================== narrative
NARR = open(os.path.join(HERE, 'narrative.txt'), encoding='utf-8').read()


def money(s):
    return Decimal(s.replace(',', ''))


def says(snippet, value, unit, cells, note=None):
    """snippet must occur in narrative.txt; value is compared with the sum of cells (or a given Decimal)."""
    assert snippet in NARR, snippet
    v = money(value)
    if isinstance(cells, Decimal):
        t = cells
        where = None
    else:
        t = sum((cell(*c) for c in cells), ZERO)
        where = ' + '.join(ref(*c) for c in cells)
    item = {'text': snippet, 'value': fmt(v), 'unit': unit, 'cell': where, 'table_value': fmt(t), 'agrees': v == t}
    if note:
        item['note'] = note
    narrative.append(item)
    return item


def pct(snippet, inc, now, stated, note):
    """a year-over-year rate with one decimal: last year = now − inc (not in the tables)."""
    r = (Decimal(inc) / (Decimal(now) - Decimal(inc)) * 100).quantize(Decimal('0.1'))
    item = says(snippet, stated, '%', r, note=note + f'; {inc} / ({now} − {inc}) = {fmt(r)}%: the text agrees with itself')
    return item


T4_NAME = {text(S4, f'A{r}'): r for r in T4_ROWS}
T5_NAME = {text(S5, f'A{r}'): r for r in T5_ROWS[1:]}
# 第二部分
says('部门预算收入 418,487.59 万元', '418487.59', '万元', [(S1, 'B44')])
says('部门预算支出 418,487.59 万元', '418487.59', '万元', [(S1, 'D44')])
pct('较 2025 年年初预算增加 34,775.26 万元，增长 9.1%', '34775.26', '418487.59', '9.1',
    'last year (383,712.33) is not in the tables')
# 第三部分
says('国有资产监督管理委员会预算 418,487.59万元', '418487.59', '万元', [(S3, 'D5')])
it = says('包括在职人员经费 5,500.55 万元', '5500.55', '万元', [(S4, f'B{T4_NAME["工资福利支出"]}')],
          note='no cell of its own: 在职人员经费 + 增人增资 (5,500.55 + 550) = T4 工资福利支出 6,050.55; table_value is that cell minus 550')
it['table_value'] = fmt(cell(S4, f'B{T4_NAME["工资福利支出"]}') - Decimal('550'))
it['agrees'] = it['table_value'] == '5500.55'
it['cell'] = f'{ref(S4, "B" + str(T4_NAME["工资福利支出"]))} − 增人增资 550'
says('公用经费 806.78 万元、', '806.78', '万元', [(S4, f'B{T4_NAME["商品和服务支出"]}'), (S4, f'B{T4_NAME["资本性支出"]}')],
     note='公用经费 = T4 商品和服务支出 794.78 + 资本性支出 12.00 (公务用车购置)')
says('对个人和家庭的补助支出 499.6 万元', '499.6', '万元', [(S4, f'B{T4_NAME["对个人和家庭的补助"]}')])
it = says('增人增资 550 万元', '550', '万元', Decimal('550'), note='no cell of its own: inside T4 工资福利支出 (6,050.55 = 5,500.55 + 550)')
it['cell'] = None
it = says('在职人员经费 5,500.55 万元、公用经费 806.78 万元、对个人和家庭的补助支出 499.6 万元、增人增资 550 万元', '7356.93', '万元',
          [(S4, 'B5')], note='the four parts of 基本支出 add up to T4 总计 (= T3 基本支出)')
it['value'] = fmt(sum(map(Decimal, ('5500.55', '806.78', '499.6', '550'))))
it['agrees'] = Decimal(it['value']) == cell(S4, 'B5')
says('项目支出 411,130.67 万元。', '411130.67', '万元', [(S5, 'B6')])
says('（一）在职人员经费 5,500.55 万元', '5500.55', '万元', Decimal('5500.55'), note='repeats the figure above (no cell)')
narrative[-1]['cell'] = None
says('（二）公用经费 806.78 万元', '806.78', '万元', [(S4, f'B{T4_NAME["商品和服务支出"]}'), (S4, f'B{T4_NAME["资本性支出"]}')])
says('（三）对个人和家庭补助支出 499.6 万元', '499.6', '万元', [(S4, f'B{T4_NAME["对个人和家庭的补助"]}')])
says('（五）项目支出 411,130.67 万元', '411130.67', '万元', [(S5, 'B6')])
projects = [('1.非发改立项的建设项目 15.73 万元', '15.73', '非发改立项的建设项目'),
            ('2.国有资本经营预算 409,301 万元', '409301', '国有资本经营预算'),
            ('3.国有资产监管 1,642.77 万元', '1642.77', '国有资产监管'),
            ('4.研究调研专项 56.15 万元', '56.15', '研究调研专项'),
            ('5.预算准备金 115.01 万元', '115.01', '预算准备金')]
for snip, amt, name in projects:
    says(snip, amt, '万元', [(S5, f'B{T5_NAME[name]}')])
assert len(projects) == len(T5_ROWS) - 1
s = sum(Decimal(a) for _, a, _ in projects)
holds.append(f'narrative 第三部分: the 5 projects of the text are the 5 一级项目 of 表5 with their amounts (their sum {fmt(s)} '
             f'is the table\'s own Σ项目, 0.01 below 表5!B6 {fmt(cell(S5, "B6"))}: the residue listed for 表5)')
# 第四部分 政府采购
says('政府采购项目共有 654.71 万元', '654.71', '万元', [(S3, 'J5')])
it = says('货物类项目26.9 万元、工程类项目 2.07 万元、服务类项目 625.74 万元', '654.71', '万元', [(S3, 'J5')],
          note='货物 26.9 + 工程 2.07 + 服务 625.74 = T3 政府采购 小计 (the split has no table)')
it['value'] = fmt(Decimal('26.9') + Decimal('2.07') + Decimal('625.74'))
it['agrees'] = Decimal(it['value']) == cell(S3, 'J5')
# 第五部分 三公
says('“三公”经费预算 120.8 万元', '120.8', '万元', [(S9, 'C7')])
says('较 2025 年年初预算增加 94.67 万元。', '94.67', '万元', [(S9, 'C8')])
says('2026 年预算数 98 万元', '98', '万元', [(S9, 'F7')])
says('较 2025年年初预算增加 94.67 万元', '94.67', '万元', [(S9, 'F8')])
says('公务接待费。2026 年预算数 6 万元，较 2025 年年初预算增加 0 万元', '6', '万元', [(S9, 'I7')])
says('公务接待费。2026 年预算数 6 万元，较 2025 年年初预算增加 0 万元', '0', '万元', [(S9, 'I8')])
says('公务用车购置和运行维护费。2026 年预算数 16.8 万元', '16.8', '万元', [(S9, 'L7')])
says('公务用车购置费 2026 年预算数 12 万元，较 2025 年年初预算增加 0 万元', '12', '万元', [(S9, 'O7')])
says('公务用车购置费 2026 年预算数 12 万元，较 2025 年年初预算增加 0 万元', '0', '万元', [(S9, 'O8')])
says('公务用车运行维护费 2026 年预算数 4.8 万元，较 2025 年年初预算增加 0 万元', '4.8', '万元', [(S9, 'R7')])
says('公务用车运行维护费 2026 年预算数 4.8 万元，较 2025 年年初预算增加 0 万元', '0', '万元', [(S9, 'R8')])
# 第六部分 / 第七部分
says('涉及预算资金 411,130.67 万元', '411130.67', '万元', [(S5, 'B6')])
it = says('设置并编报 5 个项目绩效目标', '5', '个', Decimal(len(T5_ROWS) - 1), note='count of T5 project rows')
it['cell'] = f'{ref(S5, "A" + str(T5_ROWS[1]))}:{ref(S5, "A" + str(T5_ROWS[-1]))} (rows)'
n7 = 0
for line in NARR.split('\n'):
    parts = line.split(' | ')
    if len(parts) == 4 and parts[1] in T5_NAME:
        says(line[:line.index(parts[2]) + len(parts[2])], parts[2], '万元', [(S5, f'B{T5_NAME[parts[1]]}')])
        n7 += 1
assert n7 == 5
# 第八部分 机关运行经费: the 名词解释 九 lists its 经济科目; over 表4 (基本支出) they give 691.38, not 772.2
LIST = ['办公费', '印刷费', '水费', '电费', '邮电费', '取暖费', '物业管理费', '差旅费', '因公出国（境）费用', '维修（护）费', '租赁费',
        '会议费', '培训费', '公务接待费', '专用材料费', '被装购置费', '公务用车运行维护费', '其他交通费用', '医疗费补助', '办公设备购置',
        '专用设备购置', '信息网络及软件购置更新', '公务用车购置', '其他交通工具购置']
cells = [(S4, f'B{T4_NAME[n]}') for n in LIST if n in T4_NAME]
says('机关运行经费财政拨款预算 772.2 万元', '772.2', '万元', cells,
     note='名词解释 九 defines 机关运行经费 by 24 经济科目; summed over 表4 (基本支出, the only 行政 unit) they give 691.38, '
          '80.82 below the text (in shenzhen-gongwushu the same rule gives the text exactly). 表4 商品和服务支出 + 资本性支出 = 806.78, '
          'also not 772.2; no combination of table rows was found: the text\'s basis is not in the tables')
pct('较2025 年年初预算减少 40.08 万元，下降 4.9%', '-40.08', '772.2', '-4.9', 'last year (812.28) is not in the tables')
narrative[-1]['value'] = '4.9'
narrative[-1]['table_value'] = fmt(-Decimal(narrative[-1]['table_value']))
narrative[-1]['agrees'] = narrative[-1]['table_value'] == '4.9'
says('2026 年计划购置车辆 1 辆、12 万元', '12', '万元', [(S8, f'D{t8["31013"]}')], note='= T8 31013 公务用车购置 (= T9 公务用车购置费)')
says('本单位无政府性基金预算支出', '0', '万元', [(S10, 'D4')])

# ------------------------------------------------------------------ report
print(f'HOLDS ({len(holds)})')
for h in holds:
    print('  ok  ', h)
print(f'INCONSISTENCIES ({len(bad)})')
for b in bad:
    print('  BAD ', b['what'], b['cells'], 'vs', b['against'], '(rounding)' if b.get('rounding') else '')
print(f'NARRATIVE ({len(narrative)})')
for n in narrative:
    print('  ', 'ok ' if n['agrees'] else 'DIFF', n['text'], '→', n['cell'], n['table_value'])

if '--write' in sys.argv:
    meta = json.load(open(os.path.join(HERE, 'expected.meta.json'), encoding='utf-8'))
    meta['holds'] = holds
    meta['inconsistencies'] = bad
    meta['narrative'] = narrative
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write('\n')
