#!/usr/bin/env python3
"""Independent audit of workbook.xlsx (上海钻石宝玉石交易联合管理办公室 2026年单位预算, 11 tables).

usage: audit.py [--write-expected]

Reads workbook.xlsx with openpyxl (never the project's engine), computes every relation with exact decimals and
prints what holds and what does not.  With --write-expected it also writes expected.json from the results.
"""
import json
import os
import re
import sys
from decimal import ROUND_HALF_UP, Decimal

import openpyxl
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

S1 = '2026年预算单位财务收支预算总表'
S2 = '2026年预算单位收入预算总表'
S3 = '2026年预算单位支出预算总表'
S4 = '2026年预算单位财政拨款收支预算总表'
S5 = '2026年预算单位财政拨款支出预算表'
S6 = '2026年预算单位一般公共预算支出功能分类预算表'
S7 = '2026年预算单位政府性基金预算支出功能分类预算表'
S8 = '2026年预算单位国有资本经营预算支出功能分类预算表'
S9 = '2026年预算单位一般公共预算基本支出部门预算经济分类预'
S10 = '2026年预算单位财政拨款项目支出预算表'
S11 = '2026年单位“三公”经费和机关运行经费预算表'
LABELS = {S1: '单位预算01表', S2: '单位预算02表', S3: '单位预算03表', S4: '单位预算04表', S5: '单位预算05表', S6: '单位预算06表',
          S7: '单位预算07表', S8: '单位预算08表', S9: '单位预算09表', S10: '单位预算表10', S11: '单位预算11表'}

wb = openpyxl.load_workbook(os.path.join(HERE, 'workbook.xlsx'))
holds, fails = [], []


def ref(sheet, col, row):
    return f'{sheet}!{get_column_letter(col)}{row}'


def val(sheet, col, row):
    """The amount a cell shows, exactly: blank is 0; text is rejected (the tables here hold numbers only)."""
    v = wb[sheet].cell(row, col).value
    if v is None:
        return Decimal(0)
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ValueError(f'{ref(sheet, col, row)} 不是金额：{v!r}')
    return Decimal(repr(v)) if isinstance(v, float) else Decimal(v)


def text(sheet, col, row):
    v = wb[sheet].cell(row, col).value
    return v.strip() if isinstance(v, str) else v


def check(what, left, right, lcells, rcells, rounding=False):
    """left = right; lcells / rcells are the cells of each side."""
    entry = {'what': what, 'left': str(left), 'right': str(right), 'cells': lcells, 'against': rcells}
    if left == right:
        holds.append(entry)
        print(f'  holds  {what}: {left} = {right}')
    else:
        entry['rounding'] = rounding
        fails.append(entry)
        print(f'  FAILS  {what}: {left} ≠ {right} (difference {left - right})  {lcells} vs {rcells}')


def total(sheet, col, rows):
    return sum((val(sheet, col, r) for r in rows), Decimal(0))


def cells(sheet, col, rows):
    return [ref(sheet, col, r) for r in rows]


# ---------------------------------------------------------------- code tables

def code_rows(sheet, first, ncode):
    """Body rows of a table with ncode code columns (A..): [(row, (类, 款, 项))], and the 合计 row."""
    rows, total_row = [], None
    ws = wb[sheet]
    for r in range(first, ws.max_row + 1):
        codes = tuple(text(sheet, c, r) for c in range(1, ncode + 1))
        if codes[0] in ('合计', '合 计') or (codes[0] is None and any(text(sheet, c, r) == '合计' for c in range(1, ncode + 2))):
            total_row = r
            continue
        if codes[0] is None:
            continue
        assert re.fullmatch(r'\d{3}', codes[0]), (sheet, r, codes)
        rows.append((r, tuple(c for c in codes if c is not None)))
    return rows, total_row


def hierarchy(sheet, first, ncode, cols, label):
    """类 = Σ款 = Σ项 in every amount column; 合计 = Σ类."""
    rows, total_row = code_rows(sheet, first, ncode)
    print(f'{label}: 类 = Σ款 = Σ项, 合计 = Σ类')
    for col in cols:
        for r, code in rows:
            kids = [rr for rr, cc in rows if len(cc) == len(code) + 1 and cc[:len(code)] == code]
            if kids:
                check(f'{label} {"".join(code)} = Σ下级 ({get_column_letter(col)})', val(sheet, col, r), total(sheet, col, kids),
                      [ref(sheet, col, r)], cells(sheet, col, kids))
        top = [r for r, c in rows if len(c) == 1]
        if total_row:
            check(f'{label} 合计 = Σ类 ({get_column_letter(col)})', val(sheet, col, total_row), total(sheet, col, top),
                  [ref(sheet, col, total_row)], cells(sheet, col, top))
    return rows, total_row


def row_sums(sheet, rows, total_col, part_cols, label):
    print(f'{label}: {get_column_letter(total_col)} = ' + '+'.join(get_column_letter(c) for c in part_cols))
    for r in rows:
        check(f'{label} row {r}', val(sheet, total_col, r), sum((val(sheet, c, r) for c in part_cols), Decimal(0)),
              [ref(sheet, total_col, r)], [ref(sheet, c, r) for c in part_cols])


def by_class(sheet, rows):
    """类 code → row."""
    return {c[0]: r for r, c in rows if len(c) == 1}



# ---------------------------------------------------------------- layout: table number above every title
print('== table numbers')
for sheet, label in LABELS.items():
    ws = wb[sheet]
    row1 = [c.value for c in ws[1] if c.value is not None]
    assert row1 == [label] and ws.cell(1, ws.max_column).value == label, (sheet, row1)
    assert text(sheet, 1, 2).startswith('2026年'), (sheet, text(sheet, 1, 2))
print('  every sheet: row 1 the table number in the last column, row 2 the title')

# ---------------------------------------------------------------- 表1 财务收支预算总表
print(f'== {S1}')
assert text(S1, 1, 8) == '一、财政拨款收入' and text(S1, 1, 15) == '收入总计' and text(S1, 3, 15) == '支出总计'
check('表1 一、财政拨款收入 = 1、一般公共预算 + 2、政府性基金预算 + 3、国有资本经营预算', val(S1, 2, 8), total(S1, 2, [9, 10, 11]),
      [ref(S1, 2, 8)], cells(S1, 2, [9, 10, 11]))
check('表1 收入总计 = 一、财政拨款收入 + 二、事业收入 + 三、事业单位经营收入 + 四、其他收入', val(S1, 2, 15),
      total(S1, 2, [8, 12, 13, 14]), [ref(S1, 2, 15)], cells(S1, 2, [8, 12, 13, 14]))
S1_CLASS_ROWS = [r for r in range(8, 15) if text(S1, 3, r)]
assert len(S1_CLASS_ROWS) == 2
row_sums(S1, S1_CLASS_ROWS + [15], 4, [5, 6, 7], '表1 支出 合计 = 人员经费 + 公用经费 + 项目支出')
for col in (4, 5, 6, 7):
    check(f'表1 支出总计 = Σ类 ({get_column_letter(col)})', val(S1, col, 15), total(S1, col, S1_CLASS_ROWS),
          [ref(S1, col, 15)], cells(S1, col, S1_CLASS_ROWS))
check('表1 收入总计 = 支出总计', val(S1, 2, 15), val(S1, 4, 15), [ref(S1, 2, 15)], [ref(S1, 4, 15)])

# ---------------------------------------------------------------- 表2 收入预算总表
print(f'== {S2}')
s2_rows, s2_total = hierarchy(S2, 7, 3, range(5, 10), '表2')
row_sums(S2, [r for r, _ in s2_rows] + [s2_total], 5, [6, 7, 8, 9], '表2 合计 = 财政拨款收入 + 事业收入 + 事业单位经营收入 + 其他收入')

# ---------------------------------------------------------------- 表3 支出预算总表
print(f'== {S3}')
s3_rows, s3_total = hierarchy(S3, 7, 3, range(5, 8), '表3')
row_sums(S3, [r for r, _ in s3_rows] + [s3_total], 5, [6, 7], '表3 合计 = 基本支出 + 项目支出')

# ---------------------------------------------------------------- 表4 财政拨款收支预算总表
print(f'== {S4}')
assert text(S4, 1, 6) == '一、一般公共预算' and text(S4, 1, 9) == '收入总计' and text(S4, 3, 9) == '支出总计'
check('表4 收入总计 = 一、一般公共预算 + 二、政府性基金预算 + 三、国有资本经营预算', val(S4, 2, 9), total(S4, 2, [6, 7, 8]),
      [ref(S4, 2, 9)], cells(S4, 2, [6, 7, 8]))
S4_CLASS_ROWS = [r for r in range(6, 9) if text(S4, 3, r)]
assert len(S4_CLASS_ROWS) == 2
row_sums(S4, S4_CLASS_ROWS + [9], 4, [5, 6, 7], '表4 支出 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算')
for col in (4, 5, 6, 7):
    check(f'表4 支出总计 = Σ类 ({get_column_letter(col)})', val(S4, col, 9), total(S4, col, S4_CLASS_ROWS),
          [ref(S4, col, 9)], cells(S4, col, S4_CLASS_ROWS))
check('表4 收入总计 = 支出总计', val(S4, 2, 9), val(S4, 4, 9), [ref(S4, 2, 9)], [ref(S4, 4, 9)])
check('表4 一般公共预算 收入 = 支出', val(S4, 2, 6), val(S4, 5, 9), [ref(S4, 2, 6)], [ref(S4, 5, 9)])
check('表4 政府性基金预算 收入 = 支出', val(S4, 2, 7), val(S4, 6, 9), [ref(S4, 2, 7)], [ref(S4, 6, 9)])
check('表4 国有资本经营预算 收入 = 支出', val(S4, 2, 8), val(S4, 7, 9), [ref(S4, 2, 8)], [ref(S4, 7, 9)])

# ---------------------------------------------------------------- 表5 财政拨款支出预算表 (all 财政拨款, 基本 split)
print(f'== {S5}')
s5_rows, s5_total = hierarchy(S5, 7, 3, range(5, 9), '表5')
row_sums(S5, [r for r, _ in s5_rows] + [s5_total], 5, [6, 7, 8], '表5 合计 = 人员经费 + 公用经费 + 项目支出')

# ---------------------------------------------------------------- 表6 / 表7 / 表8 功能分类 by fund
print(f'== {S6}')
s6_rows, s6_total = hierarchy(S6, 7, 3, range(5, 8), '表6')
row_sums(S6, [r for r, _ in s6_rows] + [s6_total], 5, [6, 7], '表6 合计 = 基本支出 + 项目支出')
for sheet, label in ((S7, '表7 (政府性基金)'), (S8, '表8 (国有资本经营)')):
    print(f'== {sheet}')
    rows, tot = code_rows(sheet, 7, 3)
    assert rows == [] and tot == 7, (sheet, rows, tot)
    check(f'{label} empty: 合计 blank in E:G', total(sheet, 5, [7]) + total(sheet, 6, [7]) + total(sheet, 7, [7]), Decimal(0),
          cells(sheet, 5, [7]) + cells(sheet, 6, [7]) + cells(sheet, 7, [7]), [])

# ---------------------------------------------------------------- 表9 基本支出 经济分类
print(f'== {S9}')
s9_rows, s9_total = hierarchy(S9, 7, 2, range(4, 7), '表9 经济分类')
row_sums(S9, [r for r, _ in s9_rows] + [s9_total], 4, [5, 6], '表9 合计 = 人员经费 + 公用经费')
s9_class = by_class(S9, s9_rows)
assert set(s9_class) == {'301', '302'}, s9_class
check('表9 人员经费 = 301 (合计列; no 303 row)', val(S9, 5, s9_total), val(S9, 4, s9_class['301']),
      [ref(S9, 5, s9_total)], [ref(S9, 4, s9_class['301'])])
check('表9 公用经费 = 302 (合计列; no 310 row)', val(S9, 6, s9_total), val(S9, 4, s9_class['302']),
      [ref(S9, 6, s9_total)], [ref(S9, 4, s9_class['302'])])

# ---------------------------------------------------------------- 表10 财政拨款项目支出预算表
print(f'== {S10}')
# rows: 类 / 款 / 项 code rows with the amount in G, then the projects of the 项 above (序号 E, 项目名称 F, 预算数 G)
S10_CODE, S10_PROJECTS, S10_TOTAL = [], {}, None
last = None
for r in range(6, wb[S10].max_row + 1):
    a = text(S10, 1, r)
    if a in ('合 计', '合计'):
        S10_TOTAL = r
    elif a:
        codes = tuple(c for c in (text(S10, 1, r), text(S10, 2, r), text(S10, 3, r)) if c)
        S10_CODE.append((r, codes))
        last = codes
    elif text(S10, 6, r):
        assert last and len(last) == 3, (r, last)
        S10_PROJECTS.setdefault(last, []).append(r)
assert S10_TOTAL == 10 and len(S10_CODE) == 3 and sum(map(len, S10_PROJECTS.values())) == 1, (S10_TOTAL, S10_CODE, S10_PROJECTS)
print('表10: 类 = Σ款 = Σ项 = Σ项目, 合计 = Σ类 (column G)')
for r, code in S10_CODE:
    kids = [rr for rr, cc in S10_CODE if len(cc) == len(code) + 1 and cc[:len(code)] == code]
    if kids:
        check(f'表10 {"".join(code)} = Σ下级 (G)', val(S10, 7, r), total(S10, 7, kids), [ref(S10, 7, r)], cells(S10, 7, kids))
    else:
        projects = S10_PROJECTS[code]
        check(f'表10 {"".join(code)} = Σ项目 (G)', val(S10, 7, r), total(S10, 7, projects), [ref(S10, 7, r)], cells(S10, 7, projects))
top10 = [r for r, c in S10_CODE if len(c) == 1]
check('表10 合计 = Σ类 (G)', val(S10, 7, S10_TOTAL), total(S10, 7, top10), [ref(S10, 7, S10_TOTAL)], cells(S10, 7, top10))
all_projects = [r for rs in S10_PROJECTS.values() for r in rs]
check('表10 合计 = Σ项目 (G)', val(S10, 7, S10_TOTAL), total(S10, 7, all_projects), [ref(S10, 7, S10_TOTAL)], cells(S10, 7, all_projects))
check('表10 项目 序号 1', val(S10, 5, all_projects[0]), Decimal(1), [ref(S10, 5, all_projects[0])], [])

# ---------------------------------------------------------------- 表11 三公 (万元)
print(f'== {S11}')
R11 = 7
check('表11 三公 合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费', val(S11, 1, R11), val(S11, 2, R11) + val(S11, 3, R11) + val(S11, 4, R11),
      [ref(S11, 1, R11)], [ref(S11, 2, R11), ref(S11, 3, R11), ref(S11, 4, R11)])
check('表11 公务用车购置及运行费 小计 = 购置费 + 运行费', val(S11, 4, R11), val(S11, 5, R11) + val(S11, 6, R11),
      [ref(S11, 4, R11)], [ref(S11, 5, R11), ref(S11, 6, R11)])

# ---------------------------------------------------------------- across tables
print('== across tables')
CLASS_NAMES = {'201': '一般公共服务支出', '221': '住房保障支出'}


def name_row(sheet, rows, code):
    name = CLASS_NAMES[code]
    found = [r for r in rows if re.sub(r'^[一二三四五六七八九十]+、', '', text(sheet, 3, r)) == name]
    assert len(found) == 1, (sheet, code, found)
    return found[0]


s2c, s3c, s5c, s6c = by_class(S2, s2_rows), by_class(S3, s3_rows), by_class(S5, s5_rows), by_class(S6, s6_rows)
assert set(s2c) == set(s3c) == set(s5c) == set(CLASS_NAMES)
for code in sorted(CLASS_NAMES):
    r1, r2, r3 = name_row(S1, S1_CLASS_ROWS, code), s2c[code], s3c[code]
    check(f'表1 支出 {code} = 表3 合计 {code}', val(S1, 4, r1), val(S3, 5, r3), [ref(S1, 4, r1)], [ref(S3, 5, r3)])
    check(f'表1 人员经费+公用经费 {code} = 表3 基本支出 {code}', val(S1, 5, r1) + val(S1, 6, r1), val(S3, 6, r3),
          [ref(S1, 5, r1), ref(S1, 6, r1)], [ref(S3, 6, r3)])
    check(f'表1 项目支出 {code} = 表3 项目支出 {code}', val(S1, 7, r1), val(S3, 7, r3), [ref(S1, 7, r1)], [ref(S3, 7, r3)])
    check(f'表2 合计 {code} = 表3 合计 {code}', val(S2, 5, r2), val(S3, 5, r3), [ref(S2, 5, r2)], [ref(S3, 5, r3)])
s2_codes = {c: r for r, c in s2_rows}
s3_codes = {c: r for r, c in s3_rows}
s5_codes = {c: r for r, c in s5_rows}
s6_codes = {c: r for r, c in s6_rows}
check('表2, 表3, 表5 and 表6 list the same 功能分类 codes', len(set(s2_codes) ^ set(s3_codes)) + len(set(s2_codes) ^ set(s5_codes))
      + len(set(s2_codes) ^ set(s6_codes)), 0, [S2, S3], [S5, S6])
for code in sorted(s2_codes):
    if len(code) > 1:
        check(f'表2 合计 {"".join(code)} = 表3 合计 {"".join(code)}', val(S2, 5, s2_codes[code]), val(S3, 5, s3_codes[code]),
              [ref(S2, 5, s2_codes[code])], [ref(S3, 5, s3_codes[code])])
check('表2 合计 = 表1 收入总计', val(S2, 5, s2_total), val(S1, 2, 15), [ref(S2, 5, s2_total)], [ref(S1, 2, 15)])
check('表2 财政拨款收入 = 表1 一、财政拨款收入', val(S2, 6, s2_total), val(S1, 2, 8), [ref(S2, 6, s2_total)], [ref(S1, 2, 8)])
check('表2 事业收入 = 表1 二、事业收入', val(S2, 7, s2_total), val(S1, 2, 12), [ref(S2, 7, s2_total)], [ref(S1, 2, 12)])
check('表2 事业单位经营收入 = 表1 三、事业单位经营收入', val(S2, 8, s2_total), val(S1, 2, 13), [ref(S2, 8, s2_total)], [ref(S1, 2, 13)])
check('表2 其他收入 = 表1 四、其他收入', val(S2, 9, s2_total), val(S1, 2, 14), [ref(S2, 9, s2_total)], [ref(S1, 2, 14)])
check('表3 合计 = 表1 支出总计', val(S3, 5, s3_total), val(S1, 4, 15), [ref(S3, 5, s3_total)], [ref(S1, 4, 15)])
check('表3 基本支出 = 表1 人员经费 + 公用经费', val(S3, 6, s3_total), val(S1, 5, 15) + val(S1, 6, 15),
      [ref(S3, 6, s3_total)], [ref(S1, 5, 15), ref(S1, 6, 15)])
check('表3 项目支出 = 表1 项目支出', val(S3, 7, s3_total), val(S1, 7, 15), [ref(S3, 7, s3_total)], [ref(S1, 7, 15)])
# 表4 against 表1, 表2, 表5, 表6, 表7, 表8
check('表4 一、一般公共预算 = 表1 1、一般公共预算', val(S4, 2, 6), val(S1, 2, 9), [ref(S4, 2, 6)], [ref(S1, 2, 9)])
check('表4 二、政府性基金预算 = 表1 2、政府性基金预算', val(S4, 2, 7), val(S1, 2, 10), [ref(S4, 2, 7)], [ref(S1, 2, 10)])
check('表4 三、国有资本经营预算 = 表1 3、国有资本经营预算', val(S4, 2, 8), val(S1, 2, 11), [ref(S4, 2, 8)], [ref(S1, 2, 11)])
check('表4 收入总计 = 表1 一、财政拨款收入', val(S4, 2, 9), val(S1, 2, 8), [ref(S4, 2, 9)], [ref(S1, 2, 8)])
for code in sorted(CLASS_NAMES):
    r4 = name_row(S4, S4_CLASS_ROWS, code)
    check(f'表4 支出合计 {code} = 表2 财政拨款收入 {code}', val(S4, 4, r4), val(S2, 6, s2c[code]), [ref(S4, 4, r4)], [ref(S2, 6, s2c[code])])
    check(f'表4 支出合计 {code} = 表5 财政拨款支出 合计 {code}', val(S4, 4, r4), val(S5, 5, s5c[code]), [ref(S4, 4, r4)], [ref(S5, 5, s5c[code])])
    check(f'表4 一般公共预算 {code} = 表6 合计 {code}', val(S4, 5, r4), val(S6, 5, s6c[code]), [ref(S4, 5, r4)], [ref(S6, 5, s6c[code])])
    check(f'表4 政府性基金预算 {code} = 0 (表7 empty)', val(S4, 6, r4), Decimal(0), [ref(S4, 6, r4)], [])
    check(f'表4 国有资本经营预算 {code} = 0 (表8 empty)', val(S4, 7, r4), Decimal(0), [ref(S4, 7, r4)], [])
check('表4 一般公共预算 支出 = 表6 合计', val(S4, 5, 9), val(S6, 5, s6_total), [ref(S4, 5, 9)], [ref(S6, 5, s6_total)])
check('表4 政府性基金预算 支出 = 表7 合计', val(S4, 6, 9), val(S7, 5, 7), [ref(S4, 6, 9)], [ref(S7, 5, 7)])
check('表4 国有资本经营预算 支出 = 表8 合计', val(S4, 7, 9), val(S8, 5, 7), [ref(S4, 7, 9)], [ref(S8, 5, 7)])
check('表4 支出总计 = 表5 合计', val(S4, 4, 9), val(S5, 5, s5_total), [ref(S4, 4, 9)], [ref(S5, 5, s5_total)])
# 表5 (财政拨款) = 表6 (一般公共) + 表7 (基金) + 表8 (国资) by code; its 人员+公用 = their 基本支出, its 项目 = their 项目
for code, r5 in sorted(s5_codes.items()):
    c = ''.join(code)
    r6 = s6_codes[code]
    check(f'表5 合计 {c} = 表2 财政拨款收入 {c}', val(S5, 5, r5), val(S2, 6, s2_codes[code]), [ref(S5, 5, r5)], [ref(S2, 6, s2_codes[code])])
    check(f'表5 合计 {c} = 表6 合计 {c} (表7, 表8 empty)', val(S5, 5, r5), val(S6, 5, r6), [ref(S5, 5, r5)], [ref(S6, 5, r6)])
    check(f'表5 人员经费 + 公用经费 {c} = 表6 基本支出 {c}', val(S5, 6, r5) + val(S5, 7, r5), val(S6, 6, r6),
          [ref(S5, 6, r5), ref(S5, 7, r5)], [ref(S6, 6, r6)])
    check(f'表5 项目支出 {c} = 表6 项目支出 {c}', val(S5, 8, r5), val(S6, 7, r6), [ref(S5, 8, r5)], [ref(S6, 7, r6)])
check('表5 合计 = 表6 合计 + 表7 合计 + 表8 合计', val(S5, 5, s5_total), val(S6, 5, s6_total) + val(S7, 5, 7) + val(S8, 5, 7),
      [ref(S5, 5, s5_total)], [ref(S6, 5, s6_total), ref(S7, 5, 7), ref(S8, 5, 7)])
# 表6 基本支出 = 表9 (经济分类); 表5 人员 / 公用 (一般公共 only here: 表7, 表8 empty) = 表9 人员 / 公用
check('表6 基本支出 = 表9 合计', val(S6, 6, s6_total), val(S9, 4, s9_total), [ref(S6, 6, s6_total)], [ref(S9, 4, s9_total)])
check('表5 人员经费 = 表9 人员经费 (表7, 表8 empty: all 财政拨款 基本支出 is 一般公共预算)', val(S5, 6, s5_total), val(S9, 5, s9_total),
      [ref(S5, 6, s5_total)], [ref(S9, 5, s9_total)])
check('表5 公用经费 = 表9 公用经费 (idem)', val(S5, 7, s5_total), val(S9, 6, s9_total), [ref(S5, 7, s5_total)], [ref(S9, 6, s9_total)])
# 表10 (财政拨款项目) = 表5 项目支出 by code
s10_codes = {c: r for r, c in S10_CODE}
for code, r5 in sorted(s5_codes.items()):
    c = ''.join(code)
    amount = val(S10, 7, s10_codes[code]) if code in s10_codes else Decimal(0)
    check(f'表10 {c} = 表5 项目支出 {c}' + ('' if code in s10_codes else ' (no 表10 row: 0)'), amount, val(S5, 8, r5),
          [ref(S10, 7, s10_codes[code])] if code in s10_codes else [f'{S10}: 无 {c} 行'], [ref(S5, 8, r5)])
check('表10 合计 = 表5 项目支出 合计', val(S10, 7, S10_TOTAL), val(S5, 8, s5_total), [ref(S10, 7, S10_TOTAL)], [ref(S5, 8, s5_total)])
check('表10 合计 = 表6 项目支出 + 表7 项目支出 + 表8 项目支出', val(S10, 7, S10_TOTAL), val(S6, 7, s6_total) + val(S7, 7, 7) + val(S8, 7, 7),
      [ref(S10, 7, S10_TOTAL)], [ref(S6, 7, s6_total), ref(S7, 7, 7), ref(S8, 7, 7)])
# 三公 (万元) against 表9 经济分类 (元): 表9 (基本支出 only) may not exceed 三公; equal when no project pays 三公
WAN = Decimal(10000)
s9_codes = {c: r for r, c in s9_rows}


def s9(code):
    r = s9_codes.get(code)
    return (val(S9, 4, r), [ref(S9, 4, r)]) if r else (Decimal(0), [f'{S9}: 无 {"".join(code)} 行'])


for label, col, code in (('因公出国(境)费', 2, ('302', '12')), ('公务用车运行费', 6, ('302', '31')), ('公务用车购置费', 5, ('310', '13'))):
    amount, where = s9(code)
    check(f'表11 {label} (万元) = 表9 {"".join(code)} (元) / 10000', val(S11, col, R11), amount / WAN, [ref(S11, col, R11)], where)
amount, where = s9(('302', '17'))
print(f'  note   表11 公务接待费 {val(S11, 3, R11)} 万元 > 表9 30217 公务接待费 {amount} 元 = {amount / WAN} 万元: the other '
      f'{val(S11, 3, R11) - amount / WAN} 万元 is not in 基本支出 (三公 covers 财政拨款 of 基本 and 项目; the project table has no 经济分类): '
      'not an identity, checked as 表9 ≤ 表11')
check('表9 30217 公务接待费 (元) / 10000 ≤ 表11 公务接待费 (万元)', min(amount / WAN, val(S11, 3, R11)), amount / WAN, where, [ref(S11, 3, R11)])
# 机关运行经费 (行政单位: 一般公共预算 基本支出 的 公用经费)
check('表11 机关运行经费 (万元, 2 decimals) = 表9 公用经费 (元) / 10000 rounded half up', val(S11, 7, R11),
      (val(S9, 6, s9_total) / WAN).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), [ref(S11, 7, R11)], [ref(S9, 6, s9_total)])
print(f'  note   表11 机关运行经费 396.84 万元 vs 表9 公用经费 {val(S9, 6, s9_total)} 元 = {val(S9, 6, s9_total) / WAN} 万元: equal after rounding '
      'to the printed cent of 万元')

# ---------------------------------------------------------------- narrative
print('== narrative.txt')
narrative = open(os.path.join(HERE, 'narrative.txt'), encoding='utf-8').read()
flat = narrative.replace('\n', '')
found = []


def said(snippet, value, unit, sheet, col, row, note=None):
    """The narrative's figure against a cell: 万元 figures from a 元 table are compared after rounding half up to
    the decimals the text prints."""
    assert snippet in flat, snippet
    amount = val(sheet, col, row)
    if unit == '万元' and sheet != S11:
        amount = amount / WAN
    places = Decimal(1).scaleb(-len(value.split('.')[1])) if '.' in value else Decimal(1)
    shown = amount.quantize(places, rounding=ROUND_HALF_UP)
    agrees = shown == Decimal(value.replace(',', ''))
    entry = {'text': snippet, 'value': value.replace(',', ''), 'unit': unit, 'cell': ref(sheet, col, row), 'agrees': agrees}
    if shown != amount or not agrees:
        entry['table'] = str(amount)
    if note:
        entry['note'] = note
    found.append(entry)
    print(f'  {"agrees " if agrees else "DIFFERS"} {snippet} ↔ {ref(sheet, col, row)} = {val(sheet, col, row)}'
          + (f' ({amount} 万元 → {shown})' if unit == '万元' and sheet != S11 else ''))


said('收入预算723万元', '723', '万元', S1, 2, 15)
said('财政拨款收入723万元', '723', '万元', S1, 2, 8)
said('事业收入0万元', '0', '万元', S1, 2, 12)
said('事业单位经营收入0万元', '0', '万元', S1, 2, 13)
said('其他收入0万元', '0', '万元', S1, 2, 14)
said('支出预算723万元', '723', '万元', S1, 4, 15)
said('财政拨款支出预算723万元', '723', '万元', S4, 4, 9)
said('一般公共预算拨款支出预算723万元', '723', '万元', S4, 5, 9)
said('政府性基金拨款支出预算0万元', '0', '万元', S4, 6, 9)
said('国有资本经营预算拨款支出预算为0万元', '0', '万元', S4, 7, 9)
said('“一般公共服务支出”科目678万元', '678', '万元', S4, 4, name_row(S4, S4_CLASS_ROWS, '201'), note='财政拨款支出 by 类 (表4 支出合计)')
said('“住房保障支出”科目45万元', '45', '万元', S4, 4, name_row(S4, S4_CLASS_ROWS, '221'), note='财政拨款支出 by 类 (表4 支出合计)')
said('“三公”经费预算数为18.10万元', '18.10', '万元', S11, 1, R11)
said('因公出国（境）费12.60万元', '12.60', '万元', S11, 2, R11)
said('公务用车购置及运行费3.50万元', '3.50', '万元', S11, 4, R11)
said('公务用车购置费0.00万元', '0.00', '万元', S11, 5, R11)
said('公务用车运行费3.50万元', '3.50', '万元', S11, 6, R11)
said('公务接待费2.00万元', '2.00', '万元', S11, 3, R11)
said('机关运行经费预算为396.84万元', '396.84', '万元', S11, 7, R11)
said('机关运行经费预算为396.84万元', '396.84', '万元', S9, 6, s9_total, note='机关运行经费 = 一般公共预算基本支出的公用经费 (表9)')
said('涉及项目预算资金27.00万元', '27.00', '万元', S10, 7, S10_TOTAL, note='the one project with 绩效目标 (钻石宝玉石产业发展专项)')
said('涉及预算资金27万元', '27', '万元', S10, 7, S10_TOTAL, note='same figure, written without decimals')

parts = Decimal(678) + Decimal(45)
check('narrative: 财政拨款支出 by 类 (678 + 45) = 财政拨款支出预算723万元', parts, Decimal(723), ['narrative.txt'], ['narrative.txt'])

print(f'\n{len(holds)} relations hold, {len(fails)} do not; narrative: {sum(e["agrees"] for e in found)} of {len(found)} figures agree')

if '--write-expected' in sys.argv:
    expected = {
        'region': '上海市', 'province': '上海', 'kind': '预算', 'year': 2026,
        'department': '上海钻石宝玉石交易联合管理办公室',
        'parent_department': '上海市商务委员会 (file named 上海市商务局)',
        'level': '单位预算 (一个行政单位, 全额拨款; the file is named 2026年上海市商务局_部门预算.pdf)',
        'source': {'repo': 'calinchow-del/renwu', 'path': '预算数据/001_上海/2026年上海市商务局_部门预算.pdf',
                   'commit': '8af6eb4b18439a2eadf2e7dc81f5eb15b3ae2383',
                   'sha256': 'ccc30116311265e5623404c6d0f847a6add143f748042929be874e7c38608ffe'},
        'unit': '元',
        'sheets': [
            {'sheet': S1, 'table': 'T1', 'title': S1, 'unit': '元',
             'notes': 'row 1 "单位预算01表" (table number, last column), title in row 2; 收入 left (一、财政拨款收入 with 1、一般公共预算 '
                      '2、政府性基金预算 3、国有资本经营预算; 二、事业收入; 三、事业单位经营收入; 四、其他收入); 支出 right by 功能分类 类 names '
                      '(一、一般公共服务支出, 二、住房保障支出; no codes); 合计 | 基本支出 (人员经费, 公用经费) | 项目支出; 4 header rows'},
            {'sheet': S2, 'table': 'T2', 'title': S2, 'unit': '元',
             'notes': '类/款/项 codes in 3 columns + 名称; 合计, 财政拨款收入, 事业收入, 事业单位经营收入, 其他收入; 合计 row label in column A'},
            {'sheet': S3, 'table': 'T3', 'title': S3, 'unit': '元', 'notes': '类/款/项; 合计, 基本支出, 项目支出'},
            {'sheet': S4, 'table': 'T4', 'title': S4, 'unit': '元',
             'notes': '财政拨款收入 left (一、一般公共预算 二、政府性基金预算 三、国有资本经营预算); 支出 right by 类 names, columns 合计, '
                      '一般公共预算, 政府性基金预算, 国有资本经营预算'},
            {'sheet': S5, 'table': 'other:财政拨款支出预算表(功能分类,基本支出分人员经费/公用经费)', 'title': S5, 'unit': '元',
             'notes': 'all 财政拨款 (一般公共 + 基金 + 国资) by 功能分类 类/款/项; columns 合计 | 基本支出 (人员经费, 公用经费) | 项目支出; '
                      'not the national 表5: here it equals 表6 because 表7 and 表8 are empty'},
            {'sheet': S6, 'table': 'T5', 'title': S6, 'unit': '元', 'notes': '功能分类 类/款/项; 合计, 基本支出, 项目支出'},
            {'sheet': S7, 'table': 'T8', 'title': S7, 'unit': '元', 'notes': 'empty: header and a 合计 row with blank amounts'},
            {'sheet': S8, 'table': 'T9', 'title': S8, 'unit': '元', 'notes': 'empty: header and a 合计 row with blank amounts'},
            {'sheet': S9, 'table': 'T6', 'title': '2026年预算单位一般公共预算基本支出部门预算经济分类预算表', 'unit': '元',
             'notes': '经济分类 类/款 in 2 columns + 名称; 合计, 人员经费, 公用经费; only 301 and 302; header repeated on p16 (dropped); '
                      'sheet name cut to 28 characters by the tool'},
            {'sheet': S10, 'table': 'T7', 'title': S10, 'unit': '元',
             'notes': '财政拨款 项目 only (printed "单位预算表10"); columns 类 | 款 | 项 | 功能分类科目名称 | 序号 | 项目名称 | 预算数: code rows '
                      '类/款/项 with the amount, then under the 项 one row per project (序号 1, 项目名称, 预算数, no code); total row "合 计" '
                      '(with a space) in column A; 2 header rows, no 基本/项目 split'},
            {'sheet': S11, 'table': 'T10', 'title': S11, 'unit': '万元',
             'notes': 'one row of amounts, no row labels: 合计, 因公出国(境)费, 公务接待费, 公务用车购置及运行费 (小计, 购置费 blank, 运行费), '
                      '机关运行经费预算数 396.84 (a 行政单位: filled, = 表9 公用经费 in 万元); 单位:万元 with an ASCII colon while every other '
                      'table is in 元; amounts printed with two decimals (2.00); no 上年 block, no 会议费/培训费'},
        ],
        'holds': [f"{e['what']} ({', '.join(e['cells'])} = {', '.join(e['against'])})" if e['against'] else
                  f"{e['what']} ({', '.join(e['cells'])})" for e in holds],
        'inconsistencies': [{'cells': e['cells'], 'against': e['against'], 'published': e['left'], 'computed': e['right'],
                             'what': e['what'], **({'rounding': True} if e.get('rounding') else {})} for e in fails],
        'narrative': found,
    }
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('wrote expected.json')
