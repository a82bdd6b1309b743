#!/usr/bin/env python3
"""Independent audit of workbook.xlsx (上海市普陀区财政局 2024 年度部门决算, 9 tables, 万元).

usage: audit.py [--write-expected]

Reads workbook.xlsx with openpyxl (never the project's engine), checks the relations of /work/shared/juesuan.md §3
(rule ids J-01…J-35, J-H, J-N01…J-N21) with exact decimals, prints what holds and what does not, and with
--write-expected writes expected.json from the results.
"""
# ---------------------------------------------------------------- core (same in the two 普陀 决算 folders)
import json
import os
import re
import sys
from decimal import ROUND_HALF_UP, Decimal

import openpyxl
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
wb = openpyxl.load_workbook(os.path.join(HERE, 'workbook.xlsx'))
holds, fails, found = [], [], []
CENT = Decimal('0.01')
D0 = Decimal(0)


def ref(sheet, col, row):
    return f'{sheet}!{get_column_letter(col)}{row}'


def val(sheet, col, row):
    """The amount a cell shows, exactly: blank is 0; text is rejected."""
    v = wb[sheet].cell(row, col).value
    if v is None:
        return D0
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ValueError(f'{ref(sheet, col, row)} 不是金额：{v!r}')
    return Decimal(repr(v)) if isinstance(v, float) else Decimal(v)


def text(sheet, col, row):
    v = wb[sheet].cell(row, col).value
    return v.strip() if isinstance(v, str) else v


def check(rule, what, left, right, lcells, rcells, op='='):
    """left op right (op '=' or '≤').  A difference of exactly 0.01 is a rounding residue (each cell rounded from 元
    separately): listed as an inconsistency with rounding true, never silenced."""
    ok = left == right if op == '=' else left <= right
    entry = {'rule': rule, 'what': what, 'left': str(left), 'right': str(right), 'cells': lcells, 'against': rcells}
    if ok:
        holds.append(entry)
        print(f'  holds  {rule} {what}: {left} {op} {right}')
    else:
        entry['rounding'] = op == '=' and abs(left - right) == CENT
        fails.append(entry)
        print(f'  FAILS  {rule} {what}: {left} vs {right} (difference {left - right})'
              f'{" [rounding]" if entry["rounding"] else ""}  {lcells} vs {rcells}')


def total(sheet, col, rows):
    return sum((val(sheet, col, r) for r in rows), D0)


def cells(sheet, col, rows):
    return [ref(sheet, col, r) for r in rows]


def pct(a, b, places=2):
    return (a / b * 100).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def code_rows(sheet, code_cols, first, last):
    """{code: row} of a code table; code = the code columns joined ('201' '06' '01' → '2010601')."""
    out = {}
    for r in range(first, last + 1):
        parts = [text(sheet, c, r) for c in code_cols]
        if not parts[0] or not re.fullmatch(r'\d{3,7}', str(parts[0])):
            continue
        code = ''.join(p for p in parts if p)
        assert re.fullmatch(r'\d{3}(\d{2}){0,2}', code), (sheet, r, code)
        out[code] = r
    return out


def children(codes, code):
    return [r for c, r in sorted(codes.items()) if len(c) == len(code) + 2 and c.startswith(code)]


def hierarchy(rule, label, sheet, codes, total_row, cols):
    """类 = Σ款, 款 = Σ项, 合计 = Σ类 in every amount column."""
    for col in cols:
        L = get_column_letter(col)
        for code, r in sorted(codes.items()):
            kids = children(codes, code)
            if kids:
                check(rule, f'{label} {code} = Σ下级 ({L})', val(sheet, col, r), total(sheet, col, kids),
                      [ref(sheet, col, r)], cells(sheet, col, kids))
        top = [r for c, r in sorted(codes.items()) if len(c) == 3]
        check(rule, f'{label} 合计 = Σ类 ({L})', val(sheet, col, total_row), total(sheet, col, top),
              [ref(sheet, col, total_row)], cells(sheet, col, top))


def row_sums(rule, label, sheet, rows, tcol, pcols):
    for r in rows:
        check(rule, f'{label} row {r}: {get_column_letter(tcol)} = ' + ' + '.join(get_column_letter(c) for c in pcols),
              val(sheet, tcol, r), sum((val(sheet, c, r) for c in pcols), D0), [ref(sheet, tcol, r)],
              [ref(sheet, c, r) for c in pcols])


def find_row(sheet, col, label, first=1):
    for r in range(first, wb[sheet].max_row + 1):
        t = text(sheet, col, r)
        if isinstance(t, str) and re.sub(r'^[一二三四五六七八九十]+、', '', t) == label:
            return r
    raise KeyError((sheet, col, label))


def class_rows(sheet, col, first, last):
    """{类 name: row} of the right-hand side of J1/J4 (一、一般公共服务支出 …)."""
    out = {}
    for r in range(first, last + 1):
        t = text(sheet, col, r)
        if t:
            out[re.sub(r'^[一二三四五六七八九十]+、', '', t)] = r
    return out


NARR = ''


def load_narrative():
    global NARR
    NARR = re.sub(r'\s+', '', open(os.path.join(HERE, 'narrative.txt'), encoding='utf-8').read())


def said(rule, snippet, value, unit, shown, cellrefs, note=None, places=None):
    """A figure of the narrative against what the tables give: shown is the table figure (Decimal) or None
    (not in the tables); an amount agrees when equal, a percentage when the table ratio rounded to the printed
    places equals the printed figure."""
    s = re.sub(r'\s+', '', snippet)
    assert s in NARR, snippet
    printed = Decimal(value)
    entry = {'rule': rule, 'text': snippet, 'value': value, 'unit': unit,
             'cell': cellrefs[0] if len(cellrefs) == 1 else None}
    if len(cellrefs) != 1:
        entry['cells'] = cellrefs
    if shown is None:
        entry['agrees'] = None
    else:
        if unit == '%':
            p = places if places is not None else (len(value.split('.')[1]) if '.' in value else 0)
            shown = shown.quantize(Decimal(1).scaleb(-p), rounding=ROUND_HALF_UP)
        entry['agrees'] = shown == printed
        entry['table'] = str(shown) if unit == '%' else f'{shown:.2f}'
    if note:
        entry['note'] = note
    found.append(entry)
    mark = {True: 'agrees ', False: 'DIFFERS', None: 'text   '}[entry['agrees']]
    print(f'  {mark} {rule} {snippet} ↔ {cellrefs} {"" if shown is None else "= " + str(shown)}{" — " + note if note else ""}')


def write_expected(meta, sheets, extra=None):
    def words(e):
        return f"{e['rule']} {e['what']} ({', '.join(e['cells'])}" + (f" = {', '.join(e['against'])})" if e['against'] else ')')
    expected = dict(meta)
    expected['sheets'] = sheets
    if extra:
        expected.update(extra)
    expected['holds'] = [words(e) for e in holds]
    expected['inconsistencies'] = [{'rule': e['rule'], 'cells': e['cells'], 'against': e['against'], 'published': e['left'],
                                    'computed': e['right'], 'what': e['what'], **({'rounding': True} if e['rounding'] else {})}
                                   for e in fails]
    expected['narrative'] = found
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('wrote expected.json')


def flag(rule, what, published, computed, lcells, rcells):
    """A finding that is not an equality of two amounts (a wording or a rate that cannot be computed)."""
    fails.append({'rule': rule, 'what': what, 'left': published, 'right': computed, 'cells': lcells, 'against': rcells,
                  'rounding': False})
    print(f'  FAILS  {rule} {what}: {published} vs {computed}  {lcells} vs {rcells}')
# ---------------------------------------------------------------- 上海市普陀区财政局 2024 年度部门决算
J1, J2, J3, J4 = '收入支出决算总表', '收入决算表', '支出决算表', '财政拨款收入支出决算总表'
J5, J6, J7 = '一般公共预算财政拨款支出决算表', '一般公共预算财政拨款基本支出决算表', '财政拨款“三公”经费支出决算表'
J8, J9 = '政府性基金预算财政拨款收入支出决算表', '国有资本经营预算财政拨款收入支出决算表'
B, D = 2, 4  # J1 决算数 columns (收入 B, 支出 D)

# ---- J1 收入支出决算总表: 收入 A/B rows 5–12 (一…八), 31 本年收入合计, 32 使用非财政拨款结余, 33 年初, 34 总计;
#      支出 C/D rows 5–30 (26 类), 31 本年支出合计, 32 结余分配, 33 年末, 34 总计
print(f'== {J1}')
assert [text(J1, 1, r) for r in (31, 32, 33, 34)] == ['本年收入合计', '使用非财政拨款结余（含专用结余）', '年初结转和结余', '总计']
assert [text(J1, 3, r) for r in (31, 32, 33, 34)] == ['本年支出合计', '结余分配', '年末结转和结余', '总计']
J1_IN = list(range(5, 13))
J1_CLASS = class_rows(J1, 3, 5, 30)
assert len(J1_CLASS) == 26
check('J-01', 'J1 本年收入合计 = Σ 一…八', val(J1, B, 31), total(J1, B, J1_IN), [ref(J1, B, 31)], cells(J1, B, J1_IN))
check('J-02', 'J1 本年支出合计 = Σ 类', val(J1, D, 31), total(J1, D, J1_CLASS.values()), [ref(J1, D, 31)],
      cells(J1, D, sorted(J1_CLASS.values())))
check('J-03', 'J1 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余', val(J1, B, 34), total(J1, B, [31, 32, 33]),
      [ref(J1, B, 34)], cells(J1, B, [31, 32, 33]))
check('J-04', 'J1 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余', val(J1, D, 34), total(J1, D, [31, 32, 33]),
      [ref(J1, D, 34)], cells(J1, D, [31, 32, 33]))
check('J-05', 'J1 收入总计 = 支出总计', val(J1, B, 34), val(J1, D, 34), [ref(J1, B, 34)], [ref(J1, D, 34)])
check('J-06', 'J1 年末 = 年初 + 本年收入 + 使用非财政拨款结余 − 本年支出 − 结余分配', val(J1, D, 33),
      val(J1, B, 33) + val(J1, B, 31) + val(J1, B, 32) - val(J1, D, 31) - val(J1, D, 32),
      [ref(J1, D, 33)], [ref(J1, B, 33), ref(J1, B, 31), ref(J1, B, 32), ref(J1, D, 31), ref(J1, D, 32)])

# ---- J2 收入决算表 / J3 支出决算表 / J5: codes in 类 | 款 | 项 (A:C), name D, amounts from E
print(f'== {J2}')
assert text(J2, 4, 6) == '合计' and text(J2, 1, 6) == '类'
J2C = code_rows(J2, (1, 2, 3), 7, wb[J2].max_row)
hierarchy('J-H', 'J2', J2, J2C, 6, range(5, 12))
row_sums('J-07', 'J2 本年收入合计 = 财政拨款 + 上级补助 + 事业 + 经营 + 附属单位上缴 + 其他', J2, [6] + sorted(J2C.values()), 5,
         range(6, 12))
print(f'== {J3}')
assert text(J3, 4, 6) == '合计'
J3C = code_rows(J3, (1, 2, 3), 7, wb[J3].max_row)
hierarchy('J-H', 'J3', J3, J3C, 6, range(5, 11))
row_sums('J-08', 'J3 本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助', J3, [6] + sorted(J3C.values()), 5, range(6, 11))

# ---- J4 财政拨款收入支出决算总表
print(f'== {J4}')
assert [text(J4, 1, r) for r in (31, 32, 36)] == ['本年收入合计', '年初财政拨款结转和结余', '总计']
assert [text(J4, 3, r) for r in (31, 32, 36)] == ['本年支出合计', '年末财政拨款结转和结余', '总计']
J4_CLASS = class_rows(J4, 3, 5, 30)
assert list(J4_CLASS) == list(J1_CLASS)
row_sums('J-09', 'J4 支出 合计 = 一般公共预算 + 政府性基金 + 国有资本经营', J4, sorted(J4_CLASS.values()) + [31, 32, 36], 4, [5, 6, 7])
check('J-10', 'J4 本年收入合计 = Σ 一、二、三', val(J4, 2, 31), total(J4, 2, [5, 6, 7]), [ref(J4, 2, 31)], cells(J4, 2, [5, 6, 7]))
check('J-10', 'J4 年初财政拨款结转和结余 = Σ 一、二、三', val(J4, 2, 32), total(J4, 2, [33, 34, 35]), [ref(J4, 2, 32)],
      cells(J4, 2, [33, 34, 35]))
for col in range(4, 8):
    L = get_column_letter(col)
    check('J-11', f'J4 本年支出合计 = Σ 类 ({L})', val(J4, col, 31), total(J4, col, J4_CLASS.values()), [ref(J4, col, 31)],
          cells(J4, col, sorted(J4_CLASS.values())))
    check('J-12', f'J4 支出总计 = 本年支出合计 + 年末 ({L})', val(J4, col, 36), val(J4, col, 31) + val(J4, col, 32),
          [ref(J4, col, 36)], [ref(J4, col, 31), ref(J4, col, 32)])
check('J-12', 'J4 收入总计 = 本年收入合计 + 年初', val(J4, 2, 36), val(J4, 2, 31) + val(J4, 2, 32), [ref(J4, 2, 36)],
      [ref(J4, 2, 31), ref(J4, 2, 32)])
check('J-12', 'J4 收入总计 = 支出总计', val(J4, 2, 36), val(J4, 4, 36), [ref(J4, 2, 36)], [ref(J4, 4, 36)])
for fund, rin, rbeg, col in (('一般公共预算', 5, 33, 5), ('政府性基金', 6, 34, 6), ('国有资本经营', 7, 35, 7)):
    check('J-13', f'J4 {fund}: 年初 + 本年收入 − 本年支出 = 年末', val(J4, 2, rbeg) + val(J4, 2, rin) - val(J4, col, 31),
          val(J4, col, 32), [ref(J4, 2, rbeg), ref(J4, 2, rin), ref(J4, col, 31)], [ref(J4, col, 32)])

# ---- J5 一般公共预算财政拨款支出决算表 (合计 row last)
print(f'== {J5}')
J5_TOTAL = wb[J5].max_row
assert text(J5, 1, J5_TOTAL) == '合计'
J5C = code_rows(J5, (1, 2, 3), 7, J5_TOTAL - 1)
hierarchy('J-H', 'J5', J5, J5C, J5_TOTAL, range(5, 8))
row_sums('J-14', 'J5 合计 = 基本支出 + 项目支出', J5, sorted(J5C.values()) + [J5_TOTAL], 5, [6, 7])

# ---- J6 基本支出: left A 类 | B 款 | C name | D 决算数, right E | F | G | H; last row 人员经费合计 / 公用经费合计
print(f'== {J6}')
J6_TOTAL = wb[J6].max_row
assert text(J6, 1, J6_TOTAL) == '人员经费合计' and text(J6, 5, J6_TOTAL) == '公用经费合计'
J6L = code_rows(J6, (1, 2), 6, J6_TOTAL - 1)
J6R = code_rows(J6, (5, 6), 6, J6_TOTAL - 1)
J6AMT = {**{c: (4, r) for c, r in J6L.items()}, **{c: (8, r) for c, r in J6R.items()}}
J6NAME = {**{c: text(J6, 3, r) for c, r in J6L.items()}, **{c: text(J6, 7, r) for c, r in J6R.items()}}
for codes, col in ((J6L, 4), (J6R, 8)):
    for code, r in sorted(codes.items()):
        if len(code) == 3:
            kids = children(codes, code)
            check('J-15', f'J6 {code} {J6NAME[code]} = Σ款', val(J6, col, r), total(J6, col, kids), [ref(J6, col, r)],
                  cells(J6, col, kids))


def j6(code):
    col, r = J6AMT[code]
    return val(J6, col, r), ref(J6, col, r)


check('J-16', 'J6 人员经费合计 = 301 + 303', val(J6, 4, J6_TOTAL), j6('301')[0] + j6('303')[0], [ref(J6, 4, J6_TOTAL)],
      [j6('301')[1], j6('303')[1]])
check('J-17', 'J6 公用经费合计 = 302 + 310', val(J6, 8, J6_TOTAL), j6('302')[0] + j6('310')[0], [ref(J6, 8, J6_TOTAL)],
      [j6('302')[1], j6('310')[1]])

# ---- J7 三公: one body row (7), columns A/B 合计, C/D 因公出国（境）, E/F 公务用车小计, G/H 购置, I/J 运行, K/L 公务接待
print(f'== {J7}')
assert text(J7, 1, 6) == '预算数' and text(J7, 2, 6) == '决算数'
R7 = 7
for off, what in ((0, '预算数'), (1, '决算数')):
    check('J-18', f'J7 {what}: 合计 = 因公出国（境） + 公务用车购置及运行费 + 公务接待', val(J7, 1 + off, R7),
          val(J7, 3 + off, R7) + val(J7, 5 + off, R7) + val(J7, 11 + off, R7), [ref(J7, 1 + off, R7)],
          [ref(J7, 3 + off, R7), ref(J7, 5 + off, R7), ref(J7, 11 + off, R7)])
    check('J-19', f'J7 {what}: 公务用车小计 = 购置费 + 运行费', val(J7, 5 + off, R7), val(J7, 7 + off, R7) + val(J7, 9 + off, R7),
          [ref(J7, 5 + off, R7)], [ref(J7, 7 + off, R7), ref(J7, 9 + off, R7)])

# ---- J8 / J9 empty
print('== J8 / J9')
for sheet, col in ((J8, 6), (J9, 7)):
    ws = wb[sheet]
    amounts = [c.coordinate for row in ws.iter_rows(min_row=6) for c in row if isinstance(c.value, (int, float))]
    note = text(sheet, 1, ws.max_row)
    check('J-20', f'{sheet} empty (no amount) and its note says 故本表无数据', Decimal(len(amounts)) + (0 if '本表无数据' in note else 1),
          D0, [f'{sheet}!A6:J{ws.max_row - 1}'], [ref(sheet, 1, ws.max_row)])
    check('J-30', f'J4 {get_column_letter(col)} column (fund of {sheet}) all 0',
          sum((val(J4, col, r) for r in list(J4_CLASS.values()) + [31, 32, 36]), D0), D0, [f'{J4}!{get_column_letter(col)}5:{get_column_letter(col)}36'], [])
    check('J-30', f'J4 收入 fund row of {sheet} (本年, 年初) = 0', val(J4, 2, 6 if sheet == J8 else 7) + val(J4, 2, 34 if sheet == J8 else 35), D0,
          [ref(J4, 2, 6 if sheet == J8 else 7), ref(J4, 2, 34 if sheet == J8 else 35)], [])

# ---- across tables
print('== across tables')
check('J-21', 'J1 本年收入合计 = J2 合计 本年收入合计', val(J1, B, 31), val(J2, 5, 6), [ref(J1, B, 31)], [ref(J2, 5, 6)])
check('J-22', 'J1 一+二+三 = J2 合计 财政拨款收入', total(J1, B, [5, 6, 7]), val(J2, 6, 6), cells(J1, B, [5, 6, 7]), [ref(J2, 6, 6)])
for r1, c2, what in ((8, 7, '四、上级补助收入'), (9, 8, '五、事业收入'), (10, 9, '六、经营收入'), (11, 10, '七、附属单位上缴收入'),
                     (12, 11, '八、其他收入')):
    check('J-22', f'J1 {what} = J2 合计 {text(J2, c2, 3)}', val(J1, B, r1), val(J2, c2, 6), [ref(J1, B, r1)], [ref(J2, c2, 6)])
check('J-23', 'J1 本年支出合计 = J3 合计 本年支出合计', val(J1, D, 31), val(J3, 5, 6), [ref(J1, D, 31)], [ref(J3, 5, 6)])
J3_CLASS = {text(J3, 4, r): r for c, r in J3C.items() if len(c) == 3}
J5_CLASS = {text(J5, 4, r): r for c, r in J5C.items() if len(c) == 3}
for name, r1 in J1_CLASS.items():
    r3 = J3_CLASS.get(name)
    check('J-24', f'J1 {name} = J3 类 本年支出合计', val(J1, D, r1), val(J3, 5, r3) if r3 else D0, [ref(J1, D, r1)],
          [ref(J3, 5, r3)] if r3 else [f'{J3}: 无此类 (0)'])
for r1, r4, fund in ((5, 5, '一'), (6, 6, '二'), (7, 7, '三')):
    check('J-25', f'J4 收入 {fund} = J1 {fund}', val(J4, 2, r4), val(J1, B, r1), [ref(J4, 2, r4)], [ref(J1, B, r1)])
check('J-26', 'J4 本年收入合计 = J2 合计 财政拨款收入', val(J4, 2, 31), val(J2, 6, 6), [ref(J4, 2, 31)], [ref(J2, 6, 6)])
check('J-27', 'J4 本年支出合计 (一般公共预算) = J5 合计', val(J4, 5, 31), val(J5, 5, J5_TOTAL), [ref(J4, 5, 31)], [ref(J5, 5, J5_TOTAL)])
for name, r4 in J4_CLASS.items():
    r5 = J5_CLASS.get(name)
    check('J-28', f'J4 一般公共预算 {name} = J5 类 合计', val(J4, 5, r4), val(J5, 5, r5) if r5 else D0, [ref(J4, 5, r4)],
          [ref(J5, 5, r5)] if r5 else [f'{J5}: 无此类 (0)'])
check('J-29', 'J5 合计 基本支出 = J6 人员经费合计 + 公用经费合计', val(J5, 6, J5_TOTAL), val(J6, 4, J6_TOTAL) + val(J6, 8, J6_TOTAL),
      [ref(J5, 6, J5_TOTAL)], [ref(J6, 4, J6_TOTAL), ref(J6, 8, J6_TOTAL)])
for code, r5 in sorted(J5C.items()):
    r3 = J3C[code]
    for c5, c3, what in ((5, 5, '合计'), (6, 6, '基本支出'), (7, 7, '项目支出')):
        check('J-31', f'J5 {code} {what} ≤ J3', val(J5, c5, r5), val(J3, c3, r3), [ref(J5, c5, r5)], [ref(J3, c3, r3)], op='≤')
for c5, what in ((5, '合计'), (6, '基本支出'), (7, '项目支出')):
    check('J-31', f'J5 合计 {what} ≤ J3 合计', val(J5, c5, J5_TOTAL), val(J3, c5, 6), [ref(J5, c5, J5_TOTAL)], [ref(J3, c5, 6)], op='≤')
lhs = val(J3, 5, 6) - val(J4, 4, 31)
rhs = (val(J1, B, 31) - val(J4, 2, 31)) + val(J1, B, 32) + (val(J1, B, 33) - val(J4, 2, 32)) - (val(J1, D, 33) - val(J4, 4, 32)) - val(J1, D, 32)
check('J-32', 'J3 合计 − J4 本年支出 = (J1 − J4 本年收入) + 使用非财政拨款结余 + (J1 − J4 年初) − (J1 − J4 年末) − 结余分配', lhs, rhs,
      [ref(J3, 5, 6), ref(J4, 4, 31)], [ref(J1, B, 31), ref(J4, 2, 31), ref(J1, B, 32), ref(J1, B, 33), ref(J4, 2, 32), ref(J1, D, 33),
                                        ref(J4, 4, 32), ref(J1, D, 32)])
for code, c7, what in (('30212', 4, '因公出国（境）费 决算'), ('30217', 12, '公务接待费 决算'), ('30231', 10, '公务用车运行费 决算'),
                       ('31013', 8, '公务用车购置费 决算')):
    amount, where = j6(code)
    check('J-33', f'J6 {code} {J6NAME[code]} ≤ J7 {what}', amount, val(J7, c7, R7), [where], [ref(J7, c7, R7)], op='≤')
for code, j5code in (('30108', '2080505'), ('30109', '2080506'), ('30110', '21011'), ('30113', '2210201')):
    amount, where = j6(code)
    check('J-34', f'J6 {code} {J6NAME[code]} = J5 {j5code} 基本支出 (heuristic)', amount, val(J5, 6, J5C[j5code]), [where],
          [ref(J5, 6, J5C[j5code])])
# J-35 does not apply: 年初/年末财政拨款结转 21.63 and 其他收入 6.20 (J2 财政拨款收入 by code is not J5 by code).

# ---------------------------------------------------------------- narrative (第三部分 情况说明)
print('== narrative.txt')
load_narrative()
W = '万元'
r = lambda s, c, row: [ref(s, c, row)]  # noqa: E731
# 一 总体
said('J-N01', '上海市普陀区财政局2024年度收入支出总计2995.39万元', '2995.39', W, val(J1, B, 34), r(J1, B, 34))
said('J-N02', '收入支出总计减少56.95万元，下降1.87%', '1.87', '%', Decimal('56.95') / (val(J1, B, 34) + Decimal('56.95')) * 100,
     r(J1, B, 34), note='rate = 56.95 / (2995.39 + 56.95); the 2023 figure is not in the tables')
# 二 收入
said('J-N03', '本年收入合计2946.25万元', '2946.25', W, val(J2, 5, 6), r(J2, 5, 6))
said('J-N03', '财政拨款收入2940.05万元，占99.79%', '2940.05', W, val(J2, 6, 6), r(J2, 6, 6))
said('J-N03', '财政拨款收入2940.05万元，占99.79%', '99.79', '%', val(J2, 6, 6) / val(J2, 5, 6) * 100, [ref(J2, 6, 6), ref(J2, 5, 6)])
said('J-N03', '其他收入6.2万元', '6.2', W, val(J2, 11, 6), r(J2, 11, 6), note='printed 6.2, the table 6.20')
said('J-N03', '收入6.2万元，占0.21%', '0.21', '%', val(J2, 11, 6) / val(J2, 5, 6) * 100, [ref(J2, 11, 6), ref(J2, 5, 6)])
# 三 支出
said('J-N04', '本年支出合计2940.05万元', '2940.05', W, val(J3, 5, 6), r(J3, 5, 6))
said('J-N04', '基本支出2336.91万元，占79.49%', '2336.91', W, val(J3, 6, 6), r(J3, 6, 6))
said('J-N04', '基本支出2336.91万元，占79.49%', '79.49', '%', val(J3, 6, 6) / val(J3, 5, 6) * 100, [ref(J3, 6, 6), ref(J3, 5, 6)])
said('J-N04', '项目支出603.14万元，占20.51%', '603.14', W, val(J3, 7, 6), r(J3, 7, 6))
said('J-N04', '项目支出603.14万元，占20.51%', '20.51', '%', val(J3, 7, 6) / val(J3, 5, 6) * 100, [ref(J3, 7, 6), ref(J3, 5, 6)])
# 四 财政拨款总体
said('J-N05', '2024年度财政拨款收入支出总计0.3万元', '0.3', W, val(J4, 2, 36), r(J4, 2, 36),
     note='the table says 2961.68 (J4 收入总计 = 支出总计); "与2023年度相比，财政拨款收入支出总计持平" and a reason that describes a decrease (J-N21)')
# 五 一般公共预算
said('J-N06', '一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%', '2940.05', W, val(J5, 5, J5_TOTAL), r(J5, 5, J5_TOTAL))
said('J-N06', '一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%', '100.00', '%', val(J5, 5, J5_TOTAL) / val(J3, 5, 6) * 100,
     [ref(J5, 5, J5_TOTAL), ref(J3, 5, 6)])
said('J-N07', '一般公共预算财政拨款支出减少63.14万元，下降2.10%', '2.10', '%',
     Decimal('63.14') / (val(J5, 5, J5_TOTAL) + Decimal('63.14')) * 100, r(J5, 5, J5_TOTAL), note='rate = 63.14 / (2940.05 + 63.14)')
shares = []
for name, snippet, amount, share in (('一般公共服务支出', '一般公共服务支出（类）2106.66万元，占71.73%', '2106.66', '71.73'),
                                     ('社会保障和就业支出', '社会保障和就业支出（类）326.72万元，占11.11%', '326.72', '11.11'),
                                     ('卫生健康支出', '卫生健康支出（类）60.99万元，占2.07%', '60.99', '2.07'),
                                     ('住房保障支出', '住房保障支出（类）445.69万元，占15.16%', '445.69', '15.16')):
    r5 = J5_CLASS[name]
    said('J-N08', snippet, amount, W, val(J5, 5, r5), r(J5, 5, r5))
    said('J-N08', snippet, share, '%', val(J5, 5, r5) / val(J5, 5, J5_TOTAL) * 100, [ref(J5, 5, r5), ref(J5, 5, J5_TOTAL)])
    shares.append(Decimal(share))
check('J-N08', 'narrative: the 类 shares (71.73 + 11.11 + 2.07 + 15.16) add up to 100.00%', sum(shares), Decimal('100.00'),
      ['narrative.txt'], ['narrative.txt'])
# 五（三） 年初预算 vs 决算, one item per 项
said('J-N09', '一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元', '2940.05', W, val(J5, 5, J5_TOTAL), r(J5, 5, J5_TOTAL))
said('J-N09', '完成年初预算的98.20%', '98.20', '%', val(J5, 5, J5_TOTAL) / Decimal('2993.92') * 100, r(J5, 5, J5_TOTAL),
     note='决算 2940.05 (J5 合计) ÷ 年初预算 2993.92 (text only)')
ITEM = re.compile(r'(\d+)、([^（]+)（类）([^（]+)（款）([^（]+)（项）。主要用于：.*?年初预算为(\d+\.\d+)万元，支出决算为(\d+\.\d+)万元。'
                  r'(决算数小于预算数|决算数大于预算数|决算数与预算数基本持平)')
items = ITEM.findall(NARR)
assert [int(i[0]) for i in items] == list(range(1, 12)), [i[0] for i in items]
xiang = {c: r5 for c, r5 in J5C.items() if len(c) == 7}
check('J-N10', 'narrative: one item per 项 of J5 (11 items, 11 项)', Decimal(len(items)), Decimal(len(xiang)), ['narrative.txt'],
      cells(J5, 4, sorted(xiang.values())))
budget_sum = D0
for n, lei, kuan, xm, budget, actual, word in items:
    code = next((c for c, r5 in xiang.items() if text(J5, 4, r5) == xm and text(J5, 4, J5C[c[:5]]) == kuan
                 and text(J5, 4, J5C[c[:3]]) == lei), None)
    assert code, (n, lei, kuan, xm)
    r5 = xiang[code]
    budget_sum += Decimal(budget)
    said('J-N10', f'年初预算为{budget}万元，支出决算为{actual}万元', actual, W, val(J5, 5, r5), r(J5, 5, r5),
         note=f'item {n}, {lei}（类）{kuan}（款）{xm}（项） = J5 {code}; 年初预算 {budget} is in the text only')
    b, a = Decimal(budget), Decimal(actual)
    want = '决算数小于预算数' if a < b else '决算数大于预算数' if a > b else '决算数与预算数基本持平'
    check('J-N10', f'narrative item {n} ({code}): "{word}" agrees with 年初预算 {budget} vs 决算 {actual}', Decimal(word == want), Decimal(1),
          ['narrative.txt'], r(J5, 5, r5))
check('J-N10', 'narrative: Σ items 年初预算 = 年初预算 2993.92', budget_sum, Decimal('2993.92'), ['narrative.txt'], ['narrative.txt'])
# 六 基本支出
said('J-N12', '一般公共预算财政拨款基本支出2336.91万元', '2336.91', W, val(J5, 6, J5_TOTAL), r(J5, 6, J5_TOTAL))
said('J-N12', '人员经费2152.26万元', '2152.26', W, val(J6, 4, J6_TOTAL), r(J6, 4, J6_TOTAL))
said('J-N12', '公用经费184.65万元', '184.65', W, val(J6, 8, J6_TOTAL), r(J6, 8, J6_TOTAL))
m = re.search(r'人员经费[\d.]+万元，主要包括：(.*?)；公用经费[\d.]+万元，主要包括：(.*?)。', NARR)
for listed, groups in ((m.group(1), ('301', '303')), (m.group(2), ('302', '310'))):
    names = set(listed.split('、'))
    carried = {J6NAME[c] for c in J6AMT if len(c) == 5 and c[:3] in groups and j6(c)[0] != 0}
    for extra in sorted(names - carried):
        c = next(c for c in J6AMT if J6NAME[c] == extra)
        flag('J-N12', f'narrative "主要包括" lists {extra}, which J6 leaves blank', extra, '0 in J6', ['narrative.txt'], [j6(c)[1]])
    for missing in sorted(carried - names):
        c = next(c for c in J6AMT if J6NAME[c] == missing)
        flag('J-N12', f'narrative "主要包括" omits {missing}, which J6 carries', 'not listed', str(j6(c)[0]), ['narrative.txt'], [j6(c)[1]])
    if names == carried:
        check('J-N12', f'narrative "主要包括" names exactly the J6 款 with amounts in {"+".join(groups)}', Decimal(len(names)),
              Decimal(len(carried)), ['narrative.txt'], [f'{J6} {"/".join(groups)} 款'])
# 七 三公
said('J-N13', '“三公”经费财政拨款支出年初预算为0.95万元', '0.95', W, val(J7, 1, R7), r(J7, 1, R7))
said('J-N13', '支出决算为0.00万元，完成预算的0%', '0.00', W, val(J7, 2, R7), r(J7, 2, R7))
said('J-N13', '支出决算为0.00万元，完成预算的0%', '0', '%', val(J7, 2, R7) / val(J7, 1, R7) * 100, [ref(J7, 2, R7), ref(J7, 1, R7)])
said('J-N15', '因公出国（境）费决算为0.00万元', '0.00', W, val(J7, 4, R7), r(J7, 4, R7))
said('J-N15', '因公出国（境）费决算为0.00万元，完成预算的0%', '0', '%', None, [ref(J7, 4, R7), ref(J7, 3, R7)],
     note='J7 因公出国（境）费 预算数 C7 is blank (0): no completion rate can be given; the text prints 0%')
said('J-N15', '公务用车购置及运行维护费支出决算为0.00万元', '0.00', W, val(J7, 6, R7), r(J7, 6, R7),
     note='the text says 公务用车购置及运行维护费, the table heads it 公务用车购置及运行费')
said('J-N15', '公务用车购置及运行维护费支出决算为0.00万元，完成预算的0%', '0', '%', None, [ref(J7, 6, R7), ref(J7, 5, R7)],
     note='J7 公务用车 预算数 E7 is blank (0): no completion rate can be given; the text prints 0%')
said('J-N15', '公务接待费支出决算为0.00万元，完成预算的0%', '0.00', W, val(J7, 12, R7), r(J7, 12, R7))
said('J-N15', '公务接待费支出决算为0.00万元，完成预算的0%', '0', '%', val(J7, 12, R7) / val(J7, 11, R7) * 100, [ref(J7, 12, R7), ref(J7, 11, R7)])
for what, col in (('因公出国（境）费', 3), ('公务用车购置及运行维护费', 5)):
    flag('J-N15', f'narrative: {what} "完成预算的0%" while J7 预算数 is blank (no rate can be computed)', '0%', 'no 预算数',
         ['narrative.txt'], [ref(J7, col, R7)])
# 十一 其他
said('J-N18', '机关运行经费支出184.65万元', '184.65', W, val(J6, 8, J6_TOTAL), r(J6, 8, J6_TOTAL),
     note='机关运行经费 ≤ J6 公用经费合计; equal here (a 行政 department)')
said('J-N18', '比2023年度增加2.55万元，增长1.40%', '1.40', '%', Decimal('2.55') / (Decimal('184.65') - Decimal('2.55')) * 100,
     r(J6, 8, J6_TOTAL), note='rate = 2.55 / (184.65 − 2.55)')
check('J-N17', 'narrative: 政府采购金额 251.25 = 货物 4.79 + 工程 0 + 服务 246.47', Decimal('251.25'), Decimal('4.79') + Decimal('246.47'),
      ['narrative.txt'], ['narrative.txt'])
check('J-N17', 'narrative: 面向小微企业预留 0 ≤ 面向中小企业预留 246.47 ≤ 政府采购金额 251.25', Decimal('246.47'), Decimal('251.25'),
      ['narrative.txt'], ['narrative.txt'], op='≤')
check('J-N19', 'narrative: 车辆 0辆 = Σ 8 categories (all 0辆); J7 公务用车 决算 0', Decimal(0), val(J7, 6, R7), ['narrative.txt'], r(J7, 6, R7))

print(f'\n{len(holds)} relations hold, {len(fails)} do not ({sum(1 for e in fails if e["rounding"])} rounding); '
      f'narrative: {sum(1 for e in found if e["agrees"])} of {sum(1 for e in found if e["agrees"] is not None)} figures agree')

if '--write-expected' in sys.argv:
    G = 'zxj6827111-blip/GovBudgetChecker'
    write_expected(
        {'region': '上海市普陀区', 'province': '上海', 'kind': '决算', 'year': 2024, 'department': '上海市普陀区财政局',
         'level': '部门决算 (3 units: 财政局机关 and 2 预算不单列 units)',
         'source': {'repo': G, 'path': 'samples/good/上海市普陀区财政局2024年度部门决算.pdf',
                    'commit': '91faac5bb93a5c56d60ca072d497b9fe94123a03', 'blob': '8f3451943585bede2e68523335c2f11c3a5771ef',
                    'sha256': 'd45e923176f9fe4b6533829d3a2fe67f8cbcd55d07099dabf73aca62701f8eb5'},
         'unit': '万元', 'table_ids': 'J1…J9 of /work/shared/juesuan.md §1 (the national 9-table 决算 set)'},
        [
            {'sheet': J1, 'table': 'J1', 'title': J1, 'unit': '万元',
             'notes': '收入 项目 | 决算数 | 支出 项目 | 决算数; 收入 一…八, 本年收入合计, 使用非财政拨款结余（含专用结余）, 年初结转和结余 49.14, 总计; '
                      '支出 26 类 rows (一、一般公共服务支出 … 二十六、抗疫特别国债安排的支出, every 类 printed, blank = 0), 本年支出合计, '
                      '结余分配, 年末结转和结余 55.34, 总计; pages 6–7'},
            {'sheet': J2, 'table': 'J2', 'title': J2, 'unit': '万元',
             'notes': '支出功能分类科目编码 in 类 | 款 | 项 (A:C), 科目名称 D; 本年收入合计, 财政拨款收入, 上级补助收入, 事业收入, 经营收入, '
                      '附属单位上缴收入, 其他收入; the 类 | 款 | 项 header cells share row 6 with 合计 and its amounts'},
            {'sheet': J3, 'table': 'J3', 'title': J3, 'unit': '万元',
             'notes': '类 | 款 | 项; 本年支出合计, 基本支出, 项目支出, 上缴上级支出, 经营支出, 对附属单位补助支出; 合计 on the 类 | 款 | 项 row (row 6)'},
            {'sheet': J4, 'table': 'J4', 'title': J4, 'unit': '万元',
             'notes': '收入 一、二、三 funds, 本年收入合计, 年初财政拨款结转和结余 21.63 with its 3 fund rows, 总计; 支出 by 26 类 × 合计 | '
                      '一般公共预算财政拨款 | 政府性基金预算财政拨款 | 国有资本经营预算财政拨款, 年末财政拨款结转和结余 21.63, 总计; pages 12–13'},
            {'sheet': J5, 'table': 'J5', 'title': J5, 'unit': '万元', 'notes': '类 | 款 | 项; 合计, 基本支出, 项目支出; 合计 row LAST'},
            {'sheet': J6, 'table': 'J6', 'title': J6, 'unit': '万元',
             'notes': '经济分类 two groups side by side, codes in 类 | 款 (A:B, E:F): 301, 303 left; 302, 310 right; 决算数 only; full 款 '
                      'list with blanks; last row 人员经费合计 (D) | 公用经费合计 (H)'},
            {'sheet': J7, 'table': 'J7', 'title': J7, 'unit': '万元',
             'notes': '4 header rows; 预算数/决算数 × 合计, 因公出国（境）费, 公务用车购置及运行费 (小计, 公务用车购置费, 公务用车运行费), '
                      '公务接待费; one body row without label: 预算 合计 0.95 = 公务接待费 0.95, every 决算 blank; no 机关运行经费 column'},
            {'sheet': J8, 'table': 'J8', 'title': J8, 'unit': '万元',
             'notes': 'empty: header and 合计 row, then "注：…无政府性基金预算财政拨款支出，故本表无数据。"'},
            {'sheet': J9, 'table': 'J9', 'title': J9, 'unit': '万元',
             'notes': 'empty: header and 合计 row, then "注：…无国有资本经营预算财政拨款支出，故本表无数据。"'},
        ])
