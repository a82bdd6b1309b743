#!/usr/bin/env python3
"""Independent audit of the 苏州市自然资源和规划局 2026 部门预算 example (never uses the project's engine).

    audit.py [workbook.xlsx] [--write]      (--write: also writes expected.json)

Reads workbook.xlsx with openpyxl, computes every relation with exact decimals, prints what holds
and what does not, and checks the narrative's figures (narrative.txt) against the cells.
All tables are 万元 with two decimals: inside a table the arithmetic must be exact to 0.01 (no
tolerance at all, since every printed figure is a sum of printed figures or a source figure).
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
args = [a for a in sys.argv[1:] if not a.startswith('--')]
BOOK = args[0] if args else os.path.join(HERE, 'workbook.xlsx')
WRITE = '--write' in sys.argv
wb = openpyxl.load_workbook(BOOK)

S1 = '公开01表 收支总表'
S2 = '公开02表 收入总表'
S3 = '公开03表 支出总表'
S4 = '公开04表 财政拨款收支总表'
S5 = '公开05表 财政拨款支出表（功能科目）'
S6 = '公开06表 财政拨款基本支出表（经济科目）'
S7 = '公开07表 一般公共预算支出表'
S8 = '公开08表 一般公共预算基本支出表'
S9 = '公开09表 一般公共预算“三公”经费、会议费、培训费支出'
S10 = '公开10表 政府性基金预算支出表'
S11 = '公开11表 国有资本经营预算支出预算表'
S12 = '公开12表 一般公共预算机关运行经费支出预算表'
S13 = '公开13表 政府采购支出表'
assert [ws.title for ws in wb.worksheets] == [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]

holds, inconsistencies, hints = [], [], []
ZERO = Decimal('0')


def num(sheet, addr):
    """A cell's amount; blank is 0. Text in an amount cell is an error of the transcription."""
    v = wb[sheet][addr].value
    if v is None:
        return ZERO
    assert isinstance(v, (int, float)) and not isinstance(v, bool), f'{sheet}!{addr} is not a number: {v!r}'
    return Decimal(repr(v)) if isinstance(v, float) else Decimal(v)


def text(sheet, addr):
    v = wb[sheet][addr].value
    return '' if v is None else str(v).strip()


def ref(sheet, addr):
    return f'{sheet}!{addr}'


def check(what, left, rights, sheet_of_left=None):
    """left: (sheet, addr); rights: list of (sheet, addr). Records holds / inconsistency; returns ok."""
    lv = num(*left)
    rv = sum((num(*r) for r in rights), ZERO)
    if lv == rv:
        return True
    inconsistencies.append({
        'cells': [ref(*left)], 'against': [ref(*r) for r in rights],
        'published': str(lv), 'computed': str(rv),
        'what': f'{what} (difference {lv - rv})'})
    print(f'  NOT: {what}: {ref(*left)} = {lv}, computed {rv} from {[ref(*r) for r in rights]}')
    return False


def group(what, results):
    """results: list of bools of one relation applied to many rows/columns."""
    n_bad = results.count(False)
    if n_bad == 0:
        holds.append(what)
        print(f'HOLDS {what}')
    else:
        print(f'FAILS {what}: {n_bad} of {len(results)}')


def rows_with_codes(sheet, first, last, col='A'):
    out = []
    for r in range(first, last + 1):
        code = text(sheet, f'{col}{r}')
        if re.fullmatch(r'\d{3}(\d{2}){0,2}', code):
            out.append((r, code))
    return out


def hierarchy(sheet, total_row, first, last, cols, label):
    """类 = Σ款, 款 = Σ项 (children: the next level whose code starts with the parent's), 合计 = Σ类."""
    rows = rows_with_codes(sheet, first, last)
    res = []
    for r, code in rows:
        kids = [(s, c) for s, c in rows if len(c) == len(code) + 2 and c.startswith(code)]
        if not kids:
            assert len(code) == 7 or sheet in (S6, S8, S12) and len(code) == 5, (sheet, code)
            continue
        level = '类 = Σ款' if len(code) == 3 else '款 = Σ项'
        for col in cols:
            res.append(check(f'{label} {code} {level} in column {col}', (sheet, f'{col}{r}'),
                             [(sheet, f'{col}{s}') for s, _ in kids]))
    for col in cols:
        res.append(check(f'{label} 合计 = Σ类 in column {col}', (sheet, f'{col}{total_row}'),
                         [(sheet, f'{col}{r}') for r, c in rows if len(c) == 3]))
    group(f'{label} ({sheet}) 类 = Σ款 = Σ项 and 合计 = Σ类 in every column {cols[0]}–{cols[-1]} '
          f'(rows {total_row}, {first}–{last})', res)
    return rows


def row_sums(sheet, rows, total, parts, label):
    res = [check(f'{label} row {r}: {total} = {"+".join(parts)}', (sheet, f'{total}{r}'),
                 [(sheet, f'{p}{r}') for p in parts]) for r in rows]
    group(f'{label} ({sheet}) every row: {total} = {" + ".join(parts)} (rows {rows[0]}–{rows[-1]})', res)


def strip_num(label):
    return re.sub(r'^(（[一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)', '', label)


# ---------------------------------------------------------------- 公开01表 收支总表
print('== 公开01表 收支总表')
group('T1 本年收入合计 = Σ 一、…九、 (B35 = B5:B13)',
      [check('T1 本年收入合计', (S1, 'B35'), [(S1, f'B{r}') for r in range(5, 14)])])
group('T1 本年支出合计 = Σ 功能分类 类 (D35 = D5:D34)',
      [check('T1 本年支出合计', (S1, 'D35'), [(S1, f'D{r}') for r in range(5, 35)])])
group('T1 收入总计 = 本年收入合计 + 上年结转结余 (B37 = B35 + B36)',
      [check('T1 收入总计', (S1, 'B37'), [(S1, 'B35'), (S1, 'B36')])])
group('T1 支出总计 = 本年支出合计 + 年终结转结余 (D37 = D35 + D36)',
      [check('T1 支出总计', (S1, 'D37'), [(S1, 'D35'), (S1, 'D36')])])
group('T1 收入总计 = 支出总计 (B37 = D37)', [check('T1 收入总计 = 支出总计', (S1, 'B37'), [(S1, 'D37')])])

# ---------------------------------------------------------------- 公开02表 收入总表 (rows by 单位)
print('== 公开02表 收入总表')
R2 = range(5, 13)
row_sums(S2, list(R2), 'C', ['D', 'N'], 'T2 合计 = 本年收入小计 + 上年结转结余小计')
row_sums(S2, list(R2), 'D', list('EFGHIJKLM'), 'T2 本年收入 小计 = Σ sources')
row_sums(S2, list(R2), 'N', list('OPQRS'), 'T2 上年结转结余 小计 = Σ parts')
res = []
for col in 'CDEFGHIJKLMNOPQRS':
    res.append(check(f'T2 部门 114 = Σ 单位 in column {col}', (S2, f'{col}6'), [(S2, f'{col}{r}') for r in range(7, 13)]))
    res.append(check(f'T2 合计 = 部门 114 in column {col}', (S2, f'{col}5'), [(S2, f'{col}6')]))
group('T2 合计 (row 5) = 部门 114 (row 6) = Σ 6 单位 (rows 7–12) in every column C–S', res)

# ---------------------------------------------------------------- 公开03表 支出总表
print('== 公开03表 支出总表')
rows3 = hierarchy(S3, 4, 5, 27, list('CDEFGH'), 'T3')
row_sums(S3, list(range(4, 28)), 'C', list('DEFGH'), 'T3 合计 = 基本 + 项目 + 经营 + 上缴 + 对附属')

# ---------------------------------------------------------------- 公开04表 财政拨款收支总表
print('== 公开04表 财政拨款收支总表')
group('T4 一、本年收入 = (一)+(二)+(三) (B5 = B6+B7+B8)', [check('T4 本年收入', (S4, 'B5'), [(S4, 'B6'), (S4, 'B7'), (S4, 'B8')])])
group('T4 二、上年结转 = (一)+(二)+(三) (B9 = B10+B11+B12)', [check('T4 上年结转', (S4, 'B9'), [(S4, 'B10'), (S4, 'B11'), (S4, 'B12')])])
group('T4 收入总计 = 本年收入 + 上年结转 (B37 = B5 + B9)', [check('T4 收入总计', (S4, 'B37'), [(S4, 'B5'), (S4, 'B9')])])
group('T4 一、本年支出 = Σ 类 (D5 = D6:D35)', [check('T4 本年支出', (S4, 'D5'), [(S4, f'D{r}') for r in range(6, 36)])])
group('T4 支出总计 = 本年支出 + 年终结转结余 (D37 = D5 + D36)', [check('T4 支出总计', (S4, 'D37'), [(S4, 'D5'), (S4, 'D36')])])
group('T4 收入总计 = 支出总计 (B37 = D37)', [check('T4 收入总计 = 支出总计', (S4, 'B37'), [(S4, 'D37')])])

# ---------------------------------------------------------------- 公开05 / 07: 功能分类 with 基本 小计/人员/公用, 项目
for sheet, label, last in ((S5, 'T4b 财政拨款支出表', 28), (S7, 'T5', 21)):
    print(f'== {sheet}')
    hierarchy(sheet, 5, 6, last, list('CDEFG'), label)
    row_sums(sheet, list(range(5, last + 1)), 'C', ['D', 'G'], f'{label} 合计 = 基本支出小计 + 项目支出')
    row_sums(sheet, list(range(5, last + 1)), 'D', ['E', 'F'], f'{label} 基本支出 小计 = 人员经费 + 公用经费')

# ---------------------------------------------------------------- 公开06 / 08: 经济分类 基本支出
for sheet, label in ((S6, 'T6b 财政拨款基本支出表'), (S8, 'T6')):
    print(f'== {sheet}')
    rows = hierarchy(sheet, 5, 6, 41, list('CDE'), label)
    row_sums(sheet, list(range(5, 42)), 'C', ['D', 'E'], f'{label} 合计 = 人员经费 + 公用经费')
    by = {c: r for r, c in rows}
    group(f'{label} 人员经费 = 301 + 303, 公用经费 = 302 ({sheet} D5 = C{by["301"]} + C{by["303"]}, E5 = C{by["302"]})',
          [check(f'{label} 人员经费 = 301 + 303', (sheet, 'D5'), [(sheet, f'C{by["301"]}'), (sheet, f'C{by["303"]}')]),
           check(f'{label} 公用经费 = 302', (sheet, 'E5'), [(sheet, f'C{by["302"]}')])])

# ---------------------------------------------------------------- 公开09表 三公 (one row)
print('== 公开09表 三公')
group('T10 “三公”经费合计 = 因公出国（境）+ 公务用车购置及运行维护费小计 + 公务接待费 (A5 = B5 + C5 + F5)',
      [check('T10 三公合计', (S9, 'A5'), [(S9, 'B5'), (S9, 'C5'), (S9, 'F5')])])
group('T10 公务用车购置及运行维护费 小计 = 购置费 + 运行维护费 (C5 = D5 + E5)',
      [check('T10 公务用车', (S9, 'C5'), [(S9, 'D5'), (S9, 'E5')])])

# ---------------------------------------------------------------- 公开10表 政府性基金
print('== 公开10表 政府性基金')
hierarchy(S10, 5, 6, 12, list('CDE'), 'T8')
row_sums(S10, list(range(5, 13)), 'C', ['D', 'E'], 'T8 合计 = 基本支出 + 项目支出')

# ---------------------------------------------------------------- 公开11表 国有资本经营 (empty)
print('== 公开11表 国有资本经营')
empty = all(wb[S11][f'{c}6'].value is None for c in 'CDE') and wb[S11].max_row == 8
note = text(S11, 'A8')
if empty and '无国有资本经营预算支出' in note and '本表无数据' in note:
    holds.append('T9 is empty (合计 row 6 blank, no body rows) and carries the note 本表无数据 (公开11表!A8)')
    print('HOLDS T9 empty with note')
else:
    print('FAILS T9 empty / note')

# ---------------------------------------------------------------- 公开12表 机关运行经费
print('== 公开12表 机关运行经费')
rows12 = rows_with_codes(S12, 5, 18)
group('机关运行经费 合计 = 302 = Σ 302 款 (C4 = C5 = Σ C6:C18)',
      [check('机关运行经费 合计 = 302', (S12, 'C4'), [(S12, 'C5')]),
       check('机关运行经费 302 = Σ款', (S12, 'C5'), [(S12, f'C{r}') for r, c in rows12 if len(c) == 5])])

# ---------------------------------------------------------------- 公开13表 政府采购
print('== 公开13表 政府采购')
ws13 = wb[S13]
last13 = ws13.max_row
row_sums(S13, list(range(5, last13 + 1)), 'J', list('FGHI'), 'other:政府采购 总计 = Σ 资金来源')
cats, units, res = [], [], []
cur_cat = cur_unit = None
items = {}
for r in range(6, last13 + 1):
    a, b = text(S13, f'A{r}'), text(S13, f'B{r}')
    if a in ('货物', '工程', '服务'):
        cur_cat = r
        cats.append(r)
        items[r] = []
    elif a:
        cur_unit = r
        items[cur_cat].append(r)
        items[r] = []
    else:
        assert b, r
        items[cur_unit].append(r)
for col in 'FGHIJ':
    res.append(check(f'政府采购 合计 = 货物 + 工程 + 服务 in {col}', (S13, f'{col}5'), [(S13, f'{col}{r}') for r in cats]))
    for parent, kids in items.items():
        res.append(check(f'政府采购 row {parent} ({text(S13, f"A{parent}")}) = Σ its rows in {col}',
                         (S13, f'{col}{parent}'), [(S13, f'{col}{k}') for k in kids]))
group(f'other:政府采购 合计 = 货物 + 工程 + 服务 (rows {cats}); each 大类 = Σ its 单位 rows; each 单位 = Σ its item rows; in F–J', res)

# ================================================================ across tables
print('== across tables')
name3 = {text(S3, f'B{r}'): (r, c) for r, c in rows3 if len(c) == 3}
# T1 支出 by 类 = 公开03 合计 by 类
res = []
for r in range(5, 35):
    name = strip_num(text(S1, f'C{r}'))
    if name in name3:
        res.append(check(f'T1 {name} = T3 类 {name3[name][1]}', (S1, f'D{r}'), [(S3, f'C{name3[name][0]}')]))
    elif num(S1, f'D{r}') != 0:
        res.append(False)
        print(f'  NOT: T1 {name} has an amount but T3 has no such 类')
res.append(check('T1 本年支出合计 = T3 合计', (S1, 'D35'), [(S3, 'C4')]))
group('T1 支出 by 类 = T3 (支出总表) 合计 by 类, for every 类 of T1 (D5:D34 vs 公开03 C); T1 D35 = 公开03 C4', res)
# T1 收入 = 公开02 合计 row
pairs = [('B5', 'E5', '一般公共预算'), ('B6', 'F5', '政府性基金'), ('B7', 'G5', '国有资本经营'), ('B8', 'H5', '财政专户'),
         ('B9', 'I5', '事业收入'), ('B10', 'J5', '事业单位经营收入'), ('B11', 'K5', '上级补助收入'),
         ('B12', 'L5', '附属单位上缴收入'), ('B13', 'M5', '其他收入'), ('B35', 'D5', '本年收入合计'),
         ('B36', 'N5', '上年结转结余'), ('B37', 'C5', '收入总计')]
group('T1 收入 items = T2 (收入总表) 合计 row, source by source (B5:B13, B35, B36, B37 vs 公开02 E5:M5, D5, N5, C5)',
      [check(f'T1 {w} = T2 {w}', (S1, a), [(S2, b)]) for a, b, w in pairs])
# T4 income = T1 / T5 / T8
group('T4 一般公共预算拨款 = T1 一般公共预算拨款收入 = T5 合计 (公开04 B6 = 公开01 B5 = 公开07 C5)',
      [check('T4 一般公共预算 = T1', (S4, 'B6'), [(S1, 'B5')]), check('T4 一般公共预算 = T5 合计', (S4, 'B6'), [(S7, 'C5')])])
group('T4 政府性基金预算拨款 = T1 政府性基金 = T8 合计 (公开04 B7 = 公开01 B6 = 公开10 C5)',
      [check('T4 政府性基金 = T1', (S4, 'B7'), [(S1, 'B6')]), check('T4 政府性基金 = T8', (S4, 'B7'), [(S10, 'C5')])])
group('T4 国有资本经营预算拨款 = T1 国有资本经营 = T9 合计 (all 0: 公开04 B8, 公开01 B7, 公开11 C6)',
      [check('T4 国资 = T1', (S4, 'B8'), [(S1, 'B7')]), check('T4 国资 = T9', (S4, 'B8'), [(S11, 'C6')])])
# T4 支出 by 类 = 公开05 (财政拨款支出表) by 类
name5 = {text(S5, f'B{r}'): (r, c) for r, c in rows_with_codes(S5, 6, 28) if len(c) == 3}
res = []
for r in range(6, 36):
    name = strip_num(text(S4, f'C{r}'))
    if name in name5:
        res.append(check(f'T4 {name} = 公开05 类 {name5[name][1]}', (S4, f'D{r}'), [(S5, f'C{name5[name][0]}')]))
    elif num(S4, f'D{r}') != 0:
        res.append(False)
        print(f'  NOT: T4 {name} has an amount but 公开05 has no such 类')
res.append(check('T4 本年支出 = 公开05 合计', (S4, 'D5'), [(S5, 'C5')]))
group('T4 支出 by 类 = 公开05 财政拨款支出表 合计 by 类 (公开04 D6:D35 vs 公开05 C); 公开04 D5 = 公开05 C5', res)
# 财政拨款 (公开05) = 一般公共预算 (公开07) + 政府性基金 (公开10), code by code and column by column
c5 = {c: r for r, c in rows_with_codes(S5, 6, 28)}
c7 = {c: r for r, c in rows_with_codes(S7, 6, 21)}
c10 = {c: r for r, c in rows_with_codes(S10, 6, 12)}
assert set(c5) == set(c7) | set(c10) and not set(c7) & set(c10)
res = []
for code, r in c5.items():
    if code in c7:
        for a in 'CDEFG':
            res.append(check(f'公开05 {code} = 公开07 {code} in {a}', (S5, f'{a}{r}'), [(S7, f'{a}{c7[code]}')]))
    else:
        for a, b in (('C', 'C'), ('D', 'D'), ('G', 'E')):
            res.append(check(f'公开05 {code} = 公开10 {code} ({a} vs {b})', (S5, f'{a}{r}'), [(S10, f'{b}{c10[code]}')]))
for a in 'CDEFG':
    res.append(check(f'公开05 合计 = 公开07 合计 + 公开10 ({a})', (S5, f'{a}5'),
                     [(S7, f'{a}5')] + ([(S10, {'C': 'C', 'D': 'D', 'G': 'E'}[a] + '5')] if a in 'CDG' else [])))
group('财政拨款支出表 (公开05) = 一般公共预算支出表 (公开07) + 政府性基金预算支出表 (公开10), every code and column '
      '(the 212 rows are 政府性基金 only, the others 一般公共预算 only)', res)
# 基本支出: 功能 tables vs 经济 tables
group('T5 基本支出 小计/人员经费/公用经费 = T6 合计/人员经费/公用经费 (公开07 D5:F5 = 公开08 C5:E5)',
      [check(f'T5 vs T6 {w}', (S7, a), [(S8, b)]) for a, b, w in (('D5', 'C5', '合计'), ('E5', 'D5', '人员经费'), ('F5', 'E5', '公用经费'))])
group('公开05 基本支出 = 公开06 财政拨款基本支出 (公开05 D5:F5 = 公开06 C5:E5)',
      [check(f'公开05 vs 公开06 {w}', (S5, a), [(S6, b)]) for a, b, w in (('D5', 'C5', '合计'), ('E5', 'D5', '人员经费'), ('F5', 'E5', '公用经费'))])
res = []
for r in range(5, 42):
    assert text(S6, f'A{r}') == text(S8, f'A{r}') and text(S6, f'B{r}') == text(S8, f'B{r}')
    for a in 'CDE':
        res.append(check(f'公开06 = 公开08 row {r} {a}', (S6, f'{a}{r}'), [(S8, f'{a}{r}')]))
group('公开06 (财政拨款基本支出) = 公开08 (一般公共预算基本支出) cell by cell, rows 5–41 (政府性基金 has no 基本支出)', res)
# 支出总表 vs 财政拨款: the difference is 其他收入 (非财政拨款)
group('T3 合计 − 公开05 合计 = T2 其他收入 (the only 非财政拨款 income): 公开03 C4 − 公开05 C5 = 公开02 M5',
      [num(S3, 'C4') - num(S5, 'C5') == num(S2, 'M5')])
group('T3 项目支出 = 公开05 项目支出 (公开03 E4 = 公开05 G5: 项目支出 is all 财政拨款)',
      [check('T3 项目 = 公开05 项目', (S3, 'E4'), [(S5, 'G5')])])
c3 = {c: r for r, c in rows3}
res = []
for code, r in c3.items():
    if code not in c5:
        res.append(False)
        continue
    d = num(S3, f'C{r}') - num(S5, f'C{c5[code]}')
    res.append(d >= 0 and num(S3, f'E{r}') == num(S5, f'G{c5[code]}'))
group('every code of T3 is in 公开05 with T3 合计 ≥ 公开05 合计 and the same 项目支出 (the differences are 基本支出 paid '
      'from 其他收入: 2080506 4.82, 2200150 15.43, 221/22102 38.54 (2210201 7.22, 2210202 15.66, 2210203 15.66); Σ 58.79)', res)
# 三公 / 会议费 / 培训费 vs 经济分类 (公开08: 一般公共预算 基本支出 only)
e8 = {text(S8, f'A{r}'): r for r in range(6, 42)}
def econ(code):
    return num(S8, f'C{e8[code]}') if code in e8 else ZERO
for code, col, what in (('30212', 'B5', '因公出国（境）费'), ('31013', 'D5', '公务用车购置费'), ('30231', 'E5', '公务用车运行维护费'),
                        ('30217', 'F5', '公务接待费'), ('30215', 'G5', '会议费'), ('30216', 'H5', '培训费')):
    t, e = num(S9, col), econ(code)
    where = f'{S8}!C{e8[code]}' if code in e8 else f'(no {code} row in 公开08 = 0)'
    if t == e:
        holds.append(f'T10 {what} = 经济分类 {code} ({ref(S9, col)} {t} = {where} {e})')
        print(f'HOLDS T10 {what} {t} = {code} {e}')
    elif t > e:
        hints.append(f'T10 {what} {ref(S9, col)} {t} > 公开08 {code} {where} {e} (difference {t - e}): '
                     f'legitimate when projects pay {what}; 公开08 counts 基本支出 only')
        print(f'HINT  T10 {what} {t} > {code} {e}')
    else:
        inconsistencies.append({'cells': [ref(S9, col)], 'against': [where], 'published': str(t), 'computed': str(e),
                                'what': f'T10 {what} below 基本支出 经济分类 {code}'})
        print(f'NOT   T10 {what} {t} < {code} {e}')
# 机关运行经费 vs 公用经费
ok = num(S12, 'C4') <= num(S8, 'E5')
for r, code in rows12:
    if len(code) == 5:
        ok = ok and code in e8 and num(S12, f'C{r}') <= num(S8, f'E{e8[code]}')
group('机关运行经费 923.68 ≤ T6 公用经费 1311.44 (公开12 C4 ≤ 公开08 E5), and each of its 款 ≤ the same 款 of 公开08 '
      '(the department has 事业单位, so less than 公用经费 is expected)', [ok])
# 政府采购 资金来源 vs the budget
group('政府采购 一般公共预算资金 ≤ T5 合计 and 政府性基金 ≤ T8 合计 (公开13 F5 ≤ 公开07 C5; G5 ≤ 公开10 C5)',
      [num(S13, 'F5') <= num(S7, 'C5') and num(S13, 'G5') <= num(S10, 'C5')])

# ================================================================ narrative
print('== narrative')
narr = open(os.path.join(HERE, 'narrative.txt'), encoding='utf-8').read()
flat = re.sub(r'\s+', '', narr)
narrative = []


def nfind(snippet):
    s = re.sub(r'\s+', '', snippet)
    assert s in flat, f'not in narrative.txt: {snippet}'
    return s


def amount(snippet, value, cell, unit='万元'):
    nfind(snippet)
    sheet, addr = cell.split('!')
    v = num(sheet, addr)
    ok = Decimal(value) == v
    e = {'text': snippet, 'value': value, 'unit': unit, 'cell': cell, 'agrees': ok}
    if not ok:
        e['table'] = str(v)
        print(f'  NOT narrative {snippet}: table {v}')
    narrative.append(e)


def share(snippet, pct, part, whole, note=None, rounding=False):
    nfind(snippet)
    p, w = num(*part.split('!')), num(*whole.split('!'))
    places = len(pct.split('.')[1]) if '.' in pct else 0
    computed = (p / w * 100).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP) if w else ZERO
    ok = Decimal(pct) == computed
    e = {'text': snippet, 'value': pct, 'unit': '%', 'cell': part, 'of': whole, 'computed': str(computed), 'agrees': ok}
    if note:
        e['note'] = note
    if rounding and not ok:
        e['rounding'] = True
    if not ok:
        print(f'  NOT narrative share {snippet}: computed {computed}')
    narrative.append(e)


def change(snippet, cell, delta, pct):
    """The year-over-year change: 本年 (the cell) and 增减额 are printed, 上年 = 本年 − 增减额;
    the printed rate must be 增减额 / 上年 (rounded to the printed decimals). Not a table figure
    itself, but the rate must follow from the two amounts."""
    nfind(snippet)
    cur = num(*cell.split('!'))
    d = Decimal(delta)
    prior = cur - d
    places = len(pct.split('.')[1]) if '.' in pct else 0
    computed = (abs(d) / prior * 100).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    ok = Decimal(pct) == computed
    # a rate printed with trailing zero dropped (15.4 for 15.40) is judged at two decimals too
    if not ok and places < 2:
        c2 = (abs(d) / prior * 100).quantize(Decimal('0.01'), ROUND_HALF_UP)
        ok = c2 == Decimal(pct)
        computed = c2 if ok else computed
    e = {'text': snippet, 'value': pct, 'unit': '%', 'cell': cell, 'change': delta, 'prior': str(prior),
         'computed': str(computed), 'agrees': ok, 'kind': '增减率 = 增减额 / (本年 − 增减额)'}
    if not ok:
        print(f'  NOT narrative rate {snippet}: computed {computed}')
    narrative.append(e)


# 一、收支预算总体情况
amount('收入、支出预算总计86,999.14 万元', '86999.14', f'{S1}!B37')
amount('收入、支出预算总计86,999.14 万元', '86999.14', f'{S1}!D37')
change('各减少 18,401.57 万元，减少 17.46%', f'{S1}!B37', '-18401.57', '17.46')
amount('（一）收入预算总计 86,999.14 万元', '86999.14', f'{S1}!B37')
amount('1．本年收入合计 86,999.14 万元', '86999.14', f'{S1}!B35')
amount('一般公共预算拨款收入 20,832.97 万元', '20832.97', f'{S1}!B5')
change('减少 3,792.54 万元，减少 15.4%', f'{S1}!B5', '-3792.54', '15.4')
amount('政府性基金预算拨款收入 66,107.38 万元', '66107.38', f'{S1}!B6')
change('减少 13,569.42 万元，减少 17.03%', f'{S1}!B6', '-13569.42', '17.03')
amount('国有资本经营预算拨款收入 0 万元', '0', f'{S1}!B7')
amount('财政专户管理资金收入 0 万元', '0', f'{S1}!B8')
amount('事业收入 0 万元', '0', f'{S1}!B9')
change('事业收入 0 万元，与上年相比减少 141.86 万元，减少100%', f'{S1}!B9', '-141.86', '100')
amount('事业单位经营收入 0 万元', '0', f'{S1}!B10')
amount('上级补助收入 0 万元', '0', f'{S1}!B11')
change('上级补助收入 0 万元，与上年相比减少 914.34 万元，减少 100%', f'{S1}!B11', '-914.34', '100')
amount('附属单位上缴收入 0 万元', '0', f'{S1}!B12')
amount('其他收入 58.79 万元', '58.79', f'{S1}!B13')
change('增加 16.59 万元，增长 39.31%', f'{S1}!B13', '16.59', '39.31')
amount('2．上年结转结余为 0 万元', '0', f'{S1}!B36')
amount('（二）支出预算总计 86,999.14 万元', '86999.14', f'{S1}!D37')
amount('1．本年支出合计 86,999.14 万元', '86999.14', f'{S1}!D35')
amount('社会保障和就业支出（类）支出 1,289.58 万元', '1289.58', f'{S1}!D12')
change('增加 36.6 万元，增长 2.92%', f'{S1}!D12', '36.6', '2.92')
amount('城乡社区支出（类）支出 66,107.38 万元', '66107.38', f'{S1}!D16')
change('土地出让业务支出、其他国有土地使用权出让收入安排的支出。与上年相比减少13,569.42 万元，减少 17.03%',
       f'{S1}!D16', '-13569.42', '17.03')
amount('自然资源海洋气象等支出（类）支出 15,797.79 万元', '15797.79', f'{S1}!D23')
change('减少 4,928.29 万元，减少 23.78%', f'{S1}!D23', '-4928.29', '23.78')
amount('住房保障支出（类）支出 3,804.39 万元', '3804.39', f'{S1}!D24')
change('增加 59.54 万元，增长 1.59%', f'{S1}!D24', '59.54', '1.59')
amount('2．年终结转结余为 0 万元', '0', f'{S1}!D36')
# 二、收入预算 (shares of 收入合计)
amount('2026 年收入预算合计 86,999.14 万元', '86999.14', f'{S2}!C5')
amount('包括本年收入 86,999.14 万元', '86999.14', f'{S2}!D5')
amount('上年结转结余 0 万元。', '0', f'{S2}!N5')
amount('本年一般公共预算收入 20,832.97 万元', '20832.97', f'{S2}!E5')
share('本年一般公共预算收入 20,832.97 万元，占 23.94%', '23.94', f'{S2}!E5', f'{S2}!C5',
      note='20832.97/86999.14 = 23.946%, 23.95 when rounded; printed 23.94 so that 23.94 + 75.99 + 0.07 = 100 '
      '(a hand adjustment of one share: largest remainder would give 23.95 + 75.98 + 0.07)', rounding=True)
amount('本年政府性基金预算收入 66,107.38 万元', '66107.38', f'{S2}!F5')
share('本年政府性基金预算收入 66,107.38 万元，占 75.99%', '75.99', f'{S2}!F5', f'{S2}!C5')
for label, col in (('本年国有资本经营预算收入', 'G'), ('本年财政专户管理资金', 'H'), ('本年事业收入', 'I'),
                   ('本年事业单位经营收入', 'J'), ('本年上级补助收入', 'K'), ('本年附属单位上缴收入', 'L'),
                   ('上年结转结余的一般公共预算收入', 'O'), ('上年结转结余的政府性基金预算收入', 'P'),
                   ('上年结转结余的国有资本经营预算收入', 'Q'), ('上年结转结余的财政专户管理资金', 'R'),
                   ('上年结转结余的单位资金', 'S')):
    amount(f'{label} 0 万元', '0', f'{S2}!{col}5')
    share(f'{label} 0 万元，占 0%', '0', f'{S2}!{col}5', f'{S2}!C5')
amount('本年其他收入 58.79 万元', '58.79', f'{S2}!M5')
share('本年其他收入 58.79 万元，占 0.07%', '0.07', f'{S2}!M5', f'{S2}!C5')
# 三、支出预算
amount('2026 年支出预算合计 86,999.14 万元', '86999.14', f'{S3}!C4')
for label, col, pct in (('基本支出 12,947.96 万元', 'D', '14.88'), ('项目支出 74,051.18 万元', 'E', '85.12'),
                        ('事业单位经营支出 0 万元', 'F', '0'), ('上缴上级支出 0 万元', 'G', '0'),
                        ('对附属单位补助支出 0 万元', 'H', '0')):
    v = label.split(' ')[1].replace(',', '')
    amount(label, v, f'{S3}!{col}4')
    share(f'{label}，占 {pct}%', pct, f'{S3}!{col}4', f'{S3}!C4')
# 四、财政拨款收支
amount('财政拨款收、支总预算86,940.35 万 元', '86940.35', f'{S4}!B37')
amount('财政拨款收、支总预算86,940.35 万 元', '86940.35', f'{S4}!D37')
change('财政拨款收、支总计各减少17,361.96 万元，减少 16.65%', f'{S4}!B37', '-17361.96', '16.65')
# 五、财政拨款支出 (公开05, one line per 项)
amount('2026 年财政拨款预算支出 86,940.35万元', '86940.35', f'{S5}!C5')
share('占本年支出合计的 99.93%', '99.93', f'{S5}!C5', f'{S1}!D35')
change('与上年相比，财政拨款支出减少17,361.96 万元，减少 16.65%', f'{S5}!C5', '-17361.96', '16.65')
for snippet, v, code, delta, pct in (
        ('机关事业单位基本养老保险缴费支出（项）支出 878.07 万元，与上年相比增加 40.57 万元，增长 4.84%', '878.07', '2080505', '40.57', '4.84'),
        ('机关事业单位职业年金缴费支出（项）支出 406.69 万元，与上年相比增加 21.93 万元，增长5.7%', '406.69', '2080506', '21.93', '5.7'),
        ('征地和拆迁补偿支出（项）支出 31,638 万元，与上年相比减少 3,870 万元，减少10.9%', '31638', '2120801', '-3870', '10.9'),
        ('土地开发支出（项）支出 9,600.92 万元，与上年相比减少 32,690.08 万元，减少 77.3%', '9600.92', '2120802', '-32690.08', '77.3'),
        ('土地出让业务支出 （ 项 ） 支 出 989.8 万 元 ， 与 上 年 相 比 减 少 638 万 元 ， 减 少39.19%', '989.8', '2120806', '-638', '39.19'),
        ('其他国有土地使用权出让收入安排的支出（项）支出 418.5 万元，与上年相比增加168.5 万元，增长 67.4%', '418.5', '2120899', '168.5', '67.4'),
        ('行政运行（项）支出 2,838.83 万元，与上年相比减少 7.76 万元，减少 0.27%', '2838.83', '2200101', '-7.76', '0.27'),
        ('一般行政管理事务（项）支出 396.54万元，与上年相比减少 2,394.02 万元，减少 85.79%', '396.54', '2200102', '-2394.02', '85.79'),
        ('土地资源储备支出（项）支出 3,278.03万元，与上年相比减少 178.93 万元，减少 5.18%', '3278.03', '2200112', '-178.93', '5.18'),
        ('事业运行（项）支出 2,655.34 万元，与上年相比增加 15.35 万元，增长 0.58%', '2655.34', '2200150', '15.35', '0.58'),
        ('其他自然资源事务支出（项）支出6,613.62 万元，与上年相比减少 1,391.97 万元，减少 17.39%', '6613.62', '2200199', '-1391.97', '17.39'),
        ('住房公积金（项）支出 1,049.14 万元，与上年相比增加 21.12 万元，增长 2.05%', '1049.14', '2210201', '21.12', '2.05'),
        ('提租补贴（项）支出 1,504.64 万元，与上年相比增加 834.34 万元，增长 124.47%', '1504.64', '2210202', '834.34', '124.47'),
        ('购房补贴(项)支出 1,212.07 万元，与上年相比减少 753.17 万元，减少 38.32%'.replace('(项)', '（项）'), '1212.07', '2210203', '-753.17', '38.32')):
    amount(snippet, v, f'{S5}!C{c5[code]}')
    change(snippet, f'{S5}!C{c5[code]}', delta, pct)
amount('城市建设支出（项）支出 23,460.16 万元，与上年相比增加 23,460.16 万元（去年预算数为 0 万元，无法计算增减比率）',
       '23460.16', f'{S5}!C{c5["2120803"]}')
# 六、财政拨款基本支出 (公开06)
amount('财政拨款基本支出预算12,889.17 万元', '12889.17', f'{S6}!C5')
amount('（一）人员经费 11,577.73 万元', '11577.73', f'{S6}!D5')
amount('（二）公用经费 1,311.44 万元', '1311.44', f'{S6}!E5')
# 七、一般公共预算支出 (公开07)
amount('一般公共预算财政拨款支出预 算 20,832.97 万 元', '20832.97', f'{S7}!C5')
change('一般公共预算财政拨款支出预 算 20,832.97 万 元 ， 与 上 年 相 比 减 少 3,792.54 万 元 ， 减 少15.4%', f'{S7}!C5', '-3792.54', '15.4')
# 八、一般公共预算基本支出 (公开08)
amount('一般公共预算财政拨款基本支出预算 12,889.17 万元', '12889.17', f'{S8}!C5')
amount('（一）人员经费 11,577.73 万元', '11577.73', f'{S8}!D5')
amount('（二）公用经费 1,311.44 万元', '1311.44', f'{S8}!E5')
# 九、三公 / 会议费 / 培训费 (公开09)
amount('“三公”经费支出预算 43.8 万元', '43.8', f'{S9}!A5')
amount('因公出国（境）费支出 0 万元', '0', f'{S9}!B5')
share('因公出国（境）费支出 0 万元，占“三公”经费的 0%', '0', f'{S9}!B5', f'{S9}!A5')
amount('公务用车购置及运行维护费支出 7.8 万元', '7.8', f'{S9}!C5')
share('公务用车购置及运行维护费支出 7.8 万元，占“三公”经费的 17.81%', '17.81', f'{S9}!C5', f'{S9}!A5')
amount('公务接待费支出36 万元', '36', f'{S9}!F5')
share('公务接待费支出36 万元，占“三公”经费的 82.19%', '82.19', f'{S9}!F5', f'{S9}!A5')
amount('1．因公出国（境）费预算支出 0 万元', '0', f'{S9}!B5')
amount('2．公务用车购置及运行维护费预算支出 7.8 万元', '7.8', f'{S9}!C5')
amount('（1）公务用车购置预算支出 0 万元', '0', f'{S9}!D5')
amount('（2）公务用车运行维护费预算支出 7.8 万元', '7.8', f'{S9}!E5')
amount('3．公务接待费预算支出 36 万元', '36', f'{S9}!F5')
amount('会议费预算支出 26.6 万元', '26.6', f'{S9}!G5')
amount('培训费预算支出 56.05 万元', '56.05', f'{S9}!H5')
# 十、政府性基金 (公开10)
amount('政府性基金支出预算支出66,107.38 万元', '66107.38', f'{S10}!C5')
change('政府性基金支出预算支出66,107.38 万元。与上年相比减少 13,569.42 万元，减少 17.03%', f'{S10}!C5', '-13569.42', '17.03')
for snippet, v, code in (('征地和拆迁补偿支出（项）支出 31,638 万元，主要是用于', '31638', '2120801'),
                         ('土地开发支出（项）支出 9,600.92 万元，主要是用于', '9600.92', '2120802'),
                         ('城市建设支出（项）支出 23,460.16 万元，主要是用于', '23460.16', '2120803'),
                         ('土地出让业务支出（项）支出 989.8 万元，主要是用于', '989.8', '2120806'),
                         ('其他国有土地使用权出让收入安排的支出（项）支出 418.5万元，主要是用于', '418.5', '2120899')):
    amount(snippet, v, f'{S10}!C{c10[code]}')
# 十一、国有资本经营 (公开11, empty)
amount('2026 年国有资本经营预算支出 0 万元', '0', f'{S11}!C6')
# 十二、机关运行经费 (公开12)
amount('一般公共预算机关运行经费预算支出 923.68 万元', '923.68', f'{S12}!C4')
change('一般公共预算机关运行经费预算支出 923.68 万元，与上年相比减少 34.64 万元，减少 3.61%', f'{S12}!C4', '-34.64', '3.61')
# 十三、政府采购 (公开13)
amount('政府采购支出预算总额 10,095.43 万元', '10095.43', f'{S13}!J5')
amount('拟采购货物支出 349.62 万元', '349.62', f'{S13}!J{cats[0]}')
amount('拟采购工程支出 300 万元', '300', f'{S13}!J{cats[1]}')
amount('拟采购服务支出 9,445.81 万元', '9445.81', f'{S13}!J{cats[2]}')
# 十五、绩效目标
amount('本部门整体支出纳入绩效目标管理，涉及财政性资金 86,999.14 万元', '86999.14', f'{S1}!D37')
amount('涉及财政性资金合计 74,051.18 万元', '74051.18', f'{S3}!E4')
# 第一部分: 预算单位 6 家 = the 单位 rows of 收入总表
n_units = sum(1 for r in range(7, 13) if re.fullmatch(r'114\d{3}', text(S2, f'A{r}')))
nfind('预算单位共计 6 家')
narrative.append({'text': '纳入本部门 2026 年部门汇总预算编制范围的预算单位共计 6 家', 'value': '6', 'unit': '家',
                  'cell': f'{S2}!A7:A12', 'computed': str(n_units), 'agrees': n_units == 6})

# the narrative's own year-over-year changes must add up where parts and whole are both stated
for what, parts, whole in (
        ('收入 changes (一般公共预算 −3,792.54, 政府性基金 −13,569.42, 事业收入 −141.86, 上级补助 −914.34, 其他收入 +16.59) = 收入总计 change −18,401.57',
         ['-3792.54', '-13569.42', '-141.86', '-914.34', '16.59'], '-18401.57'),
        ('支出 changes by 类 (+36.6, −13,569.42, −4,928.29, +59.54) = 支出总计 change −18,401.57',
         ['36.6', '-13569.42', '-4928.29', '59.54'], '-18401.57'),
        ('财政拨款 change −17,361.96 = 一般公共预算 −3,792.54 + 政府性基金 −13,569.42', ['-3792.54', '-13569.42'], '-17361.96'),
        ('三公 change −20.78 = 因公出国 0 + 购置 −18.18 + 运行维护 −0.1 + 公务接待 −2.5', ['0', '-18.18', '-0.1', '-2.5'], '-20.78'),
        ('政府性基金 项 changes (−3,870, −32,690.08, +23,460.16, −638, +168.5) = 城乡社区支出 change −13,569.42',
         ['-3870', '-32690.08', '23460.16', '-638', '168.5'], '-13569.42'),
        ('一般公共预算 项 changes of 五、 (208: +40.57 +21.93; 220: −7.76 −2,394.02 −178.93 +15.35 −1,391.97; 221: +21.12 +834.34 −753.17) '
         '= 一般公共预算 change −3,792.54',
         ['40.57', '21.93', '-7.76', '-2394.02', '-178.93', '15.35', '-1391.97', '21.12', '834.34', '-753.17'], '-3792.54')):
    if sum(Decimal(x) for x in parts) == Decimal(whole):
        holds.append('narrative: ' + what)
        print('HOLDS narrative', what)
    else:
        inconsistencies.append({'cells': ['narrative.txt'], 'against': ['narrative.txt'], 'published': whole,
                                'computed': str(sum(Decimal(x) for x in parts)), 'what': 'narrative: ' + what})
        print('NOT   narrative', what, sum(Decimal(x) for x in parts))

bad_n = [e for e in narrative if not e['agrees']]
print(f'narrative: {len(narrative)} figures checked, {len(bad_n)} disagree')
for e in bad_n:
    print('  NOT', e)
for e in narrative:
    if e['agrees'] and e.get('note'):
        print('  NOTE', e['text'], '—', e['note'])
print(f'\n{len(holds)} relations hold, {len(inconsistencies)} inconsistencies, {len(hints)} hints')
for h in hints:
    print('HINT', h)

if WRITE:
    exp = json.load(open(os.path.join(HERE, 'expected.json'), encoding='utf-8')) if os.path.exists(os.path.join(HERE, 'expected.json')) else {}
    exp.update({'holds': holds, 'inconsistencies': inconsistencies, 'hints': hints, 'narrative': narrative})
    json.dump(exp, open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print('expected.json written')
