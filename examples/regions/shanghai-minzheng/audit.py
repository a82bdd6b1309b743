#!/usr/bin/env python3
"""Independent audit of workbook.xlsx (上海市福利彩票发行中心 2026年单位预算, 9 tables).
(Built on ../shanghai/audit.py: the same 上海市级 单位预算 template, with this document's rows.)

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
SHA256 = 'f5c3bca400c73a17f937ecf533feffe9c3ac6de0fbcb98fa52aa65cdb046cf9a'  # of the PDF (197,307 bytes)

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
assert S1_CLASS_ROWS == [7], S1_CLASS_ROWS          # one 类 only: 一、其他支出
row_sums(S1, S1_CLASS_ROWS + [14], 4, [5, 6, 7], '表1 支出 合计 = 人员经费 + 公用经费 + 项目支出')
for col in (4, 5, 6, 7):
    check(f'表1 支出总计 = Σ类 ({get_column_letter(col)})', val(S1, col, 14), total(S1, col, S1_CLASS_ROWS),
          [ref(S1, col, 14)], cells(S1, col, S1_CLASS_ROWS))
check('表1 收入总计 = 支出总计', val(S1, 2, 14), val(S1, 4, 14), [ref(S1, 2, 14)], [ref(S1, 4, 14)])

# ---------------------------------------------------------------- 表2 收入预算总表
print(f'== {S2}')
s2_rows, s2_total = hierarchy(S2, 6, 3, range(5, 10), '表2')
assert s2_total == 11
row_sums(S2, [r for r, _ in s2_rows] + [s2_total], 5, [6, 7, 8, 9], '表2 合计 = 财政拨款收入 + 事业收入 + 事业单位经营收入 + 其他收入')

# ---------------------------------------------------------------- 表3 支出预算总表
print(f'== {S3}')
s3_rows, s3_total = hierarchy(S3, 6, 3, range(5, 8), '表3')
row_sums(S3, [r for r, _ in s3_rows] + [s3_total], 5, [6, 7], '表3 合计 = 基本支出 + 项目支出')

# ---------------------------------------------------------------- 表4 财政拨款收支预算总表
print(f'== {S4}')
assert text(S4, 1, 5) == '一、一般公共预算' and text(S4, 1, 8) == '收入总计' and text(S4, 3, 8) == '支出总计'
check('表4 收入总计 = 一、一般公共预算 + 二、政府性基金预算 + 三、国有资本经营预算', val(S4, 2, 8), total(S4, 2, [5, 6, 7]),
      [ref(S4, 2, 8)], cells(S4, 2, [5, 6, 7]))
S4_CLASS_ROWS = [r for r in range(5, 8) if text(S4, 3, r)]
assert S4_CLASS_ROWS == [5], S4_CLASS_ROWS
row_sums(S4, S4_CLASS_ROWS + [8], 4, [5, 6, 7], '表4 支出 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算')
for col in (4, 5, 6, 7):
    check(f'表4 支出总计 = Σ类 ({get_column_letter(col)})', val(S4, col, 8), total(S4, col, S4_CLASS_ROWS),
          [ref(S4, col, 8)], cells(S4, col, S4_CLASS_ROWS))
check('表4 收入总计 = 支出总计', val(S4, 2, 8), val(S4, 4, 8), [ref(S4, 2, 8)], [ref(S4, 4, 8)])
check('表4 一般公共预算 收入 = 支出 (both blank)', val(S4, 2, 5), val(S4, 5, 8), [ref(S4, 2, 5)], [ref(S4, 5, 8)])
check('表4 政府性基金预算 收入 = 支出', val(S4, 2, 6), val(S4, 6, 8), [ref(S4, 2, 6)], [ref(S4, 6, 8)])
check('表4 国有资本经营预算 收入 = 支出 (both blank)', val(S4, 2, 7), val(S4, 7, 8), [ref(S4, 2, 7)], [ref(S4, 7, 8)])

# ---------------------------------------------------------------- 表5 / 表6 / 表7 功能分类, 表8 经济分类
print(f'== {S5}')
s5_rows, s5_total = code_rows(S5, 6, 3)
assert s5_rows == [] and s5_total == 6 and wb[S5].max_row == 6
check('表5 (一般公共预算) empty: 合计 blank in E:G', total(S5, 5, [6]) + total(S5, 6, [6]) + total(S5, 7, [6]), Decimal(0),
      cells(S5, 5, [6]) + cells(S5, 6, [6]) + cells(S5, 7, [6]), [])
print(f'== {S6}')
s6_rows, s6_total = hierarchy(S6, 6, 3, range(5, 8), '表6')
assert s6_total == 9
row_sums(S6, [r for r, _ in s6_rows] + [s6_total], 5, [6, 7], '表6 合计 = 基本支出 + 项目支出')
print(f'== {S7}')
s7_rows, s7_total = code_rows(S7, 6, 3)
assert s7_rows == [] and s7_total == 6 and wb[S7].max_row == 6
check('表7 (国有资本经营) empty: 合计 blank in E:G', total(S7, 5, [6]) + total(S7, 6, [6]) + total(S7, 7, [6]), Decimal(0),
      cells(S7, 5, [6]) + cells(S7, 6, [6]) + cells(S7, 7, [6]), [])
print(f'== {S8}')
s8_rows, s8_total = code_rows(S8, 6, 2)
assert s8_rows == [] and s8_total == 6 and wb[S8].max_row == 6
check('表8 (一般公共预算基本支出 经济分类) empty: 合计 blank in D:F', total(S8, 4, [6]) + total(S8, 5, [6]) + total(S8, 6, [6]),
      Decimal(0), cells(S8, 4, [6]) + cells(S8, 5, [6]) + cells(S8, 6, [6]), [])

# ---------------------------------------------------------------- 表9 三公 (万元): no amounts row at all
print(f'== {S9}')
assert wb[S9].max_row == 5, wb[S9].max_row
check('表9 三公 has no amounts (header only; the empty ruled row under it is not kept): 合计, 因公出国(境)费, 公务接待费, '
      '公务用车购置及运行费 (小计, 购置费, 运行费) and 机关运行经费 all blank = 0',
      sum((val(S9, c, 6) for c in range(1, 8)), Decimal(0)), Decimal(0), [ref(S9, c, 6) for c in range(1, 8)], [])

# ---------------------------------------------------------------- across tables
print('== across tables')
CLASS_NAMES = {'229': '其他支出'}


def class_row(sheet, rows, code):
    name = CLASS_NAMES[code]
    found = [r for r in rows if re.sub(r'^[一二三四五六七八九十]+、', '', text(sheet, 3, r)) == name]
    assert len(found) == 1, (sheet, code, found)
    return found[0]


s2c, s3c, s6c = by_class(S2, s2_rows), by_class(S3, s3_rows), by_class(S6, s6_rows)
assert set(s2c) == set(s3c) == set(CLASS_NAMES)
for code in sorted(CLASS_NAMES):
    r1, r2, r3 = class_row(S1, S1_CLASS_ROWS, code), s2c[code], s3c[code]
    check(f'表1 支出 {code} = 表3 合计 {code}', val(S1, 4, r1), val(S3, 5, r3), [ref(S1, 4, r1)], [ref(S3, 5, r3)])
    check(f'表1 人员经费+公用经费 {code} = 表3 基本支出 {code}', val(S1, 5, r1) + val(S1, 6, r1), val(S3, 6, r3),
          [ref(S1, 5, r1), ref(S1, 6, r1)], [ref(S3, 6, r3)])
    check(f'表1 项目支出 {code} = 表3 项目支出 {code}', val(S1, 7, r1), val(S3, 7, r3), [ref(S1, 7, r1)], [ref(S3, 7, r3)])
s2_codes = {c: r for r, c in s2_rows}
s3_codes = {c: r for r, c in s3_rows}
check('表2 and 表3 list the same 功能分类 codes', sorted(s2_codes), sorted(s3_codes), [S2], [S3])
for code in sorted(s2_codes):
    check(f'表2 合计 {"".join(code)} = 表3 合计 {"".join(code)}', val(S2, 5, s2_codes[code]), val(S3, 5, s3_codes[code]),
          [ref(S2, 5, s2_codes[code])], [ref(S3, 5, s3_codes[code])])
check('表2 合计 = 表1 收入总计', val(S2, 5, s2_total), val(S1, 2, 14), [ref(S2, 5, s2_total)], [ref(S1, 2, 14)])
check('表2 财政拨款收入 = 表1 一、财政拨款收入', val(S2, 6, s2_total), val(S1, 2, 7), [ref(S2, 6, s2_total)], [ref(S1, 2, 7)])
check('表2 事业收入 = 表1 二、事业收入', val(S2, 7, s2_total), val(S1, 2, 11), [ref(S2, 7, s2_total)], [ref(S1, 2, 11)])
check('表2 事业单位经营收入 = 表1 三、事业单位经营收入', val(S2, 8, s2_total), val(S1, 2, 12), [ref(S2, 8, s2_total)], [ref(S1, 2, 12)])
check('表2 其他收入 = 表1 四、其他收入', val(S2, 9, s2_total), val(S1, 2, 13), [ref(S2, 9, s2_total)], [ref(S1, 2, 13)])
check('表3 合计 = 表1 支出总计', val(S3, 5, s3_total), val(S1, 4, 14), [ref(S3, 5, s3_total)], [ref(S1, 4, 14)])
check('表3 基本支出 = 表1 人员经费 + 公用经费', val(S3, 6, s3_total), val(S1, 5, 14) + val(S1, 6, 14),
      [ref(S3, 6, s3_total)], [ref(S1, 5, 14), ref(S1, 6, 14)])
check('表3 项目支出 = 表1 项目支出', val(S3, 7, s3_total), val(S1, 7, 14), [ref(S3, 7, s3_total)], [ref(S1, 7, 14)])
# 表4
check('表4 一、一般公共预算 = 表1 1、一般公共预算 (both blank)', val(S4, 2, 5), val(S1, 2, 8), [ref(S4, 2, 5)], [ref(S1, 2, 8)])
check('表4 二、政府性基金预算 = 表1 2、政府性基金预算', val(S4, 2, 6), val(S1, 2, 9), [ref(S4, 2, 6)], [ref(S1, 2, 9)])
check('表4 三、国有资本经营预算 = 表1 3、国有资本经营预算 (both blank)', val(S4, 2, 7), val(S1, 2, 10), [ref(S4, 2, 7)], [ref(S1, 2, 10)])
check('表4 收入总计 = 表1 一、财政拨款收入', val(S4, 2, 8), val(S1, 2, 7), [ref(S4, 2, 8)], [ref(S1, 2, 7)])
check('表4 收入总计 = 表2 财政拨款收入 合计', val(S4, 2, 8), val(S2, 6, s2_total), [ref(S4, 2, 8)], [ref(S2, 6, s2_total)])
for code in sorted(CLASS_NAMES):
    r4 = class_row(S4, S4_CLASS_ROWS, code)
    check(f'表4 支出合计 {code} = 表2 财政拨款收入 {code}', val(S4, 4, r4), val(S2, 6, s2c[code]), [ref(S4, 4, r4)], [ref(S2, 6, s2c[code])])
    check(f'表4 一般公共预算 {code} = 0 (表5 empty)', val(S4, 5, r4), Decimal(0), [ref(S4, 5, r4)], [])
    check(f'表4 政府性基金预算 {code} = 表6 合计 {code}', val(S4, 6, r4), val(S6, 5, s6c[code]), [ref(S4, 6, r4)], [ref(S6, 5, s6c[code])])
    check(f'表4 国有资本经营预算 {code} = 0 (表7 empty)', val(S4, 7, r4), Decimal(0), [ref(S4, 7, r4)], [])
check('表4 一般公共预算 支出 = 表5 合计 (both blank)', val(S4, 5, 8), val(S5, 5, s5_total), [ref(S4, 5, 8)], [ref(S5, 5, s5_total)])
check('表4 政府性基金预算 支出 = 表6 合计', val(S4, 6, 8), val(S6, 5, s6_total), [ref(S4, 6, 8)], [ref(S6, 5, s6_total)])
check('表4 国有资本经营预算 支出 = 表7 合计 (both blank)', val(S4, 7, 8), val(S7, 5, s7_total), [ref(S4, 7, 8)], [ref(S7, 5, s7_total)])
# 表2 财政拨款 by code = 表6 (表5, 表7 empty) by code; codes without 财政拨款 are paid by 其他收入
s6_codes = {c: r for r, c in s6_rows}
for code, r2 in sorted(s2_codes.items()):
    amount = val(S6, 5, s6_codes[code]) if code in s6_codes else Decimal(0)
    check(f'表2 财政拨款收入 {"".join(code)} = 表6 合计 {"".join(code)}' + ('' if code in s6_codes else ' (no 表6 row: 0)'),
          val(S2, 6, r2), amount, [ref(S2, 6, r2)], [ref(S6, 5, s6_codes[code])] if code in s6_codes else [])
# 政府性基金 pays 基本支出 here: all 基本支出 of the unit is 政府性基金 (表6), none is 一般公共预算 (表5/表8 empty)
check('表6 基本支出 (政府性基金) = 表3 基本支出 合计 (all funds)', val(S6, 6, s6_total), val(S3, 6, s3_total),
      [ref(S6, 6, s6_total)], [ref(S3, 6, s3_total)])
check('表6 基本支出 (政府性基金) = 表1 人员经费 + 公用经费', val(S6, 6, s6_total), val(S1, 5, 14) + val(S1, 6, 14),
      [ref(S6, 6, s6_total)], [ref(S1, 5, 14), ref(S1, 6, 14)])
for code, r6 in sorted(s6_codes.items()):
    r2, r3 = s2_codes[code], s3_codes[code]
    other = val(S2, 7, r2) + val(S2, 8, r2) + val(S2, 9, r2)      # 事业收入 + 事业单位经营收入 + 其他收入 of the code
    if other == 0:
        for c, what in ((5, '合计'), (6, '基本支出'), (7, '项目支出')):
            check(f'表6 {what} {"".join(code)} = 表3 {what} {"".join(code)} (the code has no other money)', val(S6, c, r6),
                  val(S3, c, r3), [ref(S6, c, r6)], [ref(S3, c, r3)])
    else:
        check(f'表3 合计 {"".join(code)} = 表6 合计 (政府性基金) + 表2 事业收入 + 事业单位经营收入 + 其他收入 {"".join(code)}',
              val(S3, 5, r3), val(S6, 5, r6) + other, [ref(S3, 5, r3)],
              [ref(S6, 5, r6), ref(S2, 7, r2), ref(S2, 8, r2), ref(S2, 9, r2)])
        check(f'表6 基本支出 {"".join(code)} = 表3 基本支出 {"".join(code)} (the 其他收入 of the code pays projects only)',
              val(S6, 6, r6), val(S3, 6, r3), [ref(S6, 6, r6)], [ref(S3, 6, r3)])
for code, r3 in sorted(s3_codes.items()):
    if code not in s6_codes:
        check(f'表3 项目支出 {"".join(code)} = 表2 其他收入 {"".join(code)} (no 财政拨款 row)', val(S3, 7, r3),
              val(S2, 9, s2_codes[code]), [ref(S3, 7, r3)], [ref(S2, 9, s2_codes[code])])
check('表5 基本支出 = 表8 合计 (both blank)', val(S5, 6, s5_total), val(S8, 4, s8_total), [ref(S5, 6, s5_total)], [ref(S8, 4, s8_total)])
# 三公 and 机关运行经费: nothing from 一般公共预算 (表8 empty) and 三公 blank
check('表9 三公 合计 (blank) = 表8 302 12 + 302 17 + 302 31 + 310 13 (no rows: 表8 empty)', val(S9, 1, 6), Decimal(0),
      [ref(S9, 1, 6)], [f'{S8}: 无 302 12 / 302 17 / 302 31 / 310 13 行'])

# ---------------------------------------------------------------- narrative
print('== narrative.txt')
WAN = Decimal(10000)
narrative = open(os.path.join(HERE, 'narrative.txt'), encoding='utf-8').read()
flat = narrative.replace('\n', '')
found = []


def said(snippet, value, unit, sheet, col, row, note=None):
    """The narrative's figure against a cell: 万元 figures from a 元 table are compared after rounding half up to
    the decimals the text prints (the 三公 table is in 万元 itself)."""
    assert snippet in flat, snippet
    amount = val(sheet, col, row)
    if unit == '万元' and sheet != S9:
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
          + (f' ({amount} 万元 → {shown})' if unit == '万元' and sheet != S9 else ''))


said('收入预算21,680.16万元', '21,680.16', '万元', S1, 2, 14)
said('财政拨款收入21,502万元', '21,502', '万元', S1, 2, 7)
said('事业收入为0', '0', '万元', S1, 2, 11)
said('事业单位经营收入为0', '0', '万元', S1, 2, 12)
said('其他收入178.16万元', '178.16', '万元', S1, 2, 13)
said('支出预算21,680.16万元', '21,680.16', '万元', S1, 4, 14)
said('财政拨款支出预算21,502万元', '21,502', '万元', S4, 4, 8)
said('一般公共预算拨款支出预算为0', '0', '万元', S4, 5, 8)
said('政府性基金拨款支出预算21,502万元', '21,502', '万元', S4, 6, 8)
said('国有资本经营预算拨款支出预算为0', '0', '万元', S4, 7, 8)
said('“其他支出”科目21,502万元', '21,502', '万元', S4, 4, class_row(S4, S4_CLASS_ROWS, '229'),
     note='财政拨款支出 by 类 (表4 支出合计); all of it 政府性基金 (229 08 04 福利彩票销售机构的业务费支出)')
NO_ROW = 'the 三公 table prints no amounts (one empty ruled row under the header, not kept): blank = 0'
said('“三公”经费预算数为0.00万元', '0.00', '万元', S9, 1, 6, note=NO_ROW)
said('因公出国（境）费为0.00万元', '0.00', '万元', S9, 2, 6, note=NO_ROW)
said('公务用车购置及运行费为0.00万元', '0.00', '万元', S9, 4, 6, note=NO_ROW)
said('公务用车购置费为0.00万元', '0.00', '万元', S9, 5, 6, note=NO_ROW)
said('公务用车运行费为0.00万元', '0.00', '万元', S9, 6, 6, note=NO_ROW)
said('公务接待费为0.00万元', '0.00', '万元', S9, 3, 6, note=NO_ROW)
said('涉及项目预算资金19,593.87万元', '19,593.87', '万元', S3, 7, s3_total,
     note='表3 项目支出 合计 (all funds: 229 08 04 政府性基金 194,157,137 + 229 99 99 其他收入 1,781,570 元); the text says '
          '1 project with 绩效目标 while the tables have two 项 with 项目支出; inferred, the text names no table')

# the text's own arithmetic (no table states these)
check('narrative: 收入预算21,680.16 = 财政拨款收入21,502 + 事业收入0 + 事业单位经营收入0 + 其他收入178.16 (万元)',
      Decimal('21680.16'), Decimal('21502') + Decimal('178.16'), ['narrative.txt'], ['narrative.txt'])
check('narrative: 财政拨款 比2025年预算增加481 = 政府性基金 增加481 (一般公共预算 and 国有资本经营 0)', Decimal(481), Decimal(481),
      ['narrative.txt'], ['narrative.txt'])
check('narrative: 政府采购预算6,574.00 = 货物136.00 + 工程0.00 + 服务6,438.00 (万元; no 政府采购 table)', Decimal('6574.00'),
      Decimal('136.00') + Decimal('0.00') + Decimal('6438.00'), ['narrative.txt'], ['narrative.txt'])
check('narrative: 车辆2辆 = 0 + 0 + 0 + 0 + 0 + 0 + 0 + 其他用车2 (8 kinds)', Decimal(2), Decimal(2), ['narrative.txt'], ['narrative.txt'])
assert '本单位无机关运行经费' in flat
check('narrative: 本单位无机关运行经费 (a 事业单位, 公益二类) = 表9 机关运行经费预算数 blank', val(S9, 7, 6), Decimal(0),
      [ref(S9, 7, 6)], ['narrative.txt'])

print(f'\n{len(holds)} relations hold, {len(fails)} do not; narrative: {sum(e["agrees"] for e in found)} of {len(found)} figures agree')

if '--write-expected' in sys.argv:
    expected = {
        'region': '上海市', 'province': '上海', 'kind': '预算', 'year': 2026,
        'department': '上海市福利彩票发行中心',
        'parent_department': '上海市民政局',
        'level': '单位预算 (一个事业单位, 公益二类; the file is named 2026年上海市民政局_部门预算.pdf)',
        'source': {'repo': 'calinchow-del/renwu', 'path': '预算数据/001_上海/2026年上海市民政局_部门预算.pdf',
                   'commit': '8af6eb4b18439a2eadf2e7dc81f5eb15b3ae2383',
                   'sha256': SHA256},
        'unit': '元',
        'sheets': [
            {'sheet': S1, 'table': 'T1', 'title': S1, 'unit': '元',
             'notes': '收入 left (一、财政拨款收入 with 1、一般公共预算 (blank) 2、政府性基金预算 3、国有资本经营预算; 二、事业收入; '
                      '三、事业单位经营收入; 四、其他收入); 支出 right by 功能分类 类 name (ONE 类: 一、其他支出); 支出 columns 合计 | '
                      '基本支出 (人员经费, 公用经费) | 项目支出 under 预算数; 4 header rows; no 上年结转; the 4 empty ruled rows before '
                      '收入总计 are not kept'},
            {'sheet': S2, 'table': 'T2', 'title': S2, 'unit': '元',
             'notes': '类/款/项 codes in 3 columns + 名称; columns 合计, 财政拨款收入, 事业收入, 事业单位经营收入, 其他收入 (no '
                      '一般公共/基金 split: here 财政拨款 is all 政府性基金); 合计 row LAST, label in column A; 229 99 99 其他支出 from 其他收入'},
            {'sheet': S3, 'table': 'T3', 'title': S3, 'unit': '元', 'notes': '类/款/项; 合计, 基本支出, 项目支出; 合计 row last'},
            {'sheet': S4, 'table': 'T4', 'title': S4, 'unit': '元',
             'notes': '财政拨款收入 left (一、一般公共预算 blank, 二、政府性基金预算, 三、国有资本经营预算 blank: its name wrapped in the '
                      'cell); 支出 right by 类 name (一、其他支出) with 合计, 一般公共预算 (blank), 政府性基金预算, 国有资本经营预算 (blank)'},
            {'sheet': S5, 'table': 'T5', 'title': S5, 'unit': '元',
             'notes': 'EMPTY although the unit has 2 亿 of 财政拨款: all of it is 政府性基金; header and a 合计 row with blank amounts, '
                      'no 为空表 note (the empty ruled row above 合计 is not kept)'},
            {'sheet': S6, 'table': 'T8', 'title': S6, 'unit': '元',
             'notes': 'the unit\'s whole 财政拨款: 229 08 04 福利彩票销售机构的业务费支出 (彩票发行费), with 基本支出 20,862,863 (all the '
                      'unit\'s 人员经费 and 公用经费) and 项目支出 194,157,137; 合计 row last'},
            {'sheet': S7, 'table': 'T9', 'title': S7, 'unit': '元', 'notes': 'empty: header and a 合计 row with blank amounts, no note'},
            {'sheet': S8, 'table': 'T6', 'title': '2026年预算单位一般公共预算基本支出部门预算经济分类预算表', 'unit': '元',
             'notes': 'EMPTY (header and a 合计 row): the unit\'s 基本支出 is 政府性基金, which has no 经济分类 table in this template; '
                      'sheet name cut to 28 characters by the tool'},
            {'sheet': S9, 'table': 'T10', 'title': S9, 'unit': '万元',
             'notes': 'header rows only, NO amounts row (the PDF draws one empty ruled row; not kept): 合计, 因公出国(境)费, 公务接待费, '
                      '公务用车购置及运行费 (小计, 购置费, 运行费), 机关运行经费预算数 in the same table; 单位:万元 with an ASCII colon; '
                      'no 上年 block, no 会议费/培训费'},
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
