#!/usr/bin/env python3
"""Independent audit of workbook.xlsx (2026年深圳市文化广电旅游体育局（本级）部门预算), never the engine.

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
    if abs(diff) == Decimal('0.01'):
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
for r, label in [(5, '一、财政拨款'), (6, '1.一般公共预算拨款'), (53, '本年收入合计'), (54, '上年结余、结转'), (57, '收入总计')]:
    assert text(S1, f'A{r}') == label, (r, text(S1, f'A{r}'))
assert text(S1, 'C53') == '本年支出合计' and text(S1, 'C57') == '支出总计'
check('T1 一、财政拨款 = 1.+2.+3.', (S1, 'B5'), [(S1, 'B6'), (S1, 'B7'), (S1, 'B8')])
check('T1 三、单位资金 = 1.–5.', (S1, 'B10'), [(S1, f'B{r}') for r in range(11, 16)])
check('T1 本年收入合计 = 一+二+三', (S1, 'B53'), [(S1, 'B5'), (S1, 'B9'), (S1, 'B10')])
check('T1 上年结余、结转 = 1.财政拨款 + 2.非财政拨款', (S1, 'B54'), [(S1, 'B55'), (S1, 'B56')])
check('T1 收入总计 = 本年收入合计 + 上年结余、结转', (S1, 'B57'), [(S1, 'B53'), (S1, 'B54')])
check('T1 支出总计 = 本年支出合计 + 结转下年', (S1, 'D57'), [(S1, 'D53'), (S1, 'D54')])
check('T1 收入总计 = 支出总计', (S1, 'B57'), [(S1, 'D57')])
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


T1X = named_expenditure(S1, 5, 52)
# hierarchy of 表1 by the codes of the matching 表3 rows
for i, (r, code, _) in enumerate(T1X):
    if len(code) < 7:
        kids = [(S1, f'D{r2}') for r2, c2, _ in T1X[i + 1:] if len(c2) == len(code) + 2 and c2.startswith(code)]
        check(f'T1 {text(S1, f"C{r}")} ({code}, by 表3 code) = Σ下级', (S1, f'D{r}'), kids)
check('T1 本年支出合计 = Σ类', (S1, 'D53'), [(S1, f'D{r}') for r, code, _ in T1X if len(code) == 3])
for r, code, r3 in T1X:
    check(f'T1 支出 {code} = T3 支出总计', (S1, f'D{r}'), [(S3, f'D{r3}')])

# ================================================================== 表2 收入总表
assert text(S2, 'A6').startswith('深圳市')
check('T2 收入总计 = Σ本年收入 + 上年结余、结转', (S2, 'B6'), [(S2, f'{c}6') for c in 'CDEFGHIJKL'])
check('T2 收入总计 = T1 收入总计', (S2, 'B6'), [(S1, 'B57')])
check('T2 一般公共预算拨款 = T1 1.一般公共预算拨款', (S2, 'C6'), [(S1, 'B6')])
check('T2 政府性基金预算拨款 = T1 2.政府性基金预算拨款', (S2, 'D6'), [(S1, 'B7')])
check('T2 国有资本经营预算拨款 = T1 3.', (S2, 'E6'), [(S1, 'B8')])
check('T2 财政专户管理资金 = T1 二、', (S2, 'F6'), [(S1, 'B9')])
for c, r in zip('GHIJK', range(11, 16)):
    check(f'T2 单位资金 {text(S2, c + "5")} = T1 {text(S1, "A" + str(r))}', (S2, f'{c}6'), [(S1, f'B{r}')])
check('T2 上年结余、结转 = T1 上年结余、结转', (S2, 'L6'), [(S1, 'B54')])

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
check('T3 支出总计 = T1 本年支出合计', (S3, 'D5'), [(S1, 'D53')])
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
check('T5 上年结余、结转 = T1 上年结余、结转 (no 结转 in 基本支出)', (S5, 'L6'), [(S1, 'B54')])
check('T4 上年结余、结转 = 0 (all 结转 is in 项目)', (S4, 'M5'), [])

# ================================================================== 表6 财政拨款收支总表
for r, label in [(5, '财政拨款'), (53, '本年收入合计'), (54, '上年结余、结转'), (58, '收入总计')]:
    assert text(S6, f'A{r}') == label, (r, text(S6, f'A{r}'))
check('T6 财政拨款 = 1.+2.+3.', (S6, 'B5'), [(S6, 'B6'), (S6, 'B7'), (S6, 'B8')])
check('T6 本年收入合计 = 财政拨款', (S6, 'B53'), [(S6, 'B5')])
check('T6 上年结余、结转 = 1.+2.+3.', (S6, 'B54'), [(S6, 'B55'), (S6, 'B56'), (S6, 'B57')])
check('T6 收入总计 = 本年收入合计 + 上年结余、结转', (S6, 'B58'), [(S6, 'B53'), (S6, 'B54')])
check('T6 支出总计 = 本年支出合计 + 结转下年', (S6, 'D58'), [(S6, 'D53'), (S6, 'D54')])
check('T6 收入总计 = 支出总计', (S6, 'B58'), [(S6, 'D58')])
T6X = named_expenditure(S6, 5, 52)
check('T6 本年支出合计 = Σ类', (S6, 'D53'), [(S6, f'D{r}') for r, code, _ in T6X if len(code) == 3])
for c1, c6 in (('B5', 'B5'), ('B6', 'B6'), ('B7', 'B7'), ('B8', 'B8'), ('B55', 'B54')):
    check(f'T6 {text(S6, "A" + c6[1:])} = T1 {text(S1, "A" + c1[1:])}', (S6, c6), [(S1, c1)])
# 财政拨款 支出 by row = 一般公共预算 (表7) + 政府性基金 (表10) + 国有资本经营 (表11)
t7, t10, t11 = by_code(S7, 5, 'D'), by_code(S10, 5, 'D'), by_code(S11, 5, 'D')
for r, code, _ in T6X:
    parts = [x[code] for x in (t7, t10, t11) if code in x]
    check(f'T6 支出 {code} = T7 + T10 + T11 支出总计', (S6, f'D{r}'), parts)
check('T6 本年支出合计 = T7 + T10 + T11 合计', (S6, 'D53'), [(S7, 'D4'), (S10, 'D4'), (S11, 'D4')])
extra = [c for c in list(t7) + list(t10) + list(t11) if c not in {code for _, code, _ in T6X}]
if extra:
    bad.append({'cells': [ref(S6, 'C5')], 'against': [], 'published': ' '.join(extra), 'computed': '',
                'what': 'codes of T7/T10/T11 absent from T6'})
# 一般公共预算 spending = this year's 拨款 + its 结转; 政府性基金 likewise
check('T7 支出总计 = T6 一般公共预算拨款 + 一般公共预算拨款结余、结转', (S7, 'D4'), [(S6, 'B6'), (S6, 'B55')])
check('T10 支出总计 = T6 政府性基金预算拨款 + 政府性基金预算拨款结余、结转', (S10, 'D4'), [(S6, 'B7'), (S6, 'B56')])
check('T11 支出总计 = T6 国有资本经营预算拨款 + 其结余、结转', (S11, 'D4'), [(S6, 'B8'), (S6, 'B57')])
check('T7 项目支出 = T5 一般公共预算拨款 + T6 一般公共预算拨款结余、结转', (S7, 'F4'), [(S5, 'C6'), (S6, 'B55')])
check('T10 项目支出 = T5 政府性基金预算拨款 + T6 政府性基金预算拨款结余、结转', (S10, 'F4'), [(S5, 'D6'), (S6, 'B56')])

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
if '31013' not in t8:
    check('T9 公务用车购置费 = 0 and T8 has no 310 13 公务用车购置', (S9, 'O7'), [])
for t9c, t4name in (('F7', '因公出国（境）费用'), ('I7', '公务接待费'), ('R7', '公务用车运行维护费')):
    r4 = [r for r in T4_ROWS if text(S4, f'A{r}') == t4name][0]
    check(f'T9 {t4name} = T4 {t4name} (no 三公 in 项目支出)', (S9, t9c), [(S4, f'B{r4}')])

# ================================================================== 表10, 表11
T10_ROWS = rows_of(S10, 4)
row_sum(S10, T10_ROWS, 'D', ['E', 'F'], 'T10 支出总计 = 基本+项目')
hierarchy(S10, 4, 5, 'DEF', 'T10')
check('T11 合计 = 0', (S11, 'D4'), [])
if text(S11, 'A5') == '注：本表本年无发生额。':
    holds.append('T11 is empty and carries the note 注：本表本年无发生额。 (表11!A5)')
else:
    bad.append({'cells': [ref(S11, 'A5')], 'against': [], 'published': text(S11, 'A5'), 'computed': '',
                'what': 'T11 empty without its note'})

# ================================================================== narrative
NARR = open(os.path.join(HERE, 'narrative.txt'), encoding='utf-8').read()


def money(s):
    return Decimal(s.replace(',', ''))


def says(snippet, value, unit, cells, note=None, sum_of=None, rounding_ok=False, must_equal=True):
    """snippet must occur in narrative.txt; value is compared with the sum of cells (or a given Decimal)."""
    assert snippet in NARR, snippet
    v = money(value)
    if isinstance(cells, Decimal):
        t = cells
        where = None
    else:
        t = sum((cell(*c) for c in cells), ZERO)
        where = ' + '.join(ref(*c) for c in cells)
    item = {'text': snippet, 'value': fmt(v), 'unit': unit, 'cell': where, 'table_value': fmt(t),
            'agrees': v == t}
    if note:
        item['note'] = note
    if not item['agrees'] and rounding_ok and abs(v - t) == Decimal('0.01'):
        item['rounding'] = True
    narrative.append(item)


# 第二部分
says('部门预算收入67,152.73 万元', '67152.73', '万元', [(S1, 'B57')])
says('部门预算支出 67,152.73 万元', '67152.73', '万元', [(S1, 'D57')])
says('较 2025 年年初预算增加 1,928.48 万元，增长3.0%', '3.0', '%', Decimal('1928.48') / (Decimal('67152.73') - Decimal('1928.48')) * 100,
     note='last year (65,224.25 = 67,152.73 − 1,928.48) is not in the tables; 1,928.48 / 65,224.25 = 2.957% → 3.0%: the text agrees with itself')
narrative[-1]['table_value'] = format(Decimal(narrative[-1]['table_value']).quantize(Decimal('0.1')), 'f')
narrative[-1]['agrees'] = narrative[-1]['table_value'] == '3.0'
# 第三部分
says('（本级）预算 67,152.73 万元', '67152.73', '万元', [(S3, 'D5')])
says('在职人员经费 7,099.54 万元', '7099.54', '万元', [(S4, 'B6')],
     note='not a printed cell: 在职人员经费 + 增人增资 (7,099.54 + 334.90) = T4 工资福利支出 7,434.44; table_value is that cell minus 334.90')
narrative[-1]['table_value'] = fmt(cell(S4, 'B6') - Decimal('334.90'))
narrative[-1]['agrees'] = True
narrative[-1]['cell'] = f'{ref(S4, "B6")} − 增人增资 334.90'
says('公用经费 1,074.16 万元、', '1074.16', '万元', [(S4, 'B16')], note='公用经费 = T4 商品和服务支出')
says('对个人和家庭的补助支出 1,511.14 万元', '1511.14', '万元', [(S4, 'B29')])
says('增人增资 334.90 万元', '334.90', '万元', Decimal('334.90'),
     note='no cell of its own: inside T4 工资福利支出 (7,434.44 = 7,099.54 + 334.90)')
narrative[-1]['cell'] = None
says('项目支出 57,132.99 万元，具体包括', '57132.99', '万元', [(S5, 'B6')])
says('在职人员经费 7,099.54 万元、公用经费 1,074.16 万元、对个人和家庭的补助支出 1,511.14 万元、增人增资 334.90 万元', '10019.74', '万元',
     [(S4, 'B5')], note='the four parts of 基本支出 add up to T4 总计 (and T3 基本支出)')
narrative[-1]['value'] = fmt(sum(map(Decimal, ('7099.54', '1074.16', '1511.14', '334.90'))))
narrative[-1]['agrees'] = Decimal(narrative[-1]['value']) == cell(S4, 'B5')
T5_NAME = {text(S5, f'A{r}'): r for r in T5_ROWS[1:]}
projects = [  # (snippet, amount, 表5 name)
    ('1.上级下达资金——政府性基金预算 482 万元', '482', '上级转移支付——政府性基金预算'),
    ('2.上级下达资金预算 6,135.5 万元', '6135.5', '上级下达资金'),
    ('3.预算准备金预算 83.79 万元', '83.79', '预算准备金'),
    ('4.文化管理及公共文化服务保障预算 5,529.23 万元', '5529.23', '文化管理及公共文化服务保障'),
    ('5.广播电视监管预算 88.31 万元', '88.31', '广播电视监管'),
    ('6.行政综合管理与保障预算 660.12 万元', '660.12', '行政综合管理与保障'),
    ('7.文体产业管理预算 313.65 万元', '313.65', '文体产业管理'),
    ('8.全民健身及体育竞赛管理预算 3,441.94 万元', '3441.94', '全民健身及体育竞赛管理'),
    ('9.体育彩票公益金项目 15,031 万元', '15031', '体育彩票公益金项目'),
    ('10.旅游行业管理预算 3,705.44 万元', '3705.44', '旅游行业管理'),
    ('11.规划类经费 50 万元', '50', '规划类经费'),
    ('12.财政专项资金项目预算 17,940 万元', '17940', '专项资金'),
    ('13.安全生产及应急管理专项经费 64.88 万元', '64.88', '安全生产和应急管理专项经费'),
    ('14.政务信息化项目（运行维护服务）319.68 万元', '319.68', '政务信息化项目（运行维护服务）'),
    ('15.十五运会和残特奥会深圳赛区筹办经费 107.46 万元', '107.46', '十五运会和残特奥会深圳赛区筹办经费'),
    ('16.市级人才专项资金项目预算 3,180 万元', '3180', '市级人才专项经费'),
]
for snip, amt, name in projects:
    nm = re.sub(r'^\d+\.', '', snip).split(' ')[0]
    note = None if nm.startswith(name) else f'the text names it “{re.sub("(预算)?$", "", nm)}”, 表5 “{name}”'
    says(snip, amt, '万元', [(S5, f'B{T5_NAME[name]}')], note=note)
assert len(projects) == len(T5_ROWS) - 1
# sub-items the text adds up itself
subs = [
    ('上级下达资金', ['3,949', '1,922', '123', '91', '38', '12.5'], '6135.5', 'T5 上级下达资金'),
    ('文化管理及公共文化服务保障', ['61.21', '65.52', '159.67', '11.25', '2,427.85', '909.62', '918', '128.99', '847.12'], '5529.23', 'T5 文化管理及公共文化服务保障'),
    ('广播电视监管', ['70.31', '18'], '88.31', 'T5 广播电视监管'),
    ('文体产业管理', ['122.3', '29.2', '162.09'], '313.65', 'T5 文体产业管理'),
    ('全民健身及体育竞赛管理', ['3,017', '350', '75'], '3441.94', 'T5 全民健身及体育竞赛管理'),
    ('旅游行业管理', ['2,783.19', '472.65', '9.37', '440.22'], '3705.44', 'T5 旅游行业管理'),
    ('专项资金', ['11,040', '6,900'], '17940', 'T5 专项资金'),
]
SUBNOTES = []
for name, parts, whole, where in subs:
    s = sum(map(money, parts))
    line = f'{name}: text parts {" + ".join(parts)} = {fmt(s)}; {where} {whole}'
    if s == Decimal(whole):
        holds.append('narrative ' + line + ' (equal)')
    else:
        d = s - Decimal(whole)
        r = T5_NAME[name]
        item = {'cells': [ref(S5, f'B{r}')], 'against': ['narrative.txt'], 'published': whole, 'computed': fmt(s),
                'what': f'narrative 第三部分 “{name}” 主要包括 parts add up to {fmt(s)}, the project is {whole} (difference {fmt(d)})',
                'rule': 'narrative/parts-sum'}
        if abs(d) == Decimal('0.01'):
            item['rounding'] = True
        if d < 0:
            item['what'] += '; the text says 主要包括 (mainly), so parts below the whole are not an error by themselves'
            item['severity'] = 'hint'
        bad.append(item)
says('中央集中彩票公益金 1,922万元、旅游发展基金补助资金 123 万元', '2045', '万元', [(S5, f'D{T5_NAME["上级下达资金"]}')],
     note='the two 政府性基金 parts of 上级下达资金 (1,922 + 123) = its T5 政府性基金预算拨款')
narrative[-1]['value'] = '2045'
says('结转项目 847.12 万元', '847.12', '万元', [(S5, f'L{T5_NAME["文化管理及公共文化服务保障"]}')])
says('广播电视监听监看工作 70.31 万元', '70.31', '万元', [(S3, f'D{t3["2070808"]}')], note='= T3 2070808 广播电视事务')
says('结转项目 440.22 万元', '440.22', '万元', [(S5, f'L{T5_NAME["旅游行业管理"]}')])
says('文化产业方向 11,040 万元', '11040', '万元', [(S3, f'D{t3["2079903"]}')], note='= T3 2079903 文化产业发展专项支出')
says('体育产业方向 6,900 万元', '6900', '万元', [(S3, f'D{t3["2070399"]}')], note='= T3 2070399 其他体育支出')
says('主要中央集中彩票公益金结转结余 482 万元', '482', '万元', [(S6, 'B56')], note='= T6 政府性基金预算拨款结余、结转 (= T5 上年结余、结转 of that project)')
says('主要包括结转项目 319.68 万元', '319.68', '万元', [(S5, f'L{T5_NAME["政务信息化项目（运行维护服务）"]}')])
says('主要包括结转项目 107.46 万元', '107.46', '万元', [(S5, f'L{T5_NAME["十五运会和残特奥会深圳赛区筹办经费"]}')])
says('深圳市文广旅体系统精细化安全监管体系项目 64.88 万元', '64.88', '万元', [(S3, f'D{t3["2240109"]}')], note='= T3 2240109 应急管理')
# 第四部分 政府采购
says('政府采购项目共有 7,977.54 万元', '7977.54', '万元', [(S3, 'J5')])
says('服务类项目 7,977.54 万元', '7977.54', '万元', [(S3, 'J5')], note='货物类 0.00 + 工程类 0.00 + 服务类 7,977.54 = T3 政府采购 小计')
# 第五部分 三公
says('“三公”经费预算 256.10 万元', '256.10', '万元', [(S9, 'C7')])
says('较 2025年年初预算减少 4.2 万元', '-4.2', '万元', [(S9, 'C8')])
says('2026 年预算数 220.00 万元', '220.00', '万元', [(S9, 'F7')])
says('较2025 年年初预算增加 15 万元', '15', '万元', [(S9, 'F8')])
says('2026 年预算数 26.10 万元', '26.10', '万元', [(S9, 'I7')])
says('较 2025 年年初预算增加 0.00 万元', '0', '万元', [(S9, 'I8')])
says('公务用车购置和运行维护费。2026 年预算数 10.00 万元', '10.00', '万元', [(S9, 'L7')])
says('公务用车购置费 2026 年预算数 0.00 万元', '0', '万元', [(S9, 'O7')])
says('较 2025 年年初预算减少 18.00 万元', '-18.00', '万元', [(S9, 'O8')])
says('公务用车运行维护费 2026 年预算数 10.00 万元', '10.00', '万元', [(S9, 'R7')])
says('较 2025年年初预算减少 1.20 万元', '-1.20', '万元', [(S9, 'R8')])
# 第六部分 / 第七部分
says('涉及预算资金 57,132.99 万元', '57132.99', '万元', [(S5, 'B6')])
says('设置并编报 16 个项目绩效目标', '16', '个', Decimal(len(T5_ROWS) - 1), note='count of T5 project rows')
narrative[-1]['cell'] = f'{ref(S5, "A" + str(T5_ROWS[1]))}:{ref(S5, "A" + str(T5_ROWS[-1]))} (rows)'
for line in NARR.split('\n'):
    parts = line.split(' | ')
    if len(parts) == 4 and parts[1] in T5_NAME:
        says(line[:line.index(parts[2]) + len(parts[2])], parts[2], '万元', [(S5, f'B{T5_NAME[parts[1]]}')])
# 第八部分
says('机关运行经费财政拨款预算 1,074.16 万元', '1074.16', '万元', [(S4, 'B16')], note='= T4 商品和服务支出 (公用经费)')
says('较 2025 年年初预算增加 209.81 万元，增长 24.3%', '24.3', '%', Decimal('209.81') / (Decimal('1074.16') - Decimal('209.81')) * 100,
     note='last year 864.35 is not in the tables; 209.81 / 864.35 = 24.27% → 24.3%: the text agrees with itself')
narrative[-1]['table_value'] = format(Decimal(narrative[-1]['table_value']).quantize(Decimal('0.1')), 'f')
narrative[-1]['agrees'] = narrative[-1]['table_value'] == '24.3'
says('本单位无国有资本经营预算支出', '0', '万元', [(S11, 'D4')])

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
