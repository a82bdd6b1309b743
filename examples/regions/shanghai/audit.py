#!/usr/bin/env python3
"""Independent audit of workbook.xlsx (上海市自然资源确权登记事务中心 2026年单位预算, 9 tables).

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
S5 = '2026年预算单位一般公共预算支出功能分类预算表'
S6 = '2026年预算单位政府性基金预算支出功能分类预算表'
S7 = '2026年预算单位国有资本经营预算支出功能分类预算表'
S8 = '2026年预算单位一般公共预算基本支出部门预算经济分类预'
S9 = '2026年单位“三公”经费和机关运行经费预算表'

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
        if codes[0] == '合计' or (codes[0] is None and any(text(sheet, c, r) == '合计' for c in range(1, ncode + 2))):
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


# ---------------------------------------------------------------- 表1 财务收支预算总表
print(f'== {S1}')
assert text(S1, 1, 7) == '一、财政拨款收入' and text(S1, 1, 14) == '收入总计' and text(S1, 3, 14) == '支出总计'
check('表1 一、财政拨款收入 = 1、一般公共预算 + 2、政府性基金预算 + 3、国有资本经营预算', val(S1, 2, 7), total(S1, 2, [8, 9, 10]),
      [ref(S1, 2, 7)], cells(S1, 2, [8, 9, 10]))
check('表1 收入总计 = 一、财政拨款收入 + 二、事业收入 + 三、事业单位经营收入 + 四、其他收入', val(S1, 2, 14),
      total(S1, 2, [7, 11, 12, 13]), [ref(S1, 2, 14)], cells(S1, 2, [7, 11, 12, 13]))
S1_CLASS_ROWS = [r for r in range(7, 14) if text(S1, 3, r)]
assert len(S1_CLASS_ROWS) == 5
row_sums(S1, S1_CLASS_ROWS + [14], 4, [5, 6, 7], '表1 支出 合计 = 人员经费 + 公用经费 + 项目支出')
for col in (4, 5, 6, 7):
    check(f'表1 支出总计 = Σ类 ({get_column_letter(col)})', val(S1, col, 14), total(S1, col, S1_CLASS_ROWS),
          [ref(S1, col, 14)], cells(S1, col, S1_CLASS_ROWS))
check('表1 收入总计 = 支出总计', val(S1, 2, 14), val(S1, 4, 14), [ref(S1, 2, 14)], [ref(S1, 4, 14)])

# ---------------------------------------------------------------- 表2 收入预算总表
print(f'== {S2}')
s2_rows, s2_total = hierarchy(S2, 6, 3, range(5, 10), '表2')
row_sums(S2, [r for r, _ in s2_rows] + [s2_total], 5, [6, 7, 8, 9], '表2 合计 = 财政拨款收入 + 事业收入 + 事业单位经营收入 + 其他收入')

# ---------------------------------------------------------------- 表3 支出预算总表
print(f'== {S3}')
s3_rows, s3_total = hierarchy(S3, 6, 3, range(5, 8), '表3')
row_sums(S3, [r for r, _ in s3_rows] + [s3_total], 5, [6, 7], '表3 合计 = 基本支出 + 项目支出')

# ---------------------------------------------------------------- 表4 财政拨款收支预算总表
print(f'== {S4}')
assert text(S4, 1, 5) == '一、一般公共预算' and text(S4, 1, 10) == '收入总计'
check('表4 收入总计 = 一、一般公共预算 + 二、政府性基金预算 + 三、国有资本经营预算', val(S4, 2, 10), total(S4, 2, [5, 6, 7]),
      [ref(S4, 2, 10)], cells(S4, 2, [5, 6, 7]))
S4_CLASS_ROWS = [r for r in range(5, 10) if text(S4, 3, r)]
row_sums(S4, S4_CLASS_ROWS + [10], 4, [5, 6, 7], '表4 支出 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算')
for col in (4, 5, 6, 7):
    check(f'表4 支出总计 = Σ类 ({get_column_letter(col)})', val(S4, col, 10), total(S4, col, S4_CLASS_ROWS),
          [ref(S4, col, 10)], cells(S4, col, S4_CLASS_ROWS))
check('表4 收入总计 = 支出总计', val(S4, 2, 10), val(S4, 4, 10), [ref(S4, 2, 10)], [ref(S4, 4, 10)])
check('表4 一般公共预算 收入 = 支出', val(S4, 2, 5), val(S4, 5, 10), [ref(S4, 2, 5)], [ref(S4, 5, 10)])
check('表4 政府性基金预算 收入 = 支出', val(S4, 2, 6), val(S4, 6, 10), [ref(S4, 2, 6)], [ref(S4, 6, 10)])
check('表4 国有资本经营预算 收入 = 支出', val(S4, 2, 7), val(S4, 7, 10), [ref(S4, 2, 7)], [ref(S4, 7, 10)])

# ---------------------------------------------------------------- 表5 / 表6 / 表7 功能分类
print(f'== {S5}')
s5_rows, s5_total = hierarchy(S5, 6, 3, range(5, 8), '表5')
row_sums(S5, [r for r, _ in s5_rows] + [s5_total], 5, [6, 7], '表5 合计 = 基本支出 + 项目支出')
print(f'== {S6}')
s6_rows, s6_total = hierarchy(S6, 6, 3, range(5, 8), '表6')
row_sums(S6, [r for r, _ in s6_rows] + [s6_total], 5, [6, 7], '表6 合计 = 基本支出 + 项目支出')
print(f'== {S7}')
s7_rows, s7_total = code_rows(S7, 6, 3)
assert s7_rows == [] and s7_total == 6
check('表7 (国有资本经营) empty: 合计 blank in E:G', total(S7, 5, [6]) + total(S7, 6, [6]) + total(S7, 7, [6]), Decimal(0),
      cells(S7, 5, [6]) + cells(S7, 6, [6]) + cells(S7, 7, [6]), [])

# ---------------------------------------------------------------- 表8 基本支出 经济分类
print(f'== {S8}')
s8_rows, s8_total = hierarchy(S8, 6, 2, range(4, 7), '表8 经济分类')
row_sums(S8, [r for r, _ in s8_rows] + [s8_total], 4, [5, 6], '表8 合计 = 人员经费 + 公用经费')
s8_class = by_class(S8, s8_rows)
check('表8 人员经费 = 301 + 303 (合计列)', val(S8, 5, s8_total), val(S8, 4, s8_class['301']) + val(S8, 4, s8_class['303']),
      [ref(S8, 5, s8_total)], [ref(S8, 4, s8_class['301']), ref(S8, 4, s8_class['303'])])
check('表8 公用经费 = 302 + 310 (合计列)', val(S8, 6, s8_total), val(S8, 4, s8_class['302']) + val(S8, 4, s8_class['310']),
      [ref(S8, 6, s8_total)], [ref(S8, 4, s8_class['302']), ref(S8, 4, s8_class['310'])])

# ---------------------------------------------------------------- 表9 三公 (万元)
print(f'== {S9}')
check('表9 三公 合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费', val(S9, 1, 6), total(S9, 2, [6]) + val(S9, 3, 6) + val(S9, 4, 6),
      [ref(S9, 1, 6)], [ref(S9, 2, 6), ref(S9, 3, 6), ref(S9, 4, 6)])
check('表9 公务用车购置及运行费 小计 = 购置费 + 运行费', val(S9, 4, 6), val(S9, 5, 6) + val(S9, 6, 6),
      [ref(S9, 4, 6)], [ref(S9, 5, 6), ref(S9, 6, 6)])

# ---------------------------------------------------------------- across tables
print('== across tables')
CLASS_NAMES = {'208': '社会保障和就业支出', '210': '卫生健康支出', '212': '城乡社区支出', '220': '自然资源海洋气象等支出',
               '221': '住房保障支出'}


def s1_row(code):
    name = CLASS_NAMES[code]
    rows = [r for r in S1_CLASS_ROWS if re.sub(r'^[一二三四五六七八九十]+、', '', text(S1, 3, r)) == name]
    assert len(rows) == 1, (code, rows)
    return rows[0]


def s4_row(code):
    name = CLASS_NAMES[code]
    rows = [r for r in S4_CLASS_ROWS if re.sub(r'^[一二三四五六七八九十]+、', '', text(S4, 3, r)) == name]
    return rows[0] if rows else None


s2c, s3c, s5c, s6c = by_class(S2, s2_rows), by_class(S3, s3_rows), by_class(S5, s5_rows), by_class(S6, s6_rows)
assert set(s2c) == set(s3c) == set(CLASS_NAMES)
for code in sorted(CLASS_NAMES):
    r1, r2, r3 = s1_row(code), s2c[code], s3c[code]
    check(f'表1 支出 {code} = 表3 合计 {code}', val(S1, 4, r1), val(S3, 5, r3), [ref(S1, 4, r1)], [ref(S3, 5, r3)])
    check(f'表1 人员经费+公用经费 {code} = 表3 基本支出 {code}', val(S1, 5, r1) + val(S1, 6, r1), val(S3, 6, r3),
          [ref(S1, 5, r1), ref(S1, 6, r1)], [ref(S3, 6, r3)])
    check(f'表1 项目支出 {code} = 表3 项目支出 {code}', val(S1, 7, r1), val(S3, 7, r3), [ref(S1, 7, r1)], [ref(S3, 7, r3)])
    check(f'表2 合计 {code} = 表3 合计 {code}', val(S2, 5, r2), val(S3, 5, r3), [ref(S2, 5, r2)], [ref(S3, 5, r3)])
# 款 / 项 too: 表2 and 表3 list the same codes
s2_codes = {c: r for r, c in s2_rows}
s3_codes = {c: r for r, c in s3_rows}
check('表2 and 表3 list the same 功能分类 codes', len(s2_codes), len(s3_codes), [S2], [S3])
for code in sorted(s2_codes):
    if len(code) > 1 and code in s3_codes:
        check(f'表2 合计 {"".join(code)} = 表3 合计 {"".join(code)}', val(S2, 5, s2_codes[code]), val(S3, 5, s3_codes[code]),
              [ref(S2, 5, s2_codes[code])], [ref(S3, 5, s3_codes[code])])
check('表2 合计 = 表1 收入总计', val(S2, 5, s2_total), val(S1, 2, 14), [ref(S2, 5, s2_total)], [ref(S1, 2, 14)])
check('表2 财政拨款收入 = 表1 一、财政拨款收入', val(S2, 6, s2_total), val(S1, 2, 7), [ref(S2, 6, s2_total)], [ref(S1, 2, 7)])
check('表2 事业收入 = 表1 二、事业收入', val(S2, 7, s2_total), val(S1, 2, 11), [ref(S2, 7, s2_total)], [ref(S1, 2, 11)])
check('表2 事业单位经营收入 = 表1 三、事业单位经营收入', val(S2, 8, s2_total), val(S1, 2, 12), [ref(S2, 8, s2_total)], [ref(S1, 2, 12)])
check('表2 其他收入 = 表1 四、其他收入', val(S2, 9, s2_total), val(S1, 2, 13), [ref(S2, 9, s2_total)], [ref(S1, 2, 13)])
check('表3 基本支出 = 表1 人员经费 + 公用经费', val(S3, 6, s3_total), val(S1, 5, 14) + val(S1, 6, 14),
      [ref(S3, 6, s3_total)], [ref(S1, 5, 14), ref(S1, 6, 14)])
check('表3 项目支出 = 表1 项目支出', val(S3, 7, s3_total), val(S1, 7, 14), [ref(S3, 7, s3_total)], [ref(S1, 7, 14)])
# 表4
check('表4 一、一般公共预算 = 表1 1、一般公共预算', val(S4, 2, 5), val(S1, 2, 8), [ref(S4, 2, 5)], [ref(S1, 2, 8)])
check('表4 二、政府性基金预算 = 表1 2、政府性基金预算', val(S4, 2, 6), val(S1, 2, 9), [ref(S4, 2, 6)], [ref(S1, 2, 9)])
check('表4 三、国有资本经营预算 = 表1 3、国有资本经营预算', val(S4, 2, 7), val(S1, 2, 10), [ref(S4, 2, 7)], [ref(S1, 2, 10)])
check('表4 收入总计 = 表1 一、财政拨款收入', val(S4, 2, 10), val(S1, 2, 7), [ref(S4, 2, 10)], [ref(S1, 2, 7)])
for code in sorted(CLASS_NAMES):
    r4 = s4_row(code)
    assert r4, code
    check(f'表4 支出合计 {code} = 表2 财政拨款收入 {code}', val(S4, 4, r4), val(S2, 6, s2c[code]), [ref(S4, 4, r4)], [ref(S2, 6, s2c[code])])
    if code in s5c:
        check(f'表4 一般公共预算 {code} = 表5 合计 {code}', val(S4, 5, r4), val(S5, 5, s5c[code]), [ref(S4, 5, r4)], [ref(S5, 5, s5c[code])])
    else:
        check(f'表4 一般公共预算 {code} = 0 (not in 表5)', val(S4, 5, r4), Decimal(0), [ref(S4, 5, r4)], [])
    if code in s6c:
        check(f'表4 政府性基金预算 {code} = 表6 合计 {code}', val(S4, 6, r4), val(S6, 5, s6c[code]), [ref(S4, 6, r4)], [ref(S6, 5, s6c[code])])
    else:
        check(f'表4 政府性基金预算 {code} = 0 (not in 表6)', val(S4, 6, r4), Decimal(0), [ref(S4, 6, r4)], [])
    check(f'表4 国有资本经营预算 {code} = 0 (表7 empty)', val(S4, 7, r4), Decimal(0), [ref(S4, 7, r4)], [])
check('表4 一般公共预算 支出 = 表5 合计', val(S4, 5, 10), val(S5, 5, s5_total), [ref(S4, 5, 10)], [ref(S5, 5, s5_total)])
check('表4 政府性基金预算 支出 = 表6 合计', val(S4, 6, 10), val(S6, 5, s6_total), [ref(S4, 6, 10)], [ref(S6, 5, s6_total)])
check('表4 国有资本经营预算 支出 = 表7 合计', val(S4, 7, 10), val(S7, 5, s7_total), [ref(S4, 7, 10)], [ref(S7, 5, s7_total)])
# 表2 财政拨款 by code = 表5 + 表6 (+ 表7) by code
s5_codes = {c: r for r, c in s5_rows}
s6_codes = {c: r for r, c in s6_rows}
for code, r2 in sorted(s2_codes.items()):
    parts = [ref(S5, 5, s5_codes[code])] if code in s5_codes else []
    parts += [ref(S6, 5, s6_codes[code])] if code in s6_codes else []
    amount = (val(S5, 5, s5_codes[code]) if code in s5_codes else 0) + (val(S6, 5, s6_codes[code]) if code in s6_codes else 0)
    check(f'表2 财政拨款收入 {"".join(code)} = 表5 + 表6 合计 {"".join(code)}', val(S2, 6, r2), Decimal(amount), [ref(S2, 6, r2)], parts)
# 表3 basic/project against 表5 + 表6 where no other money pays them is not an identity (事业收入 etc. pay too): not checked
check('表5 基本支出 = 表8 合计', val(S5, 6, s5_total), val(S8, 4, s8_total), [ref(S5, 6, s5_total)], [ref(S8, 4, s8_total)])
check('表8 公用经费 = 表1 公用经费 (all 公用经费 is 一般公共预算)', val(S8, 6, s8_total), val(S1, 6, 14), [ref(S8, 6, s8_total)], [ref(S1, 6, 14)])
# 三公 (万元) against 表8 经济分类 (元): 表8 is ≤ 三公, equal when no project pays 三公
WAN = Decimal(10000)
s8_codes = {c: r for r, c in s8_rows}


def s8(code):
    r = s8_codes.get(code)
    return (val(S8, 4, r), [ref(S8, 4, r)]) if r else (Decimal(0), [f'{S8}: 无 {"".join(code)} 行'])


for label, col, code in (('因公出国(境)费', 2, ('302', '12')), ('公务接待费', 3, ('302', '17')),
                         ('公务用车运行费', 6, ('302', '31')), ('公务用车购置费', 5, ('310', '13'))):
    amount, where = s8(code)
    check(f'表9 {label} (万元) = 表8 {"".join(code)} (元) / 10000', val(S9, col, 6), amount / WAN, [ref(S9, col, 6)], where)
check('表9 机关运行经费 blank (事业单位: 本单位无机关运行经费)', val(S9, 7, 6), Decimal(0), [ref(S9, 7, 6)], [])

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
    if unit == '万元' and sheet != S9:
        amount = amount / WAN
    places = Decimal(1).scaleb(-len(value.split('.')[1])) if '.' in value else Decimal(1)
    shown = amount.quantize(places, rounding=ROUND_HALF_UP)
    agrees = shown == Decimal(value.replace(',', ''))
    entry = {'text': snippet, 'value': value.replace(',', ''), 'unit': unit, 'cell': ref(sheet, col, row), 'agrees': agrees}
    if shown != amount:
        entry['table'] = str(amount)
    if not agrees:
        entry['table'] = str(amount)
    if note:
        entry['note'] = note
    found.append(entry)
    print(f'  {"agrees " if agrees else "DIFFERS"} {snippet} ↔ {ref(sheet, col, row)} = {val(sheet, col, row)}'
          + (f' ({amount} 万元 → {shown})' if unit == '万元' and sheet != S9 else ''))


said('收入预算5,004万元', '5,004', '万元', S1, 2, 14)
said('财政拨款收入3,173万元', '3,173', '万元', S1, 2, 7)
said('事业收入0', '0', '万元', S1, 2, 11)
said('事业单位经营收入1,671万元', '1,671', '万元', S1, 2, 12)
said('其他收入160万元', '160', '万元', S1, 2, 13)
said('支出预算5,004万元', '5,004', '万元', S1, 4, 14)
said('财政拨款支出预算3,173万元', '3,173', '万元', S4, 4, 10)
said('一般公共预算拨款支出预算3,130万元', '3,130', '万元', S4, 5, 10)
said('政府性基金拨款支出预算44万元', '44', '万元', S4, 6, 10)
said('国有资本经营预算拨款支出预算为0', '0', '万元', S4, 7, 10)
for code, snippet, value in (('208', '“社会保障和就业支出”科目506万元', '506'), ('210', '“卫生健康支出”科目181万元', '181'),
                             ('212', '“城乡社区支出”科目44万元', '44'), ('220', '“自然资源海洋气象等支出”科目2,316万元', '2,316'),
                             ('221', '“住房保障支出”科目126万元', '126')):
    said(snippet, value, '万元', S4, 4, s4_row(code), note='财政拨款支出 by 类 (表4 支出合计)')
said('“三公”经费预算数为20.80万元', '20.80', '万元', S9, 1, 6)
said('因公出国（境）费10.00万元', '10.00', '万元', S9, 2, 6)
said('公务用车购置及运行费9.60万元', '9.60', '万元', S9, 4, 6)
said('公务用车购置费0万元', '0', '万元', S9, 5, 6)
said('公务用车运行费9.60万元', '9.60', '万元', S9, 6, 6)
said('公务接待费1.20万元', '1.20', '万元', S9, 3, 6)
said('涉及项目预算资金43.50万元', '43.50', '万元', S6, 7, s6_total,
     note='the one project with 绩效目标: 43.50万元 is the 政府性基金 project 212 08 06 (435,000 元, 自然资源产权管理-不动产确权登记项目 in the text); inferred, the text names no table')

# the parts of the text add up
parts = sum(Decimal(v) for v in ('506', '181', '44', '2316', '126'))
check('narrative: 财政拨款支出 by 类 (506+181+44+2,316+126) = 财政拨款支出预算3,173万元', parts, Decimal(3173), ['narrative.txt'], ['narrative.txt'])
check('narrative: 一般公共预算拨款3,130 + 政府性基金拨款44 (万元, each rounded from 表4 E10 31,295,000 and F10 435,000: '
      '3129.5 → 3130, 43.5 → 44) = 财政拨款支出预算3,173 (表4 D10 31,730,000)',
      Decimal(3130) + Decimal(44), Decimal(3173), [ref(S4, 5, 10), ref(S4, 6, 10)], [ref(S4, 4, 10)], rounding=True)

print(f'\n{len(holds)} relations hold, {len(fails)} do not; narrative: {sum(e["agrees"] for e in found)} of {len(found)} figures agree')

if '--write-expected' in sys.argv:
    expected = {
        'region': '上海市', 'province': '上海', 'kind': '预算', 'year': 2026,
        'department': '上海市自然资源确权登记事务中心',
        'parent_department': '上海市规划和自然资源局',
        'level': '单位预算 (一个事业单位; the file is named 2026年上海市规划和自然资源局_部门预算.pdf)',
        'source': {'repo': 'calinchow-del/renwu', 'path': '预算数据/001_上海/2026年上海市规划和自然资源局_部门预算.pdf',
                   'commit': '8af6eb4b18439a2eadf2e7dc81f5eb15b3ae2383',
                   'sha256': 'ddd9cb9566896e5704e65d7d343c855bf998fe504f1fc174e376b225ce21cd38'},
        'unit': '元',
        'sheets': [
            {'sheet': S1, 'table': 'T1', 'title': S1, 'unit': '元',
             'notes': '收入 left (一、财政拨款收入 with 1、一般公共预算 2、政府性基金预算 3、国有资本经营预算; 二、事业收入; 三、事业单位经营收入; '
                      '四、其他收入); 支出 right by 功能分类 类 (一、社会保障和就业支出 …, names with 一、 numbering, no codes); '
                      '支出 columns 合计 | 基本支出 (人员经费, 公用经费) | 项目支出; 4 header rows; no 上年结转'},
            {'sheet': S2, 'table': 'T2', 'title': S2, 'unit': '元',
             'notes': '类/款/项 codes in 3 columns + 名称; columns 合计, 财政拨款收入, 事业收入, 事业单位经营收入, 其他收入 (no 一般公共/基金 split); '
                      '合计 row label in column A; spans pages 8–9'},
            {'sheet': S3, 'table': 'T3', 'title': S3, 'unit': '元', 'notes': '类/款/项; 合计, 基本支出, 项目支出'},
            {'sheet': S4, 'table': 'T4', 'title': S4, 'unit': '元',
             'notes': '财政拨款收入 left (一、一般公共预算 二、政府性基金预算 三、国有资本经营预算); 支出 right by 类 names with 合计, 一般公共预算, '
                      '政府性基金预算, 国有资本经营预算; title and 单位 line drawn inside the table frame (the tool missed it)'},
            {'sheet': S5, 'table': 'T5', 'title': S5, 'unit': '元', 'notes': '功能分类 类/款/项; 合计, 基本支出, 项目支出; spans pages 13–14'},
            {'sheet': S6, 'table': 'T8', 'title': S6, 'unit': '元', 'notes': 'has data: 212 08 06 土地出让业务支出, 项目支出 only'},
            {'sheet': S7, 'table': 'T9', 'title': S7, 'unit': '元', 'notes': 'empty: header and a 合计 row with blank amounts'},
            {'sheet': S8, 'table': 'T6', 'title': '2026年预算单位一般公共预算基本支出部门预算经济分类预算表', 'unit': '元',
             'notes': '经济分类 类/款 in 2 columns + 名称; 合计, 人员经费, 公用经费; sheet name cut to 28 characters by the tool'},
            {'sheet': S9, 'table': 'T10', 'title': S9, 'unit': '万元',
             'notes': 'one row of amounts, no row labels: 合计, 因公出国(境)费, 公务接待费, 公务用车购置及运行费 (小计, 购置费, 运行费), '
                      '机关运行经费预算数 in the same table; 单位:万元 with an ASCII colon while every other table is in 元; amounts printed '
                      'with one decimal (10.0); no 上年 block, no 会议费/培训费'},
        ],
        'missing_tables': ['T7 项目支出表: not published in this template (项目支出 appears only as a column of 表1/表3/表5/表6)'],
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
